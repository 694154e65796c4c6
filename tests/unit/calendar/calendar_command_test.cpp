// `motcua calendar holidays|due` driven through CLI11, output captured (CalendarCli suite).
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "motcua/app/commands.hpp"

namespace motcua::app {
namespace {

// Runs `motcua <args>` with only the calendar commands registered; returns stdout.
std::string run(std::vector<std::string> args) {
  CLI::App root{"test"};
  root.require_subcommand(1);
  add_calendar_commands(root);
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 parses a reversed list
  std::ostringstream out;
  auto* old = std::cout.rdbuf(out.rdbuf());
  try {
    root.parse(reversed);
  } catch (const CLI::Error& e) {
    out << "error: " << e.what();
  }
  std::cout.rdbuf(old);
  return out.str();
}

TEST(CalendarCli, DueMatchesTheWorkedExamples) {
  EXPECT_EQ(run({"calendar", "due", "--from", "2026-02-13T09:00:00+07:00", "--working-days", "3"}),
            "2026-02-25T17:00:00+07:00\n");
  EXPECT_EQ(run({"calendar", "due", "--from", "2026-03-02T09:00", "--working-days", "7"}),
            "2026-03-11T17:00:00+07:00\n");
  EXPECT_EQ(run({"calendar", "due", "--from", "2026-03-02T02:00:00Z", "--working-hours", "4",
                 "--agency", "H29"}),
            "2026-03-02T14:30:00+07:00\n");
  EXPECT_EQ(run({"calendar", "due", "--from", "2026-03-02T09:00", "--calendar-days", "5"}),
            "2026-03-09T17:00:00+07:00\n");
}

TEST(CalendarCli, DueRejectsBadInput) {
  EXPECT_NE(run({"calendar", "due", "--from", "yesterday", "--working-days", "1"}).find("error"),
            std::string::npos);
  EXPECT_NE(run({"calendar", "due", "--from", "2026-03-02T09:00", "--working-days", "1",
                 "--working-hours", "2"})
                .find("error"),
            std::string::npos);
  EXPECT_NE(run({"calendar", "due", "--from", "2026-03-02T09:00"}).find("error"),
            std::string::npos);
}

TEST(CalendarCli, HolidaysListNamesAndReasons) {
  const auto text = run({"calendar", "holidays", "--year", "2026"});
  EXPECT_NE(text.find("2026-01-02  Fri  off      schedule"), std::string::npos) << text;
  EXPECT_NE(text.find("2026-01-10  Sat  working  schedule"), std::string::npos) << text;
  EXPECT_NE(text.find("2026-04-27  Mon  off      compensation"), std::string::npos) << text;
  EXPECT_NE(run({"calendar", "holidays", "--year", "1985"}).find("1985-01-21  Mon  off      rule"),
            std::string::npos);
  const auto json = run({"calendar", "holidays", "--year", "2025", "--json"});
  EXPECT_NE(json.find("\"date\": \"2025-04-26\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"reason\": \"schedule\""), std::string::npos) << json;
}

}  // namespace
}  // namespace motcua::app

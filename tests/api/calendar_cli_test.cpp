// `motcua calendar … --db`: the CLI reads and edits the calendar data the server uses.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

std::string write_temp(const std::string& dir, const std::string& name, const std::string& text) {
  const std::string path = dir + "/" + name;
  std::ofstream(path) << text;
  return path;
}

TEST(CalendarCliDb, DueAndHolidaysFollowTheDatabase) {
  // A demo database, made by the server and then left to the CLI.
  ServerProcess server;
  server.stop();
  const std::string db = server.db_path();
  const std::string dir = server.dir();
  std::string out;
  const std::vector<std::string> friday_4h = {
      "calendar", "due", "--from", "2026-03-06T16:00:00", "--working-hours", "4"};
  auto with = [](std::vector<std::string> args, std::vector<std::string> more) {
    args.insert(args.end(), more.begin(), more.end());
    return args;
  };

  ASSERT_EQ(run_motcua(with(friday_4h, {"--db", db, "--agency", "20410"}), &out), 0) << out;
  EXPECT_EQ(out, "2026-03-09T10:30:00+07:00\n");

  const auto hours = write_temp(dir, "hours.json", R"({
    "monday": [{"from": "08:00", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
    "friday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
    "saturday": [{"from": "07:30", "to": "11:30"}]})");
  ASSERT_EQ(
      run_motcua({"calendar", "office-hours", "--agency", "48", "--db", db, "--set", hours}, &out),
      0)
      << out;
  EXPECT_NE(out.find("\"office_hours_from\": \"48\""), std::string::npos) << out;
  ASSERT_EQ(
      run_motcua({"calendar", "office-hours", "--agency", "48", "--db", db, "--history"}, &out), 0)
      << out;
  EXPECT_NE(out.find("\"edited_by\":\"cli:"), std::string::npos) << out;

  // 20410 inherits its province's 08:00 Monday (its Saturday morning receives but is not
  // working time); without --db the standard hours apply.
  ASSERT_EQ(run_motcua(with(friday_4h, {"--db", db, "--agency", "20410"}), &out), 0) << out;
  EXPECT_EQ(out, "2026-03-09T11:00:00+07:00\n");
  ASSERT_EQ(run_motcua(with(friday_4h, {"--agency", "20410"}), &out), 0) << out;
  EXPECT_EQ(out, "2026-03-09T10:30:00+07:00\n");
  EXPECT_NE(run_motcua(with(friday_4h, {"--db", db, "--agency", "nowhere"}), &out), 0);
  EXPECT_NE(run_motcua(with(friday_4h, {"--db", dir + "/missing.db", "--agency", "20410"}), &out),
            0);

  const auto schedule = write_temp(dir, "schedule.json", R"({"id": "cli-test", "year": 2026,
    "source": "test", "days_off": [{"date": "2026-03-09", "name": "Nghỉ thử"}]})");
  ASSERT_EQ(run_motcua({"calendar", "schedule", "put", schedule, "--db", db}, &out), 0) << out;
  EXPECT_EQ(out, "saved cli-test version 1\n");
  ASSERT_EQ(run_motcua({"calendar", "holidays", "--year", "2026", "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("2026-03-09  Mon  off      schedule  Nghỉ thử  (test)"), std::string::npos)
      << out;
  ASSERT_EQ(run_motcua({"calendar", "schedule", "list", "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("cli-test  2026  edited"), std::string::npos) << out;
  EXPECT_NE(out.find("2026-tet  2026  shipped"), std::string::npos) << out;
  // Monday 9 March is off now: with the default office hours (no --agency) the four hours from
  // Friday 16:00 end on Tuesday 10th.
  ASSERT_EQ(run_motcua({"calendar", "due", "--from", "2026-03-06T16:00:00", "--working-hours", "4",
                        "--db", db},
                       &out),
            0)
      << out;
  EXPECT_EQ(out, "2026-03-10T10:30:00+07:00\n");
  ASSERT_EQ(run_motcua({"calendar", "schedule", "delete", "cli-test", "--db", db}, &out), 0) << out;
  ASSERT_EQ(run_motcua({"calendar", "schedule", "history", "cli-test", "--db", db}, &out), 0)
      << out;
  EXPECT_NE(out.find("\"action\":\"delete\""), std::string::npos) << out;
  EXPECT_NE(run_motcua({"calendar", "schedule", "delete", "cli-test", "--db", db}, &out), 0);
}

}  // namespace
}  // namespace motcua::testing

// Days off and working days from the tables in tests/data/calendar/.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "motcua/calendar/holidays.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "unit/calendar/table_reader.hpp"

namespace motcua::calendar {
namespace {

using testing::format_date;
using testing::parse_date;
using testing::read_table;

TEST(HolidayTable, WholeYearsOfDaysOff) {
  const auto rows = read_table("days_off.tsv");
  ASSERT_FALSE(rows.empty());
  std::map<int, std::set<std::string>> expected;
  for (const auto& row : rows) {
    expected[std::stoi(row.at("year"))].insert(row.at("date") + " " + row.at("reason") + " " +
                                               row.at("occasion"));
  }
  for (const auto& [year, days] : expected) {
    std::set<std::string> actual;
    for (const auto& d : WorkingCalendar::standard().days_off(year)) {
      actual.insert(format_date(d.date) + " " + std::string(to_string(d.reason)) + " " +
                    (d.occasion ? std::string(to_string(*d.occasion)) : ""));
      EXPECT_FALSE(d.name.empty());
      EXPECT_FALSE(d.source.empty());
    }
    EXPECT_EQ(actual, days) << year;
  }
}

TEST(HolidayTable, WorkingDays) {
  const auto rows = read_table("working_days.tsv");
  ASSERT_FALSE(rows.empty());
  for (const auto& row : rows) {
    EXPECT_EQ(WorkingCalendar::standard().is_working_day(parse_date(row.at("date"))),
              row.at("working") == "1")
        << row.at("date") << ": " << row.at("why");
  }
}

TEST(HolidayTable, SwappedSaturdays) {
  std::map<int, std::set<std::string>> expected;
  for (const auto& row : read_table("extra_working_days.tsv")) {
    expected[std::stoi(row.at("year"))].insert(row.at("date"));
  }
  ASSERT_FALSE(expected.empty());
  for (const auto& [year, days] : expected) {
    std::set<std::string> actual;
    for (const auto& d : WorkingCalendar::standard().extra_working_days(year)) {
      actual.insert(format_date(d.date));
    }
    EXPECT_EQ(actual, days) << year;
  }
}

TEST(Holiday, StatutesInForceGiveTheirHolidaysEveryYear) {
  // tests/data/calendar/statutory_counts.tsv: the holidays of each statute's years, by occasion.
  const auto rows = read_table("statutory_counts.tsv");
  ASSERT_FALSE(rows.empty());
  int years_checked = 0;
  for (const auto& row : rows) {
    for (int year = std::stoi(row.at("from")); year <= std::stoi(row.at("to")); ++year) {
      std::map<Occasion, int> by_occasion;
      int statutory = 0;
      for (const auto& d : statutory_days_off(year)) {
        if (d.reason == DayOffReason::rule) {
          ++statutory;
          ++by_occasion[*d.occasion];
        }
        const std::chrono::weekday wd{std::chrono::sys_days{d.date}};
        if (d.reason == DayOffReason::compensation) {
          EXPECT_NE(wd, std::chrono::Saturday) << format_date(d.date);
          EXPECT_NE(wd, std::chrono::Sunday) << format_date(d.date);
        }
        EXPECT_FALSE(d.source.empty());
      }
      EXPECT_EQ(statutory, std::stoi(row.at("holidays"))) << year;
      EXPECT_EQ(by_occasion[Occasion::tet], std::stoi(row.at("tet_days"))) << year;
      EXPECT_EQ(by_occasion[Occasion::national_day], std::stoi(row.at("national_day_days")))
          << year;
      EXPECT_EQ(by_occasion[Occasion::hung_kings], std::stoi(row.at("hung_kings"))) << year;
      EXPECT_EQ(by_occasion[Occasion::culture_day], std::stoi(row.at("culture_day"))) << year;
      ++years_checked;
    }
  }
  EXPECT_EQ(years_checked, 200);
}

TEST(Holiday, SourceIsTheArticleInForceOnTheDay) {
  auto source_of = [](int year, Occasion occasion, DayOffReason reason) {
    for (const auto& d : statutory_days_off(year))
      if (d.occasion == occasion && d.reason == reason) return d.source;
    return std::string("(none)");
  };
  EXPECT_EQ(source_of(2005, Occasion::tet, DayOffReason::rule), "Bộ luật Lao động 1994, Điều 73");
  EXPECT_EQ(source_of(2019, Occasion::tet, DayOffReason::rule),
            "Bộ luật Lao động 2012, Điều 115(1)");
  // 2019: Hùng Kings' day on Sunday 14 April, given on Monday 15 April.
  EXPECT_EQ(source_of(2019, Occasion::hung_kings, DayOffReason::compensation),
            "Bộ luật Lao động 2012, Điều 115(3)");
  EXPECT_EQ(source_of(2026, Occasion::national_day, DayOffReason::rule),
            "Bộ luật Lao động 2019, Điều 112(1)");
  EXPECT_EQ(source_of(2026, Occasion::culture_day, DayOffReason::rule),
            "Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2 (từ 01/7/2026)");
  // 2029: 24 November is a Saturday, and Art. 111(3) moves only the Code's own holidays.
  EXPECT_EQ(source_of(2029, Occasion::culture_day, DayOffReason::compensation), "(none)");
}

TEST(Holiday, AdjacentDayOfNationalDay) {
  using namespace std::chrono;
  auto national = [](int year) {
    std::set<std::string> out;
    for (const auto& d : statutory_days_off(year)) {
      if (d.occasion == Occasion::national_day && d.reason == DayOffReason::rule) {
        out.insert(format_date(d.date));
      }
    }
    return out;
  };
  EXPECT_EQ(national(2025), (std::set<std::string>{"2025-09-01", "2025-09-02"}));  // Tuesday
  EXPECT_EQ(national(2026), (std::set<std::string>{"2026-09-02", "2026-09-03"}));
}

TEST(Holiday, OccasionNamesRoundTrip) {
  for (auto o : {Occasion::new_year, Occasion::tet, Occasion::hung_kings, Occasion::reunification,
                 Occasion::labour_day, Occasion::national_day, Occasion::culture_day}) {
    EXPECT_EQ(parse_occasion(to_string(o)), o);
  }
  EXPECT_FALSE(parse_occasion("christmas").has_value());
}

}  // namespace
}  // namespace motcua::calendar

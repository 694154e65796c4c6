// Lunar conversion against tables made by an independent implementation
// (tools/calendar/lunar_reference.py, PyEphem).
#include "motcua/calendar/lunar.hpp"

#include <gtest/gtest.h>

#include "unit/calendar/table_reader.hpp"

namespace motcua::calendar {
namespace {

using testing::format_date;
using testing::parse_date;
using testing::read_table;

TEST(LunarCalendar, TetAndHungKingsEveryYear1900To2100) {
  const auto rows = read_table("tet_hung_kings.tsv");
  ASSERT_EQ(rows.size(), 201u);
  for (const auto& row : rows) {
    const int year = std::stoi(row.at("year"));
    auto tet = lunar_new_year(year);
    ASSERT_TRUE(tet.ok()) << year;
    EXPECT_EQ(format_date(*tet), row.at("tet")) << "Tết " << year;
    auto hung = from_lunar(LunarDate{year, 3, 10, false});
    ASSERT_TRUE(hung.ok()) << year;
    EXPECT_EQ(format_date(*hung), row.at("hung_kings")) << "Hùng Kings " << year;
  }
}

TEST(LunarCalendar, EveryMonthStartBothWays) {
  const auto rows = read_table("lunar_months.tsv");
  ASSERT_GT(rows.size(), 2400u);
  // A new moon within a minute of midnight is beyond either implementation's accuracy
  // (Delta T alone is uncertain by seconds): such a month's first and last days are skipped.
  auto near_midnight = [](const testing::Row& r) {
    return !r.at("margin_s").empty() && std::stoi(r.at("margin_s")) < 60;
  };
  int skipped = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (near_midnight(row) || (i + 1 < rows.size() && near_midnight(rows[i + 1]))) {
      ++skipped;
      continue;
    }
    const auto date = parse_date(row.at("gregorian"));
    const LunarDate expected{std::stoi(row.at("lunar_year")),
                             static_cast<unsigned>(std::stoi(row.at("month"))), 1,
                             row.at("leap") == "1"};
    const int gyear = static_cast<int>(date.year());
    if (gyear < kLunarFirstYear || gyear > kLunarLastYear) continue;
    auto lunar = to_lunar(date);
    ASSERT_TRUE(lunar.ok()) << row.at("gregorian");
    EXPECT_EQ(*lunar, expected) << row.at("gregorian") << " got " << lunar->year << "/"
                                << lunar->month << (lunar->leap ? "L" : "");
    // The month's last day maps back as well.
    const unsigned days = static_cast<unsigned>(std::stoi(row.at("days")));
    LunarDate last = expected;
    last.day = days;
    if (expected.year < kLunarFirstYear) continue;
    const std::chrono::year_month_day last_day{std::chrono::sys_days{date} +
                                               std::chrono::days{days - 1}};
    if (static_cast<int>(last_day.year()) > kLunarLastYear) continue;
    auto back = from_lunar(last);
    ASSERT_TRUE(back.ok()) << row.at("gregorian");
    EXPECT_EQ(std::chrono::sys_days{*back} - std::chrono::sys_days{date},
              std::chrono::days{days - 1})
        << row.at("gregorian");
    last.day = days + 1;
    EXPECT_FALSE(from_lunar(last).ok()) << row.at("gregorian");
  }
  EXPECT_LE(skipped, 12);
}

TEST(LunarCalendar, Tet1985IsVietnameseNotChinese) {
  using namespace std::chrono;
  EXPECT_EQ(*lunar_new_year(1985), 1985y / January / 21d);
  EXPECT_EQ(*to_lunar(1985y / January / 21d), (LunarDate{1985, 1, 1, false}));
}

TEST(LunarCalendar, RejectsOutOfRangeAndMissingLeapMonth) {
  using namespace std::chrono;
  EXPECT_FALSE(to_lunar(1899y / December / 31d).ok());
  EXPECT_FALSE(to_lunar(2101y / January / 1d).ok());
  EXPECT_FALSE(from_lunar(LunarDate{2026, 5, 1, true}).ok());  // 2026 has no leap month
  EXPECT_TRUE(from_lunar(LunarDate{2025, 6, 1, true}).ok());   // leap 6th month of Ất Tỵ
}

}  // namespace
}  // namespace motcua::calendar

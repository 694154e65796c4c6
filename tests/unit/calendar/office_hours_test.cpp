// Office hours: defaults, validation, JSON round trip (Calendar suite).
#include "motcua/calendar/office_hours.hpp"

#include <gtest/gtest.h>

namespace motcua::calendar {
namespace {

using namespace std::chrono;

TEST(CalendarOfficeHours, StandardIsEightHoursMondayToFriday) {
  const auto hours = OfficeHours::standard();
  for (auto d : {Monday, Tuesday, Wednesday, Thursday, Friday}) {
    minutes total{0};
    for (const auto& i : hours.on(d)) total += i.end - i.begin;
    EXPECT_EQ(total, 8h);
  }
  EXPECT_FALSE(hours.is_open_on(Saturday));
  EXPECT_FALSE(hours.is_open_on(Sunday));
}

TEST(CalendarOfficeHours, JsonRoundTripWithSaturdayMorning) {
  auto hours = OfficeHours::standard();
  ASSERT_TRUE(hours.set(Saturday, {{7h + 30min, 11h + 30min}}).ok());
  const auto text = office_hours_to_json(hours);
  EXPECT_NE(text.find("\"saturday\""), std::string::npos);
  auto parsed = parse_office_hours_json(text);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(*parsed, hours);
}

TEST(CalendarOfficeHours, RejectsBadIntervals) {
  OfficeHours hours;
  EXPECT_FALSE(hours.set(Monday, {{13h, 11h}}).ok());
  EXPECT_FALSE(hours.set(Monday, {{7h, 12h}, {11h, 17h}}).ok());
  EXPECT_FALSE(hours.set(Monday, {{7h, 25h}}).ok());
  const char* bad[] = {
      "[]",
      R"({"funday": []})",
      R"({"monday": [{"from": "7:30", "to": "11:30"}]})",
      R"({"monday": [{"from": "07:30"}]})",
      R"({"monday": [{"from": "13:00", "to": "11:30"}]})",
  };
  for (const char* text : bad) EXPECT_FALSE(parse_office_hours_json(text).ok()) << text;
}

}  // namespace
}  // namespace motcua::calendar

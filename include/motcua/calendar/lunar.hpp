#pragma once
// The Vietnamese lunar calendar (âm lịch), computed astronomically on the UTC+7 meridian:
// a month starts on the civil day of a new moon, month 11 contains the winter solstice, and
// in a 13-month year the first month without a major solar term is the leap month.
// Vietnam and China differ in some years (Tết 1985: 21 January here, 20 February in China).
#include <chrono>

#include "motcua/common/result.hpp"

namespace motcua::calendar {

// Supported Gregorian years; outside them conversions return ErrorCode::invalid.
inline constexpr int kLunarFirstYear = 1900;
inline constexpr int kLunarLastYear = 2100;

struct LunarDate {
  int year = 0;        // the Gregorian year in which this lunar year's Tết falls
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..30
  bool leap = false;   // a leap month repeats the number of the month before it
  bool operator==(const LunarDate&) const = default;
};

// The lunar date of a Gregorian civil date (UTC+7). Invalid outside 1900-01-01..2100-12-31.
Result<LunarDate> to_lunar(std::chrono::year_month_day date);

// The Gregorian date of a lunar date; invalid when the month (or leap month) does not exist
// that year, the day exceeds the month's length, or the result leaves the supported range.
Result<std::chrono::year_month_day> from_lunar(const LunarDate& date);

// First day of lunar year `year` (Tết Nguyên đán); `year` must be in the supported range.
Result<std::chrono::year_month_day> lunar_new_year(int year);

}  // namespace motcua::calendar

#pragma once
// Private: the months between two consecutive months 11 ("a cycle"), the unit in which the
// Vietnamese lunar calendar decides its leap month. Day numbers count civil days (UTC+7)
// since 1970-01-01, the same count as std::chrono::sys_days.
#include <vector>

namespace motcua::calendar::detail {

struct LunarMonth {
  long start_day = 0;
  int lunar_year = 0;
  unsigned number = 0;
  bool leap = false;
};

struct LunarCycle {
  // From month 11 of lunar year `year - 1` up to, not including, month 11 of `year`.
  std::vector<LunarMonth> months;
  long end_day = 0;  // first day of month 11 of lunar year `year`
};

// The cycle that ends with the month 11 containing the winter solstice of Gregorian `year`.
LunarCycle lunar_cycle(int year);

// Civil day (UTC+7) of the first day of the month containing the winter solstice of `year`.
long month11_start_day(int year);

}  // namespace motcua::calendar::detail

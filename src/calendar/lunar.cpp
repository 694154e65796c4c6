#include "motcua/calendar/lunar.hpp"

#include <cmath>

#include "lunar_year.hpp"

namespace motcua::calendar {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

Error out_of_range(std::string field) {
  return make_error(ErrorCode::invalid, "calendar.lunar_out_of_range",
                    "date outside the supported lunar range 1900-2100",
                    "ngày ngoài phạm vi âm lịch được hỗ trợ (1900-2100)", std::move(field));
}

bool in_range(year_month_day date) {
  const int y = static_cast<int>(date.year());
  return date.ok() && y >= kLunarFirstYear && y <= kLunarLastYear;
}

}  // namespace

Result<LunarDate> to_lunar(year_month_day date) {
  if (!in_range(date)) return out_of_range("date");
  const long day = sys_days{date}.time_since_epoch().count();
  const int y = static_cast<int>(date.year());
  // The cycle ending at month 11 of year y covers dates before that month's start.
  detail::LunarCycle cycle = detail::lunar_cycle(y);
  if (day >= cycle.end_day) cycle = detail::lunar_cycle(y + 1);
  for (std::size_t i = 0; i < cycle.months.size(); ++i) {
    const auto& m = cycle.months[i];
    const long next = i + 1 < cycle.months.size() ? cycle.months[i + 1].start_day : cycle.end_day;
    if (day >= m.start_day && day < next) {
      return LunarDate{m.lunar_year, m.number, static_cast<unsigned>(day - m.start_day + 1),
                       m.leap};
    }
  }
  return out_of_range("date");  // unreachable: the cycles tile the time line
}

Result<year_month_day> from_lunar(const LunarDate& date) {
  if (date.year < kLunarFirstYear || date.year > kLunarLastYear || date.month < 1 ||
      date.month > 12 || date.day < 1 || date.day > 30) {
    return out_of_range("date");
  }
  // Months 11 and 12 of lunar year L lie in the cycle that ends at month 11 of L + 1.
  const int cycle_year = date.month >= 11 ? date.year + 1 : date.year;
  const detail::LunarCycle cycle = detail::lunar_cycle(cycle_year);
  for (std::size_t i = 0; i < cycle.months.size(); ++i) {
    const auto& m = cycle.months[i];
    if (m.lunar_year != date.year || m.number != date.month || m.leap != date.leap) continue;
    const long next = i + 1 < cycle.months.size() ? cycle.months[i + 1].start_day : cycle.end_day;
    if (static_cast<long>(date.day) > next - m.start_day) {
      return make_error(ErrorCode::invalid, "calendar.lunar_day", "the lunar month is shorter",
                        "tháng âm lịch không có ngày này", "day");
    }
    const year_month_day out{sys_days{std::chrono::days{m.start_day + date.day - 1}}};
    if (!in_range(out)) return out_of_range("date");
    return out;
  }
  return make_error(ErrorCode::invalid, "calendar.lunar_month", "no such lunar month that year",
                    "năm âm lịch này không có tháng đó", "month");
}

Result<year_month_day> lunar_new_year(int year) { return from_lunar(LunarDate{year, 1, 1, false}); }

}  // namespace motcua::calendar

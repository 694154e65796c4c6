#pragma once
// Private: the data behind a WorkingCalendar. Each year's table is built on first use under
// a std::once_flag, so concurrent const callers are safe and a warm calendar never locks.
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "motcua/calendar/working_calendar.hpp"

namespace motcua::calendar::detail {

inline constexpr std::int64_t kSecondsPerDay = 86400;
inline constexpr int kYearCount = kCalendarLastYear - kCalendarFirstYear + 1;
inline constexpr std::uint8_t kClosed = 7;  // pattern index of a day without office hours

// One day's office hours in seconds after local midnight.
struct DayPattern {
  struct Span {
    std::int32_t begin = 0;
    std::int32_t end = 0;
  };
  std::vector<Span> spans;
  std::int32_t total = 0;  // office seconds in the day
  std::int32_t close = 0;  // end of the last span
};

struct YearTable {
  int year = 0;
  std::int64_t first_day = 0;                // civil day number (sys_days count) of 1 January
  std::int32_t length = 0;                   // 365 or 366
  std::vector<std::uint8_t> pattern;         // per day: 0..6 weekday hours, kClosed
  std::vector<std::int32_t> cum_seconds;     // [i] = office seconds before day i; size length+1
  std::vector<std::int32_t> working_before;  // [i] = working days before day i; size length+1
  std::vector<std::int32_t> working_days;    // indices of working days, ascending
  std::vector<DayOff> days_off;
  std::vector<ExtraWorkingDay> extra_working;
};

struct CalendarState {
  OfficeHours hours;
  CalendarPolicy policy;
  std::vector<YearSchedule> schedules;  // effective: one per id, in first-seen order
  std::array<DayPattern, 8> patterns;   // by weekday c_encoding, then kClosed

  CalendarState(OfficeHours h, const std::vector<ScheduleDocument>& documents, CalendarPolicy p);

  // The table of `year`, which must be within the supported span.
  const YearTable& year(int year) const {
    const int i = year - kCalendarFirstYear;
    std::call_once(once_[i], [&] { tables_[i] = build(year); });
    return *tables_[i];
  }

 private:
  std::unique_ptr<YearTable> build(int year) const;

  mutable std::array<std::once_flag, kYearCount> once_;
  mutable std::array<std::unique_ptr<YearTable>, kYearCount> tables_;
};

}  // namespace motcua::calendar::detail

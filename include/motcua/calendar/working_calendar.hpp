#pragma once
// The working calendar: which days an agency works, its office hours, and deadline
// arithmetic on them (DOMAIN.md §4). Immutable once built; every const member may be called
// concurrently. Years are computed on first use and cached (thread-safe), so after warm-up a
// due time costs a few array look-ups.
//
// Supported span: 1900-01-01 .. 2100-12-31 (the lunar calendar's range). Times outside it
// are a precondition violation: results are clamped to the span's ends.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "motcua/calendar/holidays.hpp"
#include "motcua/calendar/office_hours.hpp"
#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/schedule.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/common/result.hpp"

namespace motcua::calendar {

inline constexpr int kCalendarFirstYear = 1900;
inline constexpr int kCalendarLastYear = 2100;

// Per-deployment choices where provinces differ (DOMAIN.md §4).
struct CalendarPolicy {
  // false (default): a day-based limit ends at the close of office hours of the N-th working
  // day after the day of receipt (Civil Code 2015 Art. 147(2), 148(1)).
  // true: it is N × 8 working hours counted from the moment of receipt.
  bool day_limits_as_hours = false;
  bool operator==(const CalendarPolicy&) const = default;
};

// How a finished dossier compares with its due time (motcua rule, DOMAIN.md §3 "Result").
enum class Outcome { early, on_time, late };
std::string_view to_string(Outcome outcome);
std::optional<Outcome> parse_outcome(std::string_view name);

// A working day that is normally a rest day, e.g. a Saturday worked in exchange for a
// weekday off.
struct ExtraWorkingDay {
  std::chrono::year_month_day date;
  std::string name;
  std::string source;
  bool operator==(const ExtraWorkingDay&) const = default;
};

namespace detail {
struct CalendarState;
}

class WorkingCalendar {
 public:
  // Rules + the given schedule documents + office hours. Documents apply in order: a later
  // schedule with the same id replaces the earlier one, as an admin's correction should;
  // where two schedules name the same date, the later listed one decides.
  WorkingCalendar(OfficeHours hours, std::vector<ScheduleDocument> schedules,
                  CalendarPolicy policy = {});

  // Rules + the embedded official schedules + `extra` documents (e.g. admin-edited ones
  // from the store), with the given office hours and policy. Fails only if the embedded
  // data does not parse.
  static Result<WorkingCalendar> make(OfficeHours hours = OfficeHours::standard(),
                                      std::vector<ScheduleDocument> extra = {},
                                      CalendarPolicy policy = {});

  // The calendar every agency without its own settings uses: standard office hours, the
  // rules, the embedded schedules, the default policy. Built once, shared.
  static const WorkingCalendar& standard();

  // --- days ---------------------------------------------------------------------------
  // True when the agency has office hours on `date` (weekday hours, not a day off, or a
  // swapped working day).
  bool is_working_day(std::chrono::year_month_day date) const;
  // The holidays, compensation days and scheduled days off of `year`, sorted, each with its
  // name, reason (rule, compensation, schedule) and source. Ordinary weekends are not listed
  // unless a schedule names them (announcements list the whole break, e.g. 14–22 Feb 2026).
  // Empty outside the supported span.
  std::vector<DayOff> days_off(int year) const;
  // Rest days turned into working days by a schedule in `year`.
  std::vector<ExtraWorkingDay> extra_working_days(int year) const;

  // --- deadlines ----------------------------------------------------------------------
  // The due time of a limit starting at `start` (DOMAIN.md §4):
  //  - working_days (default policy): the day of receipt is never counted, whatever the
  //    hour or whether it is a working day; the limit ends at the close of office hours of
  //    the N-th working day after it (Civil Code 2015 Art. 147(2), 148(1)). A fractional
  //    part f is counted as f × 8 working hours after that close (or from `start` when N
  //    is below 1), e.g. 0.5 day = 4 working hours from receipt.
  //  - working_days with policy.day_limits_as_hours: N × 8 working hours from `start`.
  //  - working_hours: counted in office hours from `start`, or from the next opening when
  //    received outside them; a limit ending exactly at a closing time ends then.
  //  - calendar_days: start the next day; end at the close of office hours of day N, or of
  //    the next working day when day N is not one (Civil Code Art. 148(1), (5)).
  //  - calendar_months: end on the same date N months later (the month's last day when it
  //    has no such date), then as calendar days (Art. 148(3), (5)).
  // Calendar amounts are rounded up to whole days/months. Amount 0 (or negative) gives
  // `start`. Always due_at(...) >= start.
  TimePoint due_at(TimePoint start, const ProcessingTime& limit) const;

  // `start` plus `hours` of office time (rounded to the second): the earliest moment by
  // which that much office time has elapsed since `start`. add(add(t, a), b) == add(t, a+b).
  TimePoint add_working_hours(TimePoint start, double hours) const;
  TimePoint add_working_seconds(TimePoint start, std::int64_t seconds) const;

  // Office time between two moments in seconds; negative when `to` is before `from`.
  std::int64_t working_seconds_between(TimePoint from, TimePoint to) const;
  // Office minutes left until `due` (positive), or by which it is overdue (negative),
  // truncated toward zero.
  std::int64_t working_minutes_until(TimePoint now, TimePoint due) const;

  // A supplement received in full restarts the time from zero (Decree 61/2018 Art. 19(4),
  // DOMAIN.md §3): the new due time counts from the completing receipt, as a new one.
  TimePoint restart(TimePoint complete_at, const ProcessingTime& limit) const {
    return due_at(complete_at, limit);
  }
  // The due time moved on by the office time that elapsed while processing was paused.
  TimePoint resume(TimePoint due, TimePoint paused_at, TimePoint resumed_at) const;

  // motcua rule: day-based limits (working/calendar days, months): early = finished on a
  // day before the due day, on time = on the due day by the due time, late = after it.
  // Hour-based: early = at least one working hour before the due time, on time = by it.
  Outcome classify(TimePoint finished, TimePoint due, TimeUnit unit) const;

  const OfficeHours& office_hours() const;
  const CalendarPolicy& policy() const;

 private:
  std::shared_ptr<const detail::CalendarState> state_;
};

}  // namespace motcua::calendar

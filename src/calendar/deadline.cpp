// Deadline arithmetic of WorkingCalendar (DOMAIN.md §4). Times are handled as local
// (UTC+7) seconds; each year's table gives office seconds and working days before every
// day, so a due time is a binary search or an index away, whatever the limit's size.
#include <algorithm>
#include <cmath>

#include "calendar_state.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"

namespace motcua::calendar {
namespace {

using namespace std::chrono;
using detail::CalendarState;
using detail::kSecondsPerDay;
using detail::YearTable;

constexpr std::int64_t kSecondsPerWorkingDay = 8 * 3600;  // "N × 8 working hours"

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

std::int64_t to_local_seconds(TimePoint t) { return to_local(t).time_since_epoch().count(); }
TimePoint from_local_seconds(std::int64_t s) { return from_local(LocalTime{seconds{s}}); }

// Bounds of the supported span, in local seconds.
const std::int64_t kFirstSecond =
    sys_days{year{kCalendarFirstYear} / January / 1d}.time_since_epoch().count() * kSecondsPerDay;
const std::int64_t kEndSecond =
    sys_days{year{kCalendarLastYear + 1} / January / 1d}.time_since_epoch().count() *
    kSecondsPerDay;

// A position in the calendar: a year's table, a day in it and the second of that day.
struct Cursor {
  const YearTable* table;
  std::int32_t day;
  std::int32_t second;
};

Cursor locate(const CalendarState& s, std::int64_t local) {
  local = std::clamp(local, kFirstSecond, kEndSecond - 1);
  const std::int64_t day = floor_div(local, kSecondsPerDay);
  const year_month_day ymd{sys_days{days{day}}};
  const YearTable& t = s.year(static_cast<int>(ymd.year()));
  return {&t, static_cast<std::int32_t>(day - t.first_day),
          static_cast<std::int32_t>(local - day * kSecondsPerDay)};
}

// Office seconds of day `c.day` before `c.second`.
std::int32_t worked_before(const CalendarState& s, const Cursor& c) {
  std::int32_t total = 0;
  for (const auto& span : s.patterns[c.table->pattern[c.day]].spans) {
    if (c.second <= span.begin) break;
    total += std::min(c.second, span.end) - span.begin;
  }
  return total;
}

const YearTable* next_year(const CalendarState& s, const YearTable* t) {
  return t->year < kCalendarLastYear ? &s.year(t->year + 1) : nullptr;
}

std::int64_t close_of(const CalendarState& s, const YearTable& t, std::int32_t day) {
  return (t.first_day + day) * kSecondsPerDay + s.patterns[t.pattern[day]].close;
}

// Close of office hours of the n-th working day (n >= 1) after day `c.day`.
std::int64_t close_of_nth_working_day_after(const CalendarState& s, Cursor c, std::int64_t n) {
  const YearTable* t = c.table;
  std::int64_t index = t->working_before[c.day + 1] + n - 1;
  while (index >= static_cast<std::int64_t>(t->working_days.size())) {
    index -= static_cast<std::int64_t>(t->working_days.size());
    t = next_year(s, t);
    if (t == nullptr) return kEndSecond;
  }
  return close_of(s, *t, t->working_days[index]);
}

// The earliest local second by which `amount` office seconds have passed since `local`.
std::int64_t add_office_seconds(const CalendarState& s, std::int64_t local, std::int64_t amount) {
  if (amount <= 0) return local;
  const Cursor c = locate(s, local);
  const YearTable* t = c.table;
  std::int64_t target = t->cum_seconds[c.day] + worked_before(s, c) + amount;
  while (target > t->cum_seconds[t->length]) {
    target -= t->cum_seconds[t->length];
    t = next_year(s, t);
    if (t == nullptr) return kEndSecond;
  }
  // The day whose office time contains the target: cum[day] < target <= cum[day + 1].
  const auto it = std::lower_bound(t->cum_seconds.begin(), t->cum_seconds.end(), target);
  const auto day = static_cast<std::int32_t>(it - t->cum_seconds.begin()) - 1;
  std::int64_t rest = target - t->cum_seconds[day];
  std::int64_t second = 0;
  for (const auto& span : s.patterns[t->pattern[day]].spans) {
    if (rest <= span.end - span.begin) {
      second = span.begin + rest;
      break;
    }
    rest -= span.end - span.begin;
  }
  return (t->first_day + day) * kSecondsPerDay + second;
}

// Office seconds from the start of the span to `local`, as (year, seconds into that year).
std::int64_t office_position(const CalendarState& s, std::int64_t local, int& year_out) {
  const Cursor c = locate(s, local);
  year_out = c.table->year;
  return c.table->cum_seconds[c.day] + worked_before(s, c);
}

// Close of office hours of `day` (a civil day number) or of the next working day.
std::int64_t close_on_or_after(const CalendarState& s, std::int64_t day) {
  const Cursor c = locate(s, day * kSecondsPerDay);
  if (s.patterns[c.table->pattern[c.day]].total > 0) return close_of(s, *c.table, c.day);
  return close_of_nth_working_day_after(s, c, 1);
}

}  // namespace

TimePoint WorkingCalendar::add_working_seconds(TimePoint start, std::int64_t amount) const {
  return from_local_seconds(add_office_seconds(*state_, to_local_seconds(start), amount));
}

TimePoint WorkingCalendar::add_working_hours(TimePoint start, double hours) const {
  return add_working_seconds(start, std::llround(hours * 3600.0));
}

std::int64_t WorkingCalendar::working_seconds_between(TimePoint from, TimePoint to) const {
  if (to < from) return -working_seconds_between(to, from);
  int year_from = 0, year_to = 0;
  std::int64_t total = -office_position(*state_, to_local_seconds(from), year_from);
  total += office_position(*state_, to_local_seconds(to), year_to);
  for (int y = year_from; y < year_to; ++y) {
    const auto& t = state_->year(y);
    total += t.cum_seconds[t.length];
  }
  return total;
}

std::int64_t WorkingCalendar::working_minutes_until(TimePoint now, TimePoint due) const {
  return working_seconds_between(now, due) / 60;
}

TimePoint WorkingCalendar::resume(TimePoint due, TimePoint paused_at, TimePoint resumed_at) const {
  return add_working_seconds(
      due, std::max<std::int64_t>(0, working_seconds_between(paused_at, resumed_at)));
}

TimePoint WorkingCalendar::due_at(TimePoint start, const ProcessingTime& limit) const {
  const CalendarState& s = *state_;
  const double amount = std::isfinite(limit.amount) ? std::max(0.0, limit.amount) : 0.0;
  if (amount == 0) return start;
  const std::int64_t local = std::clamp(to_local_seconds(start), kFirstSecond, kEndSecond - 1);
  const std::int64_t day = floor_div(local, kSecondsPerDay);
  std::int64_t due = local;
  switch (limit.unit) {
    case TimeUnit::working_days: {
      if (s.policy.day_limits_as_hours) {
        due = add_office_seconds(s, local, std::llround(amount * kSecondsPerWorkingDay));
        break;
      }
      // Civil Code 2015 Art. 147(2): the day of receipt is not counted; Art. 148(1): the
      // limit ends with the last day, here the close of office hours (work at an office).
      const double whole = std::floor(amount);
      const auto fraction = std::llround((amount - whole) * kSecondsPerWorkingDay);
      if (whole >= 1) {
        due = close_of_nth_working_day_after(s, locate(s, local), static_cast<std::int64_t>(whole));
      }
      due = add_office_seconds(s, due, fraction);
      break;
    }
    case TimeUnit::working_hours:
      due = add_office_seconds(s, local, std::llround(amount * 3600.0));
      break;
    case TimeUnit::calendar_days: {
      // Art. 147(2) and 148(1); Art. 148(5): a last day that is a day off moves to the next
      // working day.
      const auto n = static_cast<std::int64_t>(std::ceil(amount));
      due = close_on_or_after(s, day + n);
      break;
    }
    case TimeUnit::calendar_months: {
      // Art. 148(3): the same date of the last month, or that month's last day.
      const year_month_day from{sys_days{days{day}}};
      const year_month_day month_start = year_month_day{from.year() / from.month() / 1d} +
                                         months{static_cast<int>(std::ceil(amount))};
      const std::chrono::day last_of_month =
          year_month_day_last{month_start.year() / month_start.month() / std::chrono::last}.day();
      const year_month_day last{month_start.year(), month_start.month(),
                                std::min(from.day(), last_of_month)};
      due = close_on_or_after(s, sys_days{last}.time_since_epoch().count());
      break;
    }
  }
  return from_local_seconds(std::max(due, local));
}

Outcome WorkingCalendar::classify(TimePoint finished, TimePoint due, TimeUnit unit) const {
  if (unit == TimeUnit::working_hours) {
    if (finished > due) return Outcome::late;
    return working_seconds_between(finished, due) >= 3600 ? Outcome::early : Outcome::on_time;
  }
  const auto finished_day = floor_div(to_local_seconds(finished), kSecondsPerDay);
  const auto due_day = floor_div(to_local_seconds(due), kSecondsPerDay);
  if (finished_day < due_day) return Outcome::early;
  if (finished_day == due_day && finished <= due) return Outcome::on_time;
  return Outcome::late;
}

}  // namespace motcua::calendar

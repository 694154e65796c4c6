// WorkingCalendar: construction and questions about days. The arithmetic is in deadline.cpp.
#include "motcua/calendar/working_calendar.hpp"

#include <stdexcept>

#include "calendar_state.hpp"

namespace motcua::calendar {

using namespace std::chrono;

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::early:
      return "early";
    case Outcome::on_time:
      return "on_time";
    case Outcome::late:
      return "late";
  }
  return "late";
}

std::optional<Outcome> parse_outcome(std::string_view name) {
  for (Outcome o : {Outcome::early, Outcome::on_time, Outcome::late})
    if (to_string(o) == name) return o;
  return std::nullopt;
}

WorkingCalendar::WorkingCalendar(OfficeHours hours, std::vector<ScheduleDocument> schedules,
                                 CalendarPolicy policy)
    : state_(std::make_shared<detail::CalendarState>(std::move(hours), schedules, policy)) {}

Result<WorkingCalendar> WorkingCalendar::make(OfficeHours hours,
                                              std::vector<ScheduleDocument> extra,
                                              CalendarPolicy policy) {
  auto shipped = embedded_schedules();
  if (!shipped.ok()) return shipped.error();
  extra.insert(extra.begin(), std::move(*shipped));
  return WorkingCalendar(std::move(hours), std::move(extra), policy);
}

const WorkingCalendar& WorkingCalendar::standard() {
  static const WorkingCalendar calendar = [] {
    auto made = make();
    // The shipped schedules are part of the program; the unit tests parse them.
    if (!made.ok()) throw std::logic_error("embedded calendar schedules: " + made.error().message);
    return std::move(*made);
  }();
  return calendar;
}

bool WorkingCalendar::is_working_day(year_month_day date) const {
  const int y = static_cast<int>(date.year());
  if (!date.ok() || y < kCalendarFirstYear || y > kCalendarLastYear) return false;
  const auto& table = state_->year(y);
  const auto index = (sys_days{date} - sys_days{date.year() / January / 1d}).count();
  return state_->patterns[table.pattern[index]].total > 0;
}

std::vector<DayOff> WorkingCalendar::days_off(int year) const {
  if (year < kCalendarFirstYear || year > kCalendarLastYear) return {};
  return state_->year(year).days_off;
}

std::vector<ExtraWorkingDay> WorkingCalendar::extra_working_days(int year) const {
  if (year < kCalendarFirstYear || year > kCalendarLastYear) return {};
  return state_->year(year).extra_working;
}

const OfficeHours& WorkingCalendar::office_hours() const { return state_->hours; }
const CalendarPolicy& WorkingCalendar::policy() const { return state_->policy; }

}  // namespace motcua::calendar

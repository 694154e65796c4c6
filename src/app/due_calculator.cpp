#include "app/due_calculator.hpp"

#include "motcua/calendar/working_calendar.hpp"

namespace motcua::app {

// The statutory rules plus the official schedules shipped with the program. Per-agency office
// hours and admin-edited schedules from the database are the calendar issue's next step.
service::DueCalculator make_due_calculator() {
  return [](TimePoint start, const calendar::ProcessingTime& limit, const std::string&) {
    return calendar::WorkingCalendar::standard().due_at(start, limit);
  };
}

}  // namespace motcua::app

#include "app/due_calculator.hpp"

namespace motcua::app {

// The agency's calendar: the rules, the shipped and the admin-edited schedules, and its office
// hours and policy (own or inherited), as the calendar service holds them at this moment, so
// an admin's edit applies from the next reception.
service::DueCalculator make_due_calculator(service::CalendarService& calendars) {
  return [&calendars](TimePoint start, const calendar::ProcessingTime& limit,
                      const std::string& agency_code) {
    return calendars.for_agency(agency_code)->due_at(start, limit);
  };
}

}  // namespace motcua::app

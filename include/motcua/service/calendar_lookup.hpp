#pragma once
// Which working calendar an agency works by. The serve command answers from CalendarService
// (rules, shipped and admin-edited schedules, the agency's own or inherited office hours), so
// an admin's edit applies from the next request; without one, every agency works by the
// standard calendar.
#include <functional>
#include <memory>
#include <string>

#include "motcua/calendar/working_calendar.hpp"

namespace motcua::service {

using CalendarLookup =
    std::function<std::shared_ptr<const calendar::WorkingCalendar>(const std::string& agency_code)>;

// Every agency on WorkingCalendar::standard().
CalendarLookup standard_calendars();

}  // namespace motcua::service

#pragma once
// Which working calendar an agency works by. The serve command answers from CalendarService
// (rules, shipped and admin-edited schedules, the agency's own or inherited office hours), so
// an admin's edit applies from the next request; without one, every agency works by the
// standard calendar.
//
// A look-up that cannot read the database fails: the caller (a reception, a workflow action)
// then fails too, rather than counting a due time on a calendar that may be wrong and storing
// it. Only an agency that sets no calendar of its own falls back, to its ancestors' settings
// and then the deployment's defaults.
#include <functional>
#include <memory>
#include <string>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/result.hpp"

namespace motcua::service {

using CalendarPtr = std::shared_ptr<const calendar::WorkingCalendar>;
// Never answers a null pointer.
using CalendarLookup = std::function<Result<CalendarPtr>(const std::string& agency_code)>;

// Every agency on WorkingCalendar::standard().
CalendarLookup standard_calendars();

}  // namespace motcua::service

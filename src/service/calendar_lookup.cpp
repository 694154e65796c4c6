#include "motcua/service/calendar_lookup.hpp"

namespace motcua::service {

CalendarLookup standard_calendars() {
  // The standard calendar lives for the whole program; the aliasing pointer owns nothing.
  return [](const std::string&) -> Result<CalendarPtr> {
    return CalendarPtr(CalendarPtr{}, &calendar::WorkingCalendar::standard());
  };
}

}  // namespace motcua::service

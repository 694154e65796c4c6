#pragma once
// The appointment rule reception uses: the receiving agency's working calendar.
#include "motcua/service/calendar_service.hpp"
#include "motcua/service/reception_service.hpp"

namespace motcua::app {

// `calendars` must outlive the returned function.
service::DueCalculator make_due_calculator(service::CalendarService& calendars);

}  // namespace motcua::app

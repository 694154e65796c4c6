#pragma once
// The JSON forms of the calendar service's values, shared by the API and the CLI, and the
// parsing of an admin's office-hours update.
#include <string>
#include <string_view>

#include "motcua/service/calendar_service.hpp"

namespace motcua::http {

// Parses {"office_hours": {...} | null, "day_limits_as_hours": true | false | null}; an absent
// member counts as null. Errors name the field ("office_hours.monday", …).
Result<service::AgencySettingsUpdate> parse_agency_settings_update(std::string_view json);

// The JSON forms the API and the CLI print (compact):
//  {"id", "year", "stored", "shipped", "version", "updated_by", "updated_at", "schedule": {…}}
//  {"agency", "office_hours", "office_hours_from", "own_office_hours", "day_limits_as_hours",
//   "day_limits_as_hours_from", "own_day_limits_as_hours"}  (…_from: null = the default)
//  {"version", "action", "edited_by", "edited_at", "old", "new"}
std::string schedule_entry_json(const service::ScheduleEntry& entry);
std::string agency_settings_json(const service::AgencyCalendarSettings& settings);
std::string calendar_edit_json(const store::CalendarEdit& edit);

}  // namespace motcua::http

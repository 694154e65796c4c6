// The JSON forms of the calendar service's values, shared by the API and the CLI.
#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"
#include "motcua/service/calendar_service.hpp"

namespace motcua::service {

namespace {

using nlohmann::ordered_json;

ordered_json text_or_null(const std::string& s) {
  return s.empty() ? ordered_json() : ordered_json(s);
}

// A stored body as JSON; kept as a string if it is not JSON, so the audit still shows it.
ordered_json body_or_null(const std::optional<std::string>& body) {
  if (!body) return nullptr;
  auto j = ordered_json::parse(*body, nullptr, false);
  return j.is_discarded() ? ordered_json(*body) : j;
}

ordered_json hours_json(const calendar::OfficeHours& h) {
  return ordered_json::parse(calendar::office_hours_to_json(h));
}

}  // namespace

std::string schedule_entry_json(const ScheduleEntry& e) {
  return ordered_json{
      {"id", e.schedule.id},
      {"year", e.schedule.year},
      {"stored", e.stored},
      {"shipped", e.shipped},
      {"version", e.version},
      {"updated_by", text_or_null(e.updated_by)},
      {"updated_at", e.updated_at ? ordered_json(format_iso(*e.updated_at)) : ordered_json()},
      {"schedule", ordered_json::parse(calendar::year_schedule_to_json(e.schedule))}}
      .dump();
}

std::string agency_settings_json(const AgencyCalendarSettings& s) {
  return ordered_json{
      {"agency", s.agency},
      {"office_hours", hours_json(s.office_hours)},
      {"office_hours_from", text_or_null(s.office_hours_from)},
      {"own_office_hours", s.own_office_hours ? hours_json(*s.own_office_hours) : ordered_json()},
      {"day_limits_as_hours", s.policy.day_limits_as_hours},
      {"day_limits_as_hours_from", text_or_null(s.policy_from)},
      {"own_day_limits_as_hours",
       s.own_day_limits_as_hours ? ordered_json(*s.own_day_limits_as_hours) : ordered_json()}}
      .dump();
}

std::string calendar_edit_json(const store::CalendarEdit& e) {
  return ordered_json{{"version", e.version},
                      {"action", e.action},
                      {"edited_by", e.edited_by},
                      {"edited_at", format_iso(e.edited_at)},
                      {"old", body_or_null(e.old_body)},
                      {"new", body_or_null(e.new_body)}}
      .dump();
}

}  // namespace motcua::service

#include "calendar_json.hpp"

#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"

namespace motcua::http {

using service::AgencyCalendarSettings;
using service::AgencySettingsUpdate;
using service::ScheduleEntry;

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

Error invalid(std::string field, std::string en, std::string vi) {
  return make_error(ErrorCode::invalid, "calendar.invalid", std::move(en), std::move(vi),
                    std::move(field));
}

}  // namespace

Result<AgencySettingsUpdate> parse_agency_settings_update(std::string_view text) {
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return invalid("body", "the body must be a JSON object",
                   "nội dung yêu cầu phải là một đối tượng JSON");
  AgencySettingsUpdate out;
  for (const auto& [key, value] : doc.items()) {
    if (key == "office_hours") {
      if (value.is_null()) continue;
      auto hours = calendar::parse_office_hours_json(value.dump());
      if (!hours.ok()) {
        Error e = hours.error();
        e.field = e.field.empty() ? "office_hours" : "office_hours." + e.field;
        return e;
      }
      out.office_hours = std::move(*hours);
    } else if (key == "day_limits_as_hours") {
      if (value.is_null()) continue;
      if (!value.is_boolean())
        return invalid(key, "day_limits_as_hours must be true, false or null",
                       "day_limits_as_hours phải là true, false hoặc null");
      out.day_limits_as_hours = value.get<bool>();
    } else {
      return invalid(key, "unknown field " + key + "; expected office_hours, day_limits_as_hours",
                     "trường " + key + " không hợp lệ; chỉ nhận office_hours, day_limits_as_hours");
    }
  }
  return out;
}

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

}  // namespace motcua::http

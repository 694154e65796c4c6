// The one (de)serialiser of event details: every other module reads and writes the struct.
#include "motcua/dossier/event_details.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "motcua/common/time.hpp"

namespace motcua::dossier {

namespace {

using Json = nlohmann::json;
using D = EventDetails;

// Each member by its key, grouped by type, so a new fact is one row.
constexpr std::array<std::pair<const char*, std::optional<std::string> D::*>, 26> kTexts = {{
    {"step", &D::step},
    {"to_step", &D::to_step},
    {"step_agency", &D::step_agency},
    {"from_agency", &D::from_agency},
    {"to_agency", &D::to_agency},
    {"to_role", &D::to_role},
    {"from_assignee", &D::from_assignee},
    {"assignee", &D::assignee},
    {"procedure_code", &D::procedure_code},
    {"channel", &D::channel},
    {"receiving_agency", &D::receiving_agency},
    {"competent_agency", &D::competent_agency},
    {"process_fallback", &D::process_fallback},
    {"reason", &D::reason},
    {"reason_code", &D::reason_code},
    {"approved_by", &D::approved_by},
    {"signed_by", &D::signed_by},
    {"method", &D::method},
    {"tracking_number", &D::tracking_number},
    {"notification", &D::notification},
    {"notice_id", &D::notice_id},
    {"notice_kind", &D::notice_kind},
    {"rating", &D::rating},
    {"erased_scope", &D::erased_scope},
    {"erasure_ground", &D::erasure_ground},
    {"decision", &D::decision},
}};
constexpr std::array<std::pair<const char*, std::optional<TimePoint> D::*>, 9> kTimes = {{
    {"step_due_at", &D::step_due_at},
    {"answer_due_at", &D::answer_due_at},
    {"step_due_before", &D::step_due_before},
    {"due_at", &D::due_at},
    {"previous_due_at", &D::previous_due_at},
    {"original_due_at", &D::original_due_at},
    {"new_due_at", &D::new_due_at},
    {"statutory_due_at", &D::statutory_due_at},
    {"paused_at", &D::paused_at},
}};
constexpr std::array<std::pair<const char*, std::optional<int> D::*>, 7> kInts = {{
    {"procedure_version", &D::procedure_version},
    {"process_version", &D::process_version},
    {"processing_seconds", &D::processing_seconds},
    {"allowed_seconds", &D::allowed_seconds},
    {"uploads", &D::uploads},
    {"uploads_removed", &D::uploads_removed},
    {"texts_erased", &D::texts_erased},
}};
constexpr std::array<std::pair<const char*, std::optional<bool> D::*>, 4> kBools = {{
    {"boundary_free", &D::boundary_free},
    {"late", &D::late},
    {"timely", &D::timely},
    {"stops_clock", &D::stops_clock},
}};
constexpr std::array<std::pair<const char*, std::optional<calendar::Outcome> D::*>, 2> kOutcomes = {
    {
        {"outcome", &D::outcome},
        {"outcome_against_new_appointment", &D::outcome_against_new_appointment},
    }};

const Json* member(const Json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

}  // namespace

std::string details_text(const EventDetails& d) {
  Json j = Json::object();
  for (const auto& [key, m] : kTexts)
    if (d.*m) j[key] = *(d.*m);
  for (const auto& [key, m] : kTimes)
    if (d.*m) j[key] = format_iso(*(d.*m));
  for (const auto& [key, m] : kInts)
    if (d.*m) j[key] = *(d.*m);
  for (const auto& [key, m] : kBools)
    if (d.*m) j[key] = *(d.*m);
  for (const auto& [key, m] : kOutcomes)
    if (d.*m) j[key] = calendar::to_string(*(d.*m));
  if (d.processing_time)
    j["processing_time"] = {{"amount", d.processing_time->amount},
                            {"unit", calendar::to_string(d.processing_time->unit)}};
  if (!d.items.empty()) {
    Json items = Json::array();
    for (const auto& i : d.items) items.push_back({{"content", i.content}, {"reason", i.reason}});
    j["items"] = std::move(items);
  }
  return j.dump();
}

Result<EventDetails> parse_details(std::string_view text) {
  const Json j = Json::parse(text, nullptr, false);
  if (!j.is_object())
    return make_error(ErrorCode::invalid, "event.details", "event details are not a JSON object",
                      "chi tiết sự kiện không phải đối tượng JSON");
  EventDetails d;
  for (const auto& [key, m] : kTexts)
    if (const Json* v = member(j, key); v && v->is_string()) d.*m = v->get<std::string>();
  for (const auto& [key, m] : kTimes)
    if (const Json* v = member(j, key); v && v->is_string())
      d.*m = parse_iso(v->get<std::string>());
  for (const auto& [key, m] : kInts)
    if (const Json* v = member(j, key); v && v->is_number_integer()) d.*m = v->get<int>();
  for (const auto& [key, m] : kBools)
    if (const Json* v = member(j, key); v && v->is_boolean()) d.*m = v->get<bool>();
  for (const auto& [key, m] : kOutcomes)
    if (const Json* v = member(j, key); v && v->is_string())
      d.*m = calendar::parse_outcome(v->get<std::string>());
  if (const Json* v = member(j, "processing_time"); v && v->is_object()) {
    calendar::ProcessingTime t;
    t.amount = v->value("amount", 0.0);
    if (calendar::parse_time_unit(v->value("unit", ""), t.unit)) d.processing_time = t;
  }
  if (const Json* v = member(j, "items"); v && v->is_array())
    for (const auto& i : *v)
      if (i.is_object()) d.items.push_back({i.value("content", ""), i.value("reason", "")});
  return d;
}

}  // namespace motcua::dossier

#include "dossier_json.hpp"

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/history.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "motcua/dossier/personal_data.hpp"

namespace motcua::http {

namespace {
nlohmann::json opt_time(const std::optional<TimePoint>& t) {
  return t ? nlohmann::json(format_iso(*t)) : nlohmann::json(nullptr);
}

nlohmann::json common_fields(const dossier::Dossier& d) {
  // An online submission not (or never) received has no reception time and no appointment;
  // its row keeps the submission time there until acceptance.
  const bool unreceived = d.status == dossier::DossierStatus::submitted ||
                          d.status == dossier::DossierStatus::not_received;
  return {
      {"code", d.code},
      {"procedure_code", d.procedure_code},
      {"procedure_name", d.procedure_name},
      {"status", dossier::to_string(d.status)},
      {"channel", catalog::channel_name(d.channel)},
      {"received_at", unreceived ? nlohmann::json() : nlohmann::json(format_iso(d.received_at))},
      {"submitted_at", unreceived ? nlohmann::json(format_iso(d.received_at)) : nlohmann::json()},
      {"due_at", unreceived ? nlohmann::json() : nlohmann::json(format_iso(d.due_at))},
      {"current_step",
       d.current_step.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.current_step)},
      {"step_due_at", opt_time(d.step_due_at)},
      {"finished_at", opt_time(d.finished_at)},
      {"receiving_agency", d.receiving_agency},
      {"competent_agency", d.competent_agency}};
}
}  // namespace

nlohmann::json applicant_json(const dossier::Applicant& a) {
  return {{"full_name", a.full_name},
          {"id_number", a.id_number},
          {"phone", a.phone},
          {"email", a.email},
          {"address", a.address}};
}

nlohmann::json staff_dossier_json(const dossier::Dossier& d) {
  nlohmann::json j = common_fields(d);
  j["procedure_version"] = d.procedure_version;
  j["process_version"] = d.process_version;
  j["step_agency"] = d.step_agency;
  j["step_role"] = d.step_role;
  j["assignee"] = d.assignee.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.assignee);
  j["received_by"] = d.received_by;
  j["applicant"] = applicant_json(d.applicant);
  nlohmann::json docs = nlohmann::json::array();
  for (const auto& doc : d.documents)
    docs.push_back({{"id", doc.required_id}, {"name", doc.name}, {"copies", doc.copies}});
  j["documents"] = docs;
  j["version"] = d.version;
  return j;
}

nlohmann::json staff_dossier_list_json(const dossier::Dossier& d) {
  nlohmann::json j = staff_dossier_json(d);
  j["applicant"] = applicant_json(dossier::masked(d.applicant));
  return j;
}

nlohmann::json public_dossier_json(const dossier::Dossier& d,
                                   const std::vector<dossier::DossierEvent>& events) {
  nlohmann::json j = common_fields(d);
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& e : events)
    steps.push_back({{"at", format_iso(e.at)},
                     {"action", dossier::to_string(e.kind)},
                     {"status", e.to_status}});
  j["steps"] = steps;
  return j;
}

namespace {
// The pause in force: its listed reason, since when, and whether the clock stands.
nlohmann::json pause_json(const dossier::Dossier& d) {
  if (d.status != dossier::DossierStatus::paused) return nullptr;
  nlohmann::json p = {{"reason_code", d.pause_reason.empty() ? nlohmann::json(nullptr)
                                                             : nlohmann::json(d.pause_reason)},
                      {"paused_at", opt_time(d.paused_at)},
                      {"stops_clock", d.clock_stopped}};
  if (const auto* why = dossier::find_pause_reason(d.pause_reason)) {
    p["label"] = why->label_vi;
    p["waits_for_applicant"] = why->waits_for_applicant;
  }
  return p;
}
}  // namespace

void add_clock(nlohmann::json& j, const dossier::Dossier& d) {
  j["statutory_due_at"] = format_iso(d.statutory_due_at);
  j["outcome"] = d.outcome ? nlohmann::json(calendar::to_string(*d.outcome)) : nlohmann::json();
  j["clock_stopped"] = d.clock_stopped;
  j["pause"] = pause_json(d);
}

Status add_timeliness(nlohmann::json& j, const dossier::Dossier& d,
                      const std::vector<dossier::DossierEvent>& events) {
  add_clock(j, d);
  j["apology"] = nullptr;
  if (!d.apologized_at) return ok_status();
  // What the apology said (Form 04): the appointment it moved, the new one, and whether it
  // came after the due time; as the event recorded it.
  for (const auto& e : events) {
    if (e.kind != dossier::EventKind::apologize) continue;
    const auto details = dossier::parse_details(e.details);
    if (!details.ok())
      return make_error(ErrorCode::internal, "dossier.event_unreadable",
                        "the apology event " + std::to_string(e.seq) + " of " + d.code +
                            " has details that do not parse: " + details.error().message,
                        "không đọc được chi tiết sự kiện xin lỗi của hồ sơ " + d.code);
    j["apology"] = {{"at", format_iso(e.at)},
                    {"original_due_at", opt_time(details->original_due_at)},
                    {"new_due_at", opt_time(details->new_due_at)},
                    {"late", details->late.value_or(false)},
                    {"timely", details->timely.value_or(false)}};
  }
  return ok_status();
}

nlohmann::json event_json(const dossier::DossierEvent& e) {
  auto details = nlohmann::json::parse(e.details, nullptr, false);
  return {{"seq", e.seq},
          {"at", format_iso(e.at)},
          {"actor", e.actor},
          {"action", dossier::to_string(e.kind)},
          {"from_status",
           e.from_status.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.from_status)},
          {"to_status", e.to_status},
          {"details", details.is_discarded() ? nlohmann::json(e.details) : details},
          {"note", e.note},
          // The note and the details' reason and items were erased (dossier/history.hpp).
          {"text_erased", dossier::free_text_erased(e)},
          {"hash", e.hash}};
}

}  // namespace motcua::http

#include "workflow_json.hpp"

#include "json_io.hpp"
#include "motcua/common/time.hpp"

namespace motcua::http {

nlohmann::json process_control_json(const service::ProcessControl& pc) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& h : pc.handoffs) {
    const bool late = h.result == calendar::Outcome::late;
    rows.push_back(
        {{"action", dossier::to_string(h.kind)},
         {"giver_agency", h.giver_agency},
         {"giver_unit", h.giver_unit},
         {"giver_name", h.giver_name},
         {"receiver_unit", h.receiver_unit},
         {"receiver_name", h.receiver_name},
         {"at", format_iso(h.at)},
         {"step_deadline",
          h.step_deadline ? nlohmann::json(format_iso(*h.step_deadline)) : nlohmann::json()},
         {"result", h.result ? calendar::to_string(*h.result) : std::string_view("pending")},
         {"responsible_agency", late ? nlohmann::json(h.giver_agency) : nlohmann::json()}});
  }
  return {{"code", pc.code},
          {"received_at", format_iso(pc.received_at)},
          {"due_at", format_iso(pc.due_at)},
          {"lead_agency", pc.lead_agency},
          {"handoffs", std::move(rows)}};
}

nlohmann::json apology_report_json(const service::ApologyReport& report) {
  nlohmann::json missing = nlohmann::json::array();
  for (const auto& r : report.without_apology)
    missing.push_back({{"code", r.code},
                       {"status", r.status},
                       {"due_at", r.due_at},
                       {"statutory_due_at", r.statutory_due_at},
                       {"overdue_minutes", r.overdue_minutes}});
  nlohmann::json body = {{"agency_code", report.agency_code},
                         {"without_apology", std::move(missing)},
                         {"limit", report.limit},
                         {"next_cursor", next_cursor_json(report.next)}};
  if (report.counts) {
    body["counted_from"] = report.counts->from;
    body["counted_to"] = report.counts->to;
    body["late"] = report.counts->late;
    body["with_apology"] = report.counts->with_apology;
    body["coverage"] = report.counts->coverage;
  }
  return body;
}

// An opinion asked of another agency, as the queue and the report show it.
nlohmann::json consultation_json(const store::ConsultationRow& c, bool late) {
  const bool answered = c.closed_kind && *c.closed_kind == "forward";
  return {{"id", c.id},
          {"dossier_code", c.dossier_code},
          {"receiving_agency", c.receiving_agency},
          {"asking_agency", c.asking_agency},
          {"consulted_agency", c.consulted_agency},
          {"consulted_role", c.consulted_role},
          {"asked_by", c.asked_by},
          {"asked_at", c.asked_at},
          {"due_at", c.due_at},
          {"answered", answered},
          {"answered_at", answered ? nlohmann::json(*c.closed_at) : nlohmann::json(nullptr)},
          {"answered_by",
           answered && c.answered_by ? nlohmann::json(*c.answered_by) : nlohmann::json(nullptr)},
          {"closed_by", c.closed_kind ? nlohmann::json(*c.closed_kind) : nlohmann::json(nullptr)},
          {"late", late}};
}

nlohmann::json late_consultations_json(const service::LateConsultationReport& report, int limit) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : report.items) {
    nlohmann::json j = consultation_json(item.row, true);
    j["late_minutes"] = item.late_minutes;
    items.push_back(std::move(j));
  }
  return {{"agency_code", report.agency_code},
          {"from", report.from},
          {"to", report.to},
          {"items", items},
          {"limit", limit},
          {"next_cursor", next_cursor_json(report.next)}};
}

}  // namespace motcua::http

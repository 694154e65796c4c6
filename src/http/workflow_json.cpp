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

}  // namespace motcua::http

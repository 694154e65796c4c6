#pragma once
// The JSON answers of the officers' reports: Form 06 as data and the apology report.
#include <nlohmann/json.hpp>

#include "motcua/service/workflow_service.hpp"

namespace motcua::http {

// {"code", "received_at", "due_at", "lead_agency", "handoffs": [{"action", "giver_agency",
//  "giver_unit", "giver_name", "receiver_unit", "receiver_name", "at", "step_deadline",
//  "result" (early | on_time | late | pending), "responsible_agency" (when late)}]}
nlohmann::json process_control_json(const service::ProcessControl& pc);
// {"agency_code", "without_apology": [{"code", "status", "due_at", "statutory_due_at",
//  "overdue_minutes"}], "limit", "next_cursor"} and, on the first page, "counted_from",
// "counted_to", "late", "with_apology", "coverage".
nlohmann::json apology_report_json(const service::ApologyReport& report);
// An opinion asked of another agency (Art. 19(5)): {"id", "dossier_code", "receiving_agency",
// "asking_agency", "consulted_agency", "consulted_role", "asked_by", "asked_at", "due_at",
// "answered", "answered_at", "answered_by", "closed_by", "late"}.
nlohmann::json consultation_json(const store::ConsultationRow& c, bool late);
// {"agency_code", "from", "to", "items": [consultation + "late_minutes"], "limit",
//  "next_cursor"}.
nlohmann::json late_consultations_json(const service::LateConsultationReport& report, int limit);

}  // namespace motcua::http

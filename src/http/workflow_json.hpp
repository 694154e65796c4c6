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

}  // namespace motcua::http

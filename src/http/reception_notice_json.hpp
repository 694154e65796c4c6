#pragma once
// The JSON of reception notices (POST /api/v1/reception-notices and the list).
#include <nlohmann/json.hpp>

#include "motcua/dossier/reception_notice.hpp"
#include "motcua/service/reception_notice_service.hpp"

namespace motcua::http {

// Reads {kind, procedure_code, channel, applicant{full_name, phone, id_number?, email?,
// address?}, items[{content, reason?}] (supplement) | reason (refusal), contact_phone?,
// agency_code?}; the error names the first bad field.
Result<dossier::ReceptionNoticeRequest> reception_notice_request_from_json(
    const nlohmann::json& body);

// A notice as staff see it, with its pdf_url.
nlohmann::json reception_notice_json(const service::IssuedNotice& issued);
// The same for a row of the list: the applicant's personal data masked (dossier::masked).
nlohmann::json reception_notice_list_json(const service::IssuedNotice& issued);

}  // namespace motcua::http

#pragma once
#include <nlohmann/json.hpp>

#include "motcua/dossier/reception.hpp"

namespace motcua::http {

// The body's "applicant" object: full_name and phone, and id_number unless it is optional
// (then checked only when given), email and address. The error names the field
// ("applicant.phone").
Result<dossier::Applicant> applicant_from_json(const nlohmann::json& body, bool id_number_required);
// The body's "channel": counter (when absent), online or postal.
Result<catalog::Channel> channel_from_json(const nlohmann::json& body);

// Reads the body of POST /api/v1/dossiers; the error names the first bad field.
Result<dossier::ReceptionRequest> reception_request_from_json(const nlohmann::json& body);

}  // namespace motcua::http

#pragma once
#include <nlohmann/json.hpp>

#include "motcua/dossier/reception.hpp"

namespace motcua::http {

// Reads the body of POST /api/v1/dossiers; the error names the first bad field.
Result<dossier::ReceptionRequest> reception_request_from_json(const nlohmann::json& body);

}  // namespace motcua::http

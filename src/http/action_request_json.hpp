#pragma once
#include <nlohmann/json.hpp>
#include <utility>

#include "motcua/dossier/rules.hpp"

namespace motcua::http {

// Reads the body of POST /api/v1/dossiers/{code}/actions: the action and its parameters
// ("reason", "note", "assignee", "agency_code", "role", "hours", "step", "new_due_at",
// "items", "method", "tracking_number"). Judging them is the rules' work (dossier/rules.hpp);
// this only checks their types, naming the field.
Result<std::pair<dossier::Action, dossier::ActionInput>> action_request_from_json(
    const nlohmann::json& body);

}  // namespace motcua::http

#pragma once
// The project's own import/export format for procedures (data/embed/demo/procedures.json,
// `motcua catalog convert`): one JSON object per procedure, snake_case keys named after the
// Procedure members, enums by their catalog_names.hpp names, time units by
// calendar::to_string. to_json → procedure_from_json gives back an equal Procedure.
#include <nlohmann/json.hpp>

#include "motcua/catalog/procedure.hpp"
#include "motcua/common/result.hpp"

namespace motcua::catalog {

nlohmann::json to_json(const Procedure& procedure);

// Reads one object written by to_json. "code" and "name" are required; any other key may be
// missing (its default is used). The error names the offending key, e.g. "channels[1].time".
Result<Procedure> procedure_from_json(const nlohmann::json& json);

// Reads a JSON array of procedure objects; stops at the first bad element.
Result<std::vector<Procedure>> procedures_from_json(const nlohmann::json& json);

bool operator==(const RequiredDocument& a, const RequiredDocument& b);
bool operator==(const ChannelTerm& a, const ChannelTerm& b);
bool operator==(const Procedure& a, const Procedure& b);

}  // namespace motcua::catalog

#pragma once
// Reading the Ministry of Defence's itemised procedure records
// (../shared/data/tthc/defence_structured/<code>.json: metadata, content and clean tables).
#include <string_view>

#include "motcua/catalog/portal_record.hpp"

namespace motcua::catalog {

// Same contract as parse_portal_record: normalised text, warnings for guesses, an error only
// for unusable records (not JSON, no code, no name).
Result<ParsedProcedure> parse_defence_record(std::string_view json_text);

// Either format, told apart by shape: a portal record has "ma_thu_tuc", a defence record has
// "metadata" and "tables".
Result<ParsedProcedure> parse_procedure_record(std::string_view json_text);

}  // namespace motcua::catalog

#pragma once
// Reading the National Public Service Portal's procedure records
// (../shared/data/tthc/portal_records/<ministry>/<code>.json) into catalogue Procedures.
#include <string>
#include <string_view>
#include <vector>

#include "motcua/catalog/procedure.hpp"
#include "motcua/common/result.hpp"

namespace motcua::catalog {

struct ParsedProcedure {
  Procedure procedure;
  // What the parser had to guess or leave out, one line each, "kind: detail" where kind is a
  // stable key such as "time.no_unit", "time.missing", "fee.implausible_vnd",
  // "documents.none_mandatory", "level.unknown". An import reports them, never hides them.
  std::vector<std::string> warnings;
};

// Parses one portal record. Text is normalised to NFC with no-break spaces replaced, and
// "Không có thông tin" (no information) becomes empty. Fails (ErrorCode::invalid, the message
// saying why) only when the record cannot be used: not JSON, not an object, no code or no name.
// Channels, documents and legal basis follow the rules in src/catalog/portal_*.cpp; document
// ids are 1..n in record order so that a re-import keeps them.
Result<ParsedProcedure> parse_portal_record(std::string_view json_text);

}  // namespace motcua::catalog

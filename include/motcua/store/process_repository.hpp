#pragma once
// Process definitions in the database (migration 0005): versions are appended, never changed.
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/process_definition.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct StoredProcess {
  dossier::ProcessDefinition definition;  // carries procedure_code, channel and version
  std::string created_at;
  std::string created_by;
};

// The newest version stored for exactly this channel ("any" is a channel of its own here).
Result<std::optional<StoredProcess>> latest_process(SqlConnection& c,
                                                    const std::string& procedure_code,
                                                    const std::string& channel);
// The definition in force for a dossier of `channel` received now: the newest version for the
// channel, else the newest for "any"; nothing when the procedure has none (built-in default).
Result<std::optional<StoredProcess>> process_in_force(SqlConnection& c,
                                                      const std::string& procedure_code,
                                                      const std::string& channel);
Result<std::optional<StoredProcess>> find_process_version(SqlConnection& c,
                                                          const std::string& procedure_code,
                                                          int version);
// The procedure's stored versions, oldest first, a page at a time.
Result<std::vector<StoredProcess>> process_versions(SqlConnection& c,
                                                    const std::string& procedure_code, int limit,
                                                    int offset);
// Appends `def` as the procedure's next version and returns that number. Run inside
// Database::write: the single writer makes the numbering safe, and the UNIQUE key refuses a
// concurrent node's duplicate on PostgreSQL.
Result<int> insert_process(SqlConnection& c, const dossier::ProcessDefinition& def,
                           const std::string& created_at, const std::string& created_by);

}  // namespace motcua::store

#pragma once
// The officers' work queue: open dossiers waiting at an agency (and role), by step due time.
#include <string>
#include <vector>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// Codes of the open dossiers whose step is at `agency_code` and, unless `role` is empty, for
// `role`; earliest step due time first (those without one last), then by code.
Result<std::vector<std::string>> queue_codes(SqlConnection& c, const std::string& agency_code,
                                             const std::string& role, int limit, int offset);

struct LateDossierRow {
  std::string code;
  std::string due_at;
  int apologies = 0;
};
// Dossiers of an agency (received or handled there) that are late at `now_iso` or were
// finished late, plus every dossier with an apology, earliest due first.
Result<std::vector<LateDossierRow>> late_dossiers(SqlConnection& c, const std::string& agency_code,
                                                  const std::string& now_iso, int limit);

}  // namespace motcua::store

#pragma once
// Each province's list of procedures received regardless of administrative boundaries
// (Decree 118/2025; migration 0017) and the append-only history of every change to it
// (boundary_free_edits). Each writing function appends its history row in the caller's
// transaction.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct BoundaryFreeEntry {
  std::string province_code;
  std::string procedure_code;
  std::string procedure_name;  // from the catalogue (empty when it is not there)
  std::string basis;
  int version = 0;
  std::string updated_by;
  TimePoint updated_at{};
};

struct BoundaryFreeEdit {
  std::string province_code;
  std::string procedure_code;
  int version = 0;
  std::string action;  // seed | put | delete
  std::optional<std::string> old_body;
  std::optional<std::string> new_body;
  std::string edited_by;
  TimePoint edited_at{};
};

// The province's entries by procedure code, after `after_code` (from the start when empty).
Result<std::vector<BoundaryFreeEntry>> boundary_free_page(SqlConnection& c,
                                                          const std::string& province_code,
                                                          const std::string& after_code, int limit);
Result<std::optional<BoundaryFreeEntry>> find_boundary_free(SqlConnection& c,
                                                            const std::string& province_code,
                                                            const std::string& procedure_code);
// Adds or replaces an entry and records the edit (`action` "put" or "seed").
Result<BoundaryFreeEntry> put_boundary_free(SqlConnection& c, const std::string& province_code,
                                            const std::string& procedure_code,
                                            const std::string& basis, const std::string& action,
                                            const std::string& by, TimePoint at);
// Removes an entry and records the edit; false when there was none (nothing recorded then).
Result<bool> delete_boundary_free(SqlConnection& c, const std::string& province_code,
                                  const std::string& procedure_code, const std::string& by,
                                  TimePoint at);
// Whether the entry was ever edited (seeded, put or removed): a shipped entry is seeded only
// into a list that never had it, so a removal by an admin stays removed.
Result<bool> boundary_free_ever_edited(SqlConnection& c, const std::string& province_code,
                                       const std::string& procedure_code);
// A page of one entry's history, oldest first.
Result<std::vector<BoundaryFreeEdit>> boundary_free_edits(SqlConnection& c,
                                                          const std::string& province_code,
                                                          const std::string& procedure_code,
                                                          int limit, int offset);

}  // namespace motcua::store

#pragma once
// Agencies, administrative units and procedures in the database.
#include <optional>
#include <string>
#include <vector>

#include "motcua/catalog/agency.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

Status upsert_agency(SqlConnection& c, const catalog::Agency& a);
// Inside the writer's transaction: one catalogue import at a time across nodes (two started
// together with --demo, an import from the CLI beside a running server). Each import looks a
// row up, then inserts or updates it, and two importers would both insert it.
inline Status lock_catalog_import(SqlConnection& c) {
  return c.lock_until_commit("catalog import");
}
Result<std::optional<catalog::Agency>> find_agency(SqlConnection& c, const std::string& code);
Result<std::vector<catalog::Agency>> child_agencies(SqlConnection& c, const std::string& code);
Result<std::vector<catalog::Agency>> all_agencies(SqlConnection& c);
// The agency `code` and its ancestors, nearest first (the agency itself, its parent, …, the
// root). Empty when no agency has that code. A parent_code naming no agency ends the walk there.
// A cycle of parents, or a tree deeper than kMaxAgencyDepth, is broken data: internal error
// (key "agency.cycle"), never an endless walk.
Result<std::vector<catalog::Agency>> agency_ancestors(SqlConnection& c, const std::string& code);
// Agency trees are a few levels deep (province → department → office); more means broken data.
inline constexpr size_t kMaxAgencyDepth = 32;

struct AdminUnitRow {
  std::string code, name, full_name, kind, parent_code;
};
Status upsert_admin_unit(SqlConnection& c, const AdminUnitRow& u);
Result<std::int64_t> count_admin_units(SqlConnection& c, const std::string& kind);

// A procedure as stored: its summary columns and its whole body in the project's JSON format.
struct StoredProcedure {
  std::string code;
  int version = 0;
  std::string body;
};

enum class UpsertOutcome { inserted, updated, unchanged };

// Inserts or updates a procedure. A changed body becomes a new version; earlier versions stay
// in procedure_versions, since dossiers keep the version they were received under.
Result<UpsertOutcome> upsert_procedure(SqlConnection& c, const std::string& code,
                                       const std::string& name, const std::string& name_folded,
                                       const std::string& field, const std::string& levels_json,
                                       const std::string& status, const std::string& body,
                                       TimePoint now);
Result<std::optional<StoredProcedure>> find_procedure(SqlConnection& c, const std::string& code);
Result<std::optional<StoredProcedure>> find_procedure_version(SqlConnection& c,
                                                              const std::string& code, int version);
Result<std::vector<StoredProcedure>> all_procedures(SqlConnection& c);
// The catalogue's generation: one more after every procedure change (migration 0027).
Result<std::int64_t> catalog_generation(SqlConnection& c);

}  // namespace motcua::store

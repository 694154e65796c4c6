#include "motcua/store/catalog_repository.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {
constexpr const char* kAgencyColumns =
    "SELECT code, name, kind, parent_code, admin_unit_code, fields FROM agencies ";

catalog::Agency agency_from_row(const SqlRow& r) {
  catalog::Agency a;
  a.code = r.text(0);
  a.name = r.text(1);
  catalog::parse_agency_kind(r.text(2), a.kind);
  a.parent_code = r.text(3);
  a.admin_unit_code = r.text(4);
  auto fields = nlohmann::json::parse(r.text(5), nullptr, false);
  if (fields.is_array())
    for (const auto& f : fields)
      if (f.is_string()) a.fields.push_back(f.get<std::string>());
  return a;
}

Result<std::vector<catalog::Agency>> agencies_where(SqlConnection& c, const std::string& where,
                                                    std::vector<SqlValue> params) {
  auto rows = c.query(std::string(kAgencyColumns) + where, params);
  if (!rows.ok()) return rows.error();
  std::vector<catalog::Agency> out;
  for (const auto& r : *rows) out.push_back(agency_from_row(r));
  return out;
}

Result<std::optional<StoredProcedure>> first_procedure(Result<SqlRows> rows) {
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredProcedure>{};
  const auto& r = rows->front();
  return std::optional<StoredProcedure>{StoredProcedure{r.text(0), int(r.integer(1)), r.text(2)}};
}

// Asks for the statistics' rebuild (stats_service ensure_built) when `changed`, a query over
// $1 and $2, finds a row and counters exist: their subtree rows (migrations 0024, 0025) were
// summed along the agency tree and by the procedures' fields as they stood.
Status ask_rebuild_if(SqlConnection& c, const std::string& changed, const std::string& code,
                      const std::string& value) {
  auto found = c.query(changed +
                           " AND EXISTS (SELECT 1 FROM stat_totals UNION ALL SELECT 1 FROM "
                           "stat_days)",
                       {code, value});
  if (!found.ok()) return found.error();
  if (found->empty()) return ok_status();
  auto marked = c.query(
      "INSERT INTO stat_meta (name, value) VALUES ('needs_rebuild', '1') ON CONFLICT (name) DO "
      "UPDATE SET value = '1'");
  return marked.ok() ? ok_status() : Status(marked.error());
}
}  // namespace

Status upsert_agency(SqlConnection& c, const catalog::Agency& a) {
  MOTCUA_TRY(ask_rebuild_if(
      c, "SELECT 1 FROM agencies WHERE code = $1 AND COALESCE(parent_code, '') <> $2", a.code,
      a.parent_code));
  auto r = c.query(
      "INSERT INTO agencies (code, name, kind, parent_code, admin_unit_code, fields) "
      "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
      "kind = excluded.kind, parent_code = excluded.parent_code, "
      "admin_unit_code = excluded.admin_unit_code, fields = excluded.fields",
      {a.code, a.name, std::string(to_string(a.kind)),
       a.parent_code.empty() ? SqlValue{nullptr} : SqlValue{a.parent_code}, a.admin_unit_code,
       nlohmann::json(a.fields).dump()});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<catalog::Agency>> find_agency(SqlConnection& c, const std::string& code) {
  auto list = agencies_where(c, "WHERE code = $1", {code});
  if (!list.ok()) return list.error();
  if (list->empty()) return std::optional<catalog::Agency>{};
  return std::optional<catalog::Agency>{list->front()};
}

Result<std::vector<catalog::Agency>> child_agencies(SqlConnection& c, const std::string& code) {
  return agencies_where(c, "WHERE parent_code = $1 ORDER BY code", {code});
}

Result<std::vector<catalog::Agency>> all_agencies(SqlConnection& c) {
  return agencies_where(c, "ORDER BY code", {});
}

Result<std::vector<catalog::Agency>> agency_ancestors(SqlConnection& c, const std::string& code) {
  std::vector<catalog::Agency> chain;
  std::set<std::string> seen;
  for (std::string at = code; !at.empty();) {
    // A parent seen before (or a chain longer than any real tree) would loop forever.
    if (!seen.insert(at).second || chain.size() >= kMaxAgencyDepth)
      return make_error(ErrorCode::internal, "agency.cycle",
                        "the parents of agency " + code + " form a cycle at " + at + " or exceed " +
                            std::to_string(kMaxAgencyDepth) + " levels",
                        "dữ liệu cơ quan cấp trên của " + code + " bị lặp vòng tại " + at);
    auto found = find_agency(c, at);
    if (!found.ok()) return found.error();
    if (!found->has_value()) break;
    at = (*found)->parent_code;
    chain.push_back(std::move(**found));
  }
  return chain;
}

Status upsert_admin_unit(SqlConnection& c, const AdminUnitRow& u) {
  auto r = c.query(
      "INSERT INTO admin_units (code, name, full_name, kind, parent_code) VALUES ($1, $2, $3, $4, "
      "$5) ON CONFLICT (code) DO UPDATE SET name = excluded.name, full_name = "
      "excluded.full_name, kind = excluded.kind, parent_code = excluded.parent_code",
      {u.code, u.name, u.full_name, u.kind,
       u.parent_code.empty() ? SqlValue{nullptr} : SqlValue{u.parent_code}});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::int64_t> count_admin_units(SqlConnection& c, const std::string& kind) {
  auto r = c.query("SELECT COUNT(*) FROM admin_units WHERE kind = $1", {kind});
  if (!r.ok()) return r.error();
  return r->front().integer(0);
}

Result<UpsertOutcome> upsert_procedure(SqlConnection& c, const std::string& code,
                                       const std::string& name, const std::string& name_folded,
                                       const std::string& field, const std::string& levels_json,
                                       const std::string& status, const std::string& body,
                                       TimePoint now) {
  auto current = find_procedure(c, code);
  if (!current.ok()) return current.error();
  const std::string at = format_iso(now);
  if (current->has_value() && (*current)->body == body) return UpsertOutcome::unchanged;
  MOTCUA_TRY(ask_rebuild_if(
      c, "SELECT 1 FROM procedures WHERE code = $1 AND COALESCE(field, '') <> $2", code, field));
  const int version = current->has_value() ? (*current)->version + 1 : 1;
  auto v = c.query(
      "INSERT INTO procedure_versions (code, version, body, created_at) VALUES ($1, $2, $3, $4)",
      {code, std::int64_t(version), body, at});
  if (!v.ok()) return v.error();
  auto r = c.query(
      "INSERT INTO procedures (code, name, name_folded, field, levels, status, version, body, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO UPDATE SET "
      "name = excluded.name, name_folded = excluded.name_folded, field = excluded.field, "
      "levels = excluded.levels, status = excluded.status, version = excluded.version, "
      "body = excluded.body, updated_at = excluded.updated_at",
      {code, name, name_folded, field, levels_json, status, std::int64_t(version), body, at});
  if (!r.ok()) return r.error();
  auto g = c.query("UPDATE catalog_generation SET generation = generation + 1 WHERE id = 1");
  if (!g.ok()) return g.error();
  return current->has_value() ? UpsertOutcome::updated : UpsertOutcome::inserted;
}

Result<std::int64_t> catalog_generation(SqlConnection& c) {
  auto r = c.query("SELECT generation FROM catalog_generation WHERE id = 1");
  if (!r.ok()) return r.error();
  if (r->empty())
    return make_error(ErrorCode::internal, "catalog.generation_missing",
                      "catalog_generation has no row", "thiếu thế hệ của danh mục thủ tục");
  return r->front().integer(0);
}

Result<std::optional<StoredProcedure>> find_procedure(SqlConnection& c, const std::string& code) {
  return first_procedure(
      c.query("SELECT code, version, body FROM procedures WHERE code = $1", {code}));
}

Result<std::optional<StoredProcedure>> find_procedure_version(SqlConnection& c,
                                                              const std::string& code,
                                                              int version) {
  return first_procedure(
      c.query("SELECT code, version, body FROM procedure_versions WHERE code = $1 AND version = $2",
              {code, std::int64_t(version)}));
}

Result<std::vector<StoredProcedure>> all_procedures(SqlConnection& c) {
  auto rows = c.query("SELECT code, version, body FROM procedures ORDER BY code");
  if (!rows.ok()) return rows.error();
  std::vector<StoredProcedure> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back({r.text(0), int(r.integer(1)), r.text(2)});
  return out;
}

}  // namespace motcua::store

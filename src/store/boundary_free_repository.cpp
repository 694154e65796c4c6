#include "motcua/store/boundary_free_repository.hpp"

#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

constexpr const char* kColumns =
    "SELECT b.province_code, b.procedure_code, COALESCE(p.name, ''), b.basis, b.version, "
    "b.updated_by, b.updated_at FROM boundary_free_procedures b "
    "LEFT JOIN procedures p ON p.code = b.procedure_code ";

TimePoint time_of(const SqlRow& r, size_t i) {
  auto t = parse_iso(r.text(i));
  return t ? *t : TimePoint{};
}

BoundaryFreeEntry entry_from_row(const SqlRow& r) {
  return BoundaryFreeEntry{r.text(0),         r.text(1), r.text(2),    r.text(3),
                           int(r.integer(4)), r.text(5), time_of(r, 6)};
}

std::string body_of(const std::string& basis) { return nlohmann::json{{"basis", basis}}.dump(); }

Result<int> append_edit(SqlConnection& c, const std::string& province, const std::string& code,
                        const std::string& action, const std::optional<std::string>& old_body,
                        const std::optional<std::string>& new_body, const std::string& by,
                        TimePoint at) {
  auto last = c.query(
      "SELECT COALESCE(MAX(version), 0) FROM boundary_free_edits WHERE province_code = $1 AND "
      "procedure_code = $2",
      {province, code});
  if (!last.ok()) return last.error();
  const int version = last->empty() ? 1 : int(last->front().integer(0)) + 1;
  auto r = c.query(
      "INSERT INTO boundary_free_edits (province_code, procedure_code, version, action, "
      "old_body, new_body, edited_by, edited_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {province, code, std::int64_t(version), action, sql_opt_text(old_body),
       sql_opt_text(new_body), by, format_iso(at)});
  if (!r.ok()) return r.error();
  return version;
}

}  // namespace

Result<std::vector<BoundaryFreeEntry>> boundary_free_page(SqlConnection& c,
                                                          const std::string& province_code,
                                                          const std::string& after_code,
                                                          int limit) {
  auto rows = c.query(std::string(kColumns) +
                          "WHERE b.province_code = $1 AND b.procedure_code > $2 "
                          "ORDER BY b.procedure_code LIMIT $3",
                      {province_code, after_code, std::int64_t(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<BoundaryFreeEntry> out;
  for (const auto& r : *rows) out.push_back(entry_from_row(r));
  return out;
}

Result<std::optional<BoundaryFreeEntry>> find_boundary_free(SqlConnection& c,
                                                            const std::string& province_code,
                                                            const std::string& procedure_code) {
  auto rows =
      c.query(std::string(kColumns) + "WHERE b.province_code = $1 AND b.procedure_code = $2",
              {province_code, procedure_code});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<BoundaryFreeEntry>{};
  return std::optional<BoundaryFreeEntry>{entry_from_row(rows->front())};
}

Result<BoundaryFreeEntry> put_boundary_free(SqlConnection& c, const std::string& province_code,
                                            const std::string& procedure_code,
                                            const std::string& basis, const std::string& action,
                                            const std::string& by, TimePoint at) {
  auto old = find_boundary_free(c, province_code, procedure_code);
  if (!old.ok()) return old.error();
  const std::optional<std::string> old_body =
      old->has_value() ? std::optional<std::string>(body_of((*old)->basis)) : std::nullopt;
  auto version =
      append_edit(c, province_code, procedure_code, action, old_body, body_of(basis), by, at);
  if (!version.ok()) return version.error();
  auto r = c.query(
      "INSERT INTO boundary_free_procedures (province_code, procedure_code, basis, version, "
      "updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) "
      "ON CONFLICT (province_code, procedure_code) DO UPDATE SET basis = excluded.basis, "
      "version = excluded.version, updated_by = excluded.updated_by, "
      "updated_at = excluded.updated_at",
      {province_code, procedure_code, basis, std::int64_t(*version), by, format_iso(at)});
  if (!r.ok()) return r.error();
  auto stored = find_boundary_free(c, province_code, procedure_code);
  if (!stored.ok()) return stored.error();
  return **stored;
}

Result<bool> delete_boundary_free(SqlConnection& c, const std::string& province_code,
                                  const std::string& procedure_code, const std::string& by,
                                  TimePoint at) {
  auto old = find_boundary_free(c, province_code, procedure_code);
  if (!old.ok()) return old.error();
  if (!old->has_value()) return false;
  auto version = append_edit(c, province_code, procedure_code, "delete", body_of((*old)->basis),
                             std::nullopt, by, at);
  if (!version.ok()) return version.error();
  auto r = c.query(
      "DELETE FROM boundary_free_procedures WHERE province_code = $1 AND procedure_code = $2",
      {province_code, procedure_code});
  if (!r.ok()) return r.error();
  return true;
}

Result<bool> boundary_free_ever_edited(SqlConnection& c, const std::string& province_code,
                                       const std::string& procedure_code) {
  auto r = c.query(
      "SELECT 1 FROM boundary_free_edits WHERE province_code = $1 AND procedure_code = $2 "
      "LIMIT 1",
      {province_code, procedure_code});
  if (!r.ok()) return r.error();
  return !r->empty();
}

Result<std::vector<BoundaryFreeEdit>> boundary_free_edits(SqlConnection& c,
                                                          const std::string& province_code,
                                                          const std::string& procedure_code,
                                                          int limit, int offset) {
  auto rows = c.query(
      "SELECT province_code, procedure_code, version, action, old_body, new_body, edited_by, "
      "edited_at FROM boundary_free_edits WHERE province_code = $1 AND procedure_code = $2 "
      "ORDER BY version LIMIT $3 OFFSET $4",
      {province_code, procedure_code, std::int64_t(limit), std::int64_t(offset)});
  if (!rows.ok()) return rows.error();
  std::vector<BoundaryFreeEdit> out;
  for (const auto& r : *rows)
    out.push_back({r.text(0), r.text(1), int(r.integer(2)), r.text(3), r.optional_text(4),
                   r.optional_text(5), r.text(6), time_of(r, 7)});
  return out;
}

}  // namespace motcua::store

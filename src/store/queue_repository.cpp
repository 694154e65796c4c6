#include "motcua/store/queue_repository.hpp"

namespace motcua::store {

Result<std::vector<std::string>> queue_codes(SqlConnection& c, const std::string& agency_code,
                                             const std::string& role, int limit, int offset) {
  // Times are stored as ISO text with the same +07:00 offset, so text order is time order.
  auto rows = c.query(
      "SELECT code FROM dossiers WHERE step_agency = $1 AND ($2 = '' OR step_role = $2) "
      "AND status NOT IN ('returned', 'refused', 'withdrawn') "
      "ORDER BY CASE WHEN step_due_at IS NULL THEN 1 ELSE 0 END, step_due_at, code "
      "LIMIT $3 OFFSET $4",
      {agency_code, role, std::int64_t(limit), std::int64_t(offset)});
  if (!rows.ok()) return rows.error();
  std::vector<std::string> codes;
  codes.reserve(rows->size());
  for (const auto& r : *rows) codes.push_back(r.text(0));
  return codes;
}

Result<std::vector<LateDossierRow>> late_dossiers(SqlConnection& c, const std::string& agency_code,
                                                  const std::string& now_iso, int limit) {
  auto rows = c.query(
      "SELECT d.code, d.due_at, (SELECT COUNT(*) FROM dossier_events e WHERE "
      "e.dossier_code = d.code AND e.action = 'apologize') FROM dossiers d "
      "WHERE (d.competent_agency = $1 OR d.receiving_agency = $1) AND ("
      "EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_code = d.code "
      "AND e.action = 'apologize') "
      "OR (d.finished_at IS NULL AND d.status NOT IN ('returned', 'refused', 'withdrawn') "
      "AND d.due_at < $2) OR (d.finished_at IS NOT NULL AND d.finished_at > d.due_at)) "
      "ORDER BY d.due_at, d.code LIMIT $3",
      {agency_code, now_iso, std::int64_t(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<LateDossierRow> out;
  for (const auto& r : *rows) out.push_back({r.text(0), r.text(1), static_cast<int>(r.integer(2))});
  return out;
}

}  // namespace motcua::store

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

}  // namespace motcua::store

#include "motcua/store/retention_repository.hpp"

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

constexpr const char* kRetentionColumns = "procedure_code, version, years, basis, set_by, set_at";

RetentionPeriod period_from(const SqlRow& r) {
  RetentionPeriod p;
  p.procedure_code = r.text(0);
  p.version = static_cast<int>(r.integer(1));
  if (!r.is_null(2)) p.years = static_cast<int>(r.integer(2));
  p.basis = r.text(3);
  p.set_by = r.text(4);
  const auto at = parse_iso(r.text(5));
  if (!at) throw std::logic_error("retention_periods.set_at is not a time: " + r.text(5));
  p.set_at = *at;
  return p;
}

// Each code's highest version.
const std::string kInForce = std::string("SELECT ") + kRetentionColumns +
                             " FROM retention_periods r WHERE version = (SELECT MAX(version) "
                             "FROM retention_periods WHERE procedure_code = r.procedure_code)";

}  // namespace

Result<RetentionPeriod> set_retention_period(SqlConnection& c, RetentionPeriod p) {
  auto last =
      c.query("SELECT COALESCE(MAX(version), 0) FROM retention_periods WHERE procedure_code = $1",
              {p.procedure_code});
  if (!last.ok()) return last.error();
  p.version = static_cast<int>((*last)[0].integer(0)) + 1;
  auto r = c.query(
      "INSERT INTO retention_periods (procedure_code, version, years, basis, set_by, set_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {p.procedure_code, std::int64_t(p.version),
       p.years ? SqlValue(std::int64_t(*p.years)) : SqlValue(nullptr), p.basis, p.set_by,
       format_iso(p.set_at)});
  if (!r.ok()) return r.error();
  return p;
}

Result<std::vector<RetentionPeriod>> retention_periods_in_force(SqlConnection& c) {
  auto rows = c.query(kInForce + " ORDER BY procedure_code");
  if (!rows.ok()) return rows.error();
  std::vector<RetentionPeriod> out;
  for (const auto& r : *rows) out.push_back(period_from(r));
  return out;
}

Result<std::optional<RetentionPeriod>> retention_period_for(SqlConnection& c,
                                                            const std::string& procedure_code) {
  // The procedure's own row sorts before '*' when it has one.
  auto rows = c.query(kInForce +
                          " AND procedure_code IN ($1, $2) ORDER BY procedure_code = $2, "
                          "procedure_code LIMIT 1",
                      {procedure_code, std::string(kEveryProcedure)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<RetentionPeriod>{};
  return std::optional<RetentionPeriod>{period_from((*rows)[0])};
}

}  // namespace motcua::store

#include "late_dossiers.hpp"
#include "motcua/common/dates.hpp"
#include "motcua/common/time.hpp"
#include "motcua/store/queue_repository.hpp"

namespace motcua::store {

namespace {

// The agency's late dossiers whose statutory appointment lies in [$3, $2), without and with
// an apology: competent for them, or received for another agency. Each subquery repeats a
// partial index's condition of migration 0010 word for word, so it counts index entries.
constexpr const char* kExactCounts =
    "SELECT (SELECT COUNT(*) FROM dossiers WHERE " MOTCUA_COMPETENT
    "AND statutory_due_at >= $3 AND apologized_at IS NULL AND " MOTCUA_LATE
    ") + (SELECT COUNT(*) FROM dossiers WHERE " MOTCUA_RECEIVED
    "AND statutory_due_at >= $3 AND apologized_at IS NULL AND " MOTCUA_LATE
    "), (SELECT COUNT(*) FROM dossiers WHERE " MOTCUA_COMPETENT
    "AND statutory_due_at >= $3 AND apologized_at IS NOT NULL AND " MOTCUA_LATE
    ") + (SELECT COUNT(*) FROM dossiers WHERE " MOTCUA_RECEIVED
    "AND statutory_due_at >= $3 AND apologized_at IS NOT NULL AND " MOTCUA_LATE ")";

// The same dossiers as late_tally holds them, for a dossier `code`: its competent agency's
// row and, received for another agency, the receiving agency's.
constexpr const char* kTallyOne =
    "INSERT INTO late_tally (agency_code, side, apologized, due_day, dossiers) "
    "SELECT agency, side, apologized, due_day, CAST($2 AS INTEGER) FROM ("
    "SELECT competent_agency AS agency, 'competent' AS side, CASE WHEN apologized_at IS NULL "
    "THEN 0 ELSE 1 END AS apologized, substr(statutory_due_at, 1, 10) AS due_day FROM dossiers "
    "WHERE code = $1 AND statutory_due_at IS NOT NULL AND " MOTCUA_LATE
    " UNION ALL SELECT receiving_agency, 'received', CASE WHEN apologized_at IS NULL THEN 0 "
    "ELSE 1 END, substr(statutory_due_at, 1, 10) FROM dossiers WHERE code = $1 AND "
    "statutory_due_at IS NOT NULL AND competent_agency <> receiving_agency AND " MOTCUA_LATE
    ") s WHERE true ON CONFLICT (agency_code, side, apologized, due_day) DO UPDATE SET "
    "dossiers = late_tally.dossiers + excluded.dossiers";
// Every row of late_tally recounted from the dossiers (as migration 0026 first filled it).
constexpr const char* kRecount =
    "SELECT competent_agency AS agency_code, 'competent' AS side, CASE WHEN apologized_at IS "
    "NULL THEN 0 ELSE 1 END AS apologized, substr(statutory_due_at, 1, 10) AS due_day, "
    "COUNT(*) AS dossiers FROM dossiers WHERE statutory_due_at IS NOT NULL AND " MOTCUA_LATE
    " GROUP BY competent_agency, CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END, "
    "substr(statutory_due_at, 1, 10) UNION ALL SELECT receiving_agency, 'received', CASE WHEN "
    "apologized_at IS NULL THEN 0 ELSE 1 END, substr(statutory_due_at, 1, 10), COUNT(*) FROM "
    "dossiers WHERE statutory_due_at IS NOT NULL AND competent_agency <> receiving_agency "
    "AND " MOTCUA_LATE
    " GROUP BY receiving_agency, CASE WHEN apologized_at IS NULL THEN 0 ELSE 1 END, "
    "substr(statutory_due_at, 1, 10)";

// The tally's whole days [$2, $3), without and with an apology.
constexpr const char* kTallyDays =
    "SELECT COALESCE(SUM(CASE WHEN apologized = 0 THEN dossiers ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN apologized = 1 THEN dossiers ELSE 0 END), 0) FROM late_tally "
    "WHERE agency_code = $1 AND side IN ('competent', 'received') AND apologized IN (0, 1) AND "
    "due_day >= $2 AND due_day < $3";

Status add(SqlConnection& c, LateCounts& into, const char* sql, std::vector<SqlValue> params) {
  auto r = c.query(sql, params);
  if (!r.ok()) return r.error();
  into.without_apology += r->front().integer(0);
  into.with_apology += r->front().integer(1);
  return ok_status();
}

}  // namespace

namespace detail {
Status tally_late(SqlConnection& c, const std::string& code, int sign) {
  auto r = c.query(kTallyOne, {code, std::int64_t(sign)});
  return r.ok() ? ok_status() : Status(r.error());
}
}  // namespace detail

Status recount_late_tally(SqlConnection& c) {
  auto cleared = c.query("DELETE FROM late_tally");
  if (!cleared.ok()) return cleared.error();
  auto r = c.query(
      std::string("INSERT INTO late_tally (agency_code, side, apologized, due_day, dossiers) ") +
      kRecount);
  return r.ok() ? ok_status() : Status(r.error());
}

Result<std::optional<std::string>> late_tally_difference(SqlConnection& c) {
  auto r = c.query(std::string("WITH recount AS (") + kRecount +
                   "), kept AS (SELECT agency_code, side, apologized, due_day, dossiers FROM "
                   "late_tally WHERE dossiers <> 0) SELECT 'kept', k.* FROM (SELECT * FROM kept "
                   "EXCEPT SELECT * FROM recount) k UNION ALL SELECT 'recounted', r.* FROM "
                   "(SELECT * FROM recount EXCEPT SELECT * FROM kept) r");
  if (!r.ok()) return r.error();
  if (r->empty()) return std::optional<std::string>{};
  // The first row of each side (kept, recounted) says what differs.
  std::string out = "late dossiers for the apology report:", sides;
  for (const auto& row : *r) {
    if (sides.find(row.text(0)) != std::string::npos) continue;
    sides += row.text(0) + " ";
    out += " " + row.text(0) + " " + row.text(1) + " " + row.text(2) +
           (row.integer(3) ? " with" : " without") + " apology due " + row.text(4) + ": " +
           std::to_string(row.integer(5)) + ";";
  }
  return std::optional<std::string>{out};
}

Result<LateCounts> late_counts(SqlConnection& c, const std::string& agency_code, TimePoint from,
                               TimePoint now) {
  LateCounts counts;
  if (!(from < now)) return counts;
  // Whole local days from the first that begins at or after `from` up to today (excluded) come
  // from the tally; the part of a day before them, and today up to now, from the dossiers.
  using namespace std::chrono;
  const year_month_day today = local_date(now);
  year_month_day first = local_date(from);
  if (start_of_local_day(first) < from) first = year_month_day{sys_days{first} + days{1}};
  if (sys_days{first} >= sys_days{today}) {
    MOTCUA_TRY(add(c, counts, kExactCounts, {agency_code, format_iso(now), format_iso(from)}));
    return counts;
  }
  const TimePoint first_start = start_of_local_day(first), today_start = start_of_local_day(today);
  if (from < first_start)
    MOTCUA_TRY(
        add(c, counts, kExactCounts, {agency_code, format_iso(first_start), format_iso(from)}));
  MOTCUA_TRY(add(c, counts, kTallyDays, {agency_code, format_date(first), format_date(today)}));
  MOTCUA_TRY(add(c, counts, kExactCounts, {agency_code, format_iso(now), format_iso(today_start)}));
  return counts;
}

}  // namespace motcua::store

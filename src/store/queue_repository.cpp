#include "motcua/store/queue_repository.hpp"

#include <algorithm>

#include "dossier_rows.hpp"
#include "late_dossiers.hpp"
#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {

// Each WHERE repeats its partial index's condition word for word (migration 0010), or the
// engine cannot use the index. Times are ISO text with the same +07:00 offset, so text order
// is time order.

// The queue in two ranges: dossiers with a step due time by (time, code), then those without
// one by code. Roles: $1 agency, $2 role; the agency-wide variants have no $2.
constexpr const char* kRoleTimed =
    "WHERE d.step_agency = $1 AND d.step_role = $2 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NOT NULL "
    "AND (d.step_due_at, d.code) > ($3, $4) ORDER BY d.step_due_at, d.code LIMIT $5 OFFSET $6";
constexpr const char* kRoleUntimed =
    "WHERE d.step_agency = $1 AND d.step_role = $2 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NULL "
    "AND d.code > $3 ORDER BY d.code LIMIT $4 OFFSET $5";
constexpr const char* kRoleTimedCount =
    "SELECT COUNT(*) FROM dossiers d WHERE d.step_agency = $1 AND d.step_role = $2 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NOT NULL "
    "AND (d.step_due_at, d.code) > ($3, $4)";
constexpr const char* kAgencyTimed =
    "WHERE d.step_agency = $1 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NOT NULL "
    "AND (d.step_due_at, d.code) > ($2, $3) ORDER BY d.step_due_at, d.code LIMIT $4 OFFSET $5";
constexpr const char* kAgencyUntimed =
    "WHERE d.step_agency = $1 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NULL "
    "AND d.code > $2 ORDER BY d.code LIMIT $3 OFFSET $4";
constexpr const char* kAgencyTimedCount =
    "SELECT COUNT(*) FROM dossiers d WHERE d.step_agency = $1 "
    "AND d.status NOT IN ('returned', 'refused', 'withdrawn') AND d.step_due_at IS NOT NULL "
    "AND (d.step_due_at, d.code) > ($2, $3)";

// Late dossiers without an apology: those the agency is competent for, then those it received
// for another agency (disjoint); $1 agency, $2 now, ($3, $4) the key to resume after.
constexpr const char* kLateCompetent =
    "SELECT code, receiving_agency, status, due_at, statutory_due_at, finished_at FROM dossiers "
    "WHERE " MOTCUA_COMPETENT
    "AND (statutory_due_at, code) > ($3, $4) "
    "AND apologized_at IS NULL AND " MOTCUA_LATE " ORDER BY statutory_due_at, code LIMIT $5";
constexpr const char* kQueueLateReceived =
    "SELECT code, receiving_agency, status, due_at, statutory_due_at, finished_at FROM dossiers "
    "WHERE " MOTCUA_RECEIVED
    "AND (statutory_due_at, code) > ($3, $4) "
    "AND apologized_at IS NULL AND " MOTCUA_LATE " ORDER BY statutory_due_at, code LIMIT $5";

// Paused dossiers at an agency, longest paused first (index dossiers_paused).
constexpr const char* kPaused =
    "WHERE d.step_agency = $1 AND d.status = 'paused' AND (d.paused_at, d.code) > ($2, $3) "
    "ORDER BY d.paused_at, d.code LIMIT $4";
constexpr const char* kPausedCounts =
    "SELECT COALESCE(pause_reason, ''), COUNT(*) FROM dossiers "
    "WHERE step_agency = $1 AND status = 'paused' GROUP BY COALESCE(pause_reason, '') "
    "ORDER BY 1";

}  // namespace

Result<std::vector<dossier::Dossier>> paused_page(SqlConnection& c, const std::string& agency_code,
                                                  int limit, const std::optional<PageKey>& after) {
  return detail::select_dossiers(c, kPaused,
                                 {agency_code, after ? after->at : std::string{},
                                  after ? after->code : std::string{}, std::int64_t(limit)});
}

PageKey paused_key(const dossier::Dossier& d) {
  return {d.paused_at ? format_iso(*d.paused_at) : std::string{}, d.code};
}

Result<std::vector<std::pair<std::string, std::int64_t>>> paused_counts(
    SqlConnection& c, const std::string& agency_code) {
  auto r = c.query(kPausedCounts, {agency_code});
  if (!r.ok()) return r.error();
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& row : *r) out.emplace_back(row.text(0), row.integer(1));
  return out;
}

PageKey queue_key(const dossier::Dossier& d) {
  return {d.step_due_at ? format_iso(*d.step_due_at) : std::string{}, d.code};
}

Result<std::vector<dossier::Dossier>> queue_page(SqlConnection& c, const std::string& agency_code,
                                                 const std::string& role, int limit,
                                                 const std::optional<PageKey>& after, int offset) {
  const bool by_role = !role.empty();
  // A key without a time lies in the untimed tail: the timed range is behind it.
  const bool in_tail = after && after->at.empty();
  const std::string at = after ? after->at : std::string{};
  const std::string code = after ? after->code : std::string{};
  auto params = [&](int lim, int off) {
    std::vector<SqlValue> p = {agency_code};
    if (by_role) p.push_back(role);
    p.insert(p.end(), {at, code, std::int64_t(lim), std::int64_t(off)});
    return p;
  };
  std::vector<dossier::Dossier> page;
  if (!in_tail) {
    auto timed =
        detail::select_dossiers(c, by_role ? kRoleTimed : kAgencyTimed, params(limit, offset));
    if (!timed.ok()) return timed.error();
    page = std::move(*timed);
    if (int(page.size()) == limit) return page;
    if (page.empty() && offset > 0) {
      // The offset passed the timed range; what is left of it applies to the tail.
      auto p = params(0, 0);
      p.resize(p.size() - 2);
      auto n = c.query(by_role ? kRoleTimedCount : kAgencyTimedCount, p);
      if (!n.ok()) return n.error();
      offset = int(std::max<std::int64_t>(0, offset - n->front().integer(0)));
    } else {
      offset = 0;
    }
  }
  const std::string tail_from = in_tail ? code : std::string{};
  std::vector<SqlValue> p = {agency_code};
  if (by_role) p.push_back(role);
  p.insert(p.end(), {tail_from, std::int64_t(limit - int(page.size())), std::int64_t(offset)});
  auto untimed = detail::select_dossiers(c, by_role ? kRoleUntimed : kAgencyUntimed, p);
  if (!untimed.ok()) return untimed.error();
  for (auto& d : *untimed) page.push_back(std::move(d));
  return page;
}

Result<std::vector<LateDossierRow>> late_without_apology(SqlConnection& c,
                                                         const std::string& agency_code,
                                                         const std::string& now_iso, int limit,
                                                         const std::optional<PageKey>& after) {
  const std::vector<SqlValue> params = {agency_code, now_iso, after ? after->at : std::string{},
                                        after ? after->code : std::string{}, std::int64_t(limit)};
  std::vector<LateDossierRow> rows;
  for (const char* sql : {kLateCompetent, kQueueLateReceived}) {
    auto r = c.query(sql, params);
    if (!r.ok()) return r.error();
    for (const auto& row : *r)
      rows.push_back(
          {row.text(0), row.text(1), row.text(2), row.text(3), row.text(4), row.optional_text(5)});
  }
  // Two ordered ranges of at most `limit` rows each: merged, the first `limit` are the page.
  std::sort(rows.begin(), rows.end(), [](const LateDossierRow& a, const LateDossierRow& b) {
    return std::tie(a.statutory_due_at, a.code) < std::tie(b.statutory_due_at, b.code);
  });
  if (int(rows.size()) > limit) rows.resize(size_t(limit));
  return rows;
}

}  // namespace motcua::store

#pragma once
// The statistics' counters (migration 0013): kept in the same transaction as each dossier
// change, rebuilt from the histories, and read by the indicator queries.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/stats/counters.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

using CounterSet = std::map<stats::CounterKey, stats::DayCounts>;

// Adds `days` to the key's day rows and its stocks to its totals (inside Database::write).
Status add_counters(SqlConnection& c, const stats::CounterKey& key, const stats::DayCounts& days);

// Replaces every counter with `all` and clears the rebuild mark.
Status replace_counters(SqlConnection& c, const CounterSet& all);
// Every counter as stored: the day rows, the month rows (as "YYYY-MM"), and the totals as one
// more "day", kTotalsDay.
inline constexpr std::string_view kTotalsDay = "totals";
Result<CounterSet> load_counters(SqlConnection& c);
// The months and totals the day rows sum to, in the same shape (for the comparison with
// load_counters).
void add_totals(CounterSet& all);

// A read transaction around several queries on a reader, so they all see one state.
Status begin_snapshot(SqlConnection& c);
Status end_snapshot(SqlConnection& c);

// Whether dossiers recorded before the counters existed still wait for a rebuild.
Result<bool> counters_need_rebuild(SqlConnection& c);

// What a dossier's counters are computed from: its key columns and its history.
struct DossierHistory {
  std::string code;
  stats::CounterKey key;                      // as stored: competent agency, procedure, channel
  std::vector<dossier::DossierEvent> events;  // at, kind and details only, in order
};
// Calls `each` for every dossier, in code order, `batch` dossiers per query.
Status for_each_dossier_history(SqlConnection& c, int batch,
                                const std::function<Status(const DossierHistory&)>& each);

// Every reception notice: its counters' key, whether it refused, and when it was issued.
struct NoticeFact {
  stats::CounterKey key;
  bool refusal = false;
  TimePoint issued_at{};
};
Result<std::vector<NoticeFact>> reception_notice_facts(SqlConnection& c);

}  // namespace motcua::store

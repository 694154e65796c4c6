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

// The subtree rows (migration 0024) fold every procedure into '*', those by field (migration
// 0025) the procedures of one field: in a CounterSet, the key of an agency's subtree on one
// channel, for every field or for one. Their "procedure" starts with '*', which no code does.
inline constexpr std::string_view kAllProcedures = "*";
inline constexpr std::string_view kFieldPrefix = "*field:";
inline stats::CounterKey subtree_key(const std::string& agency, const std::string& channel) {
  return {agency, std::string(kAllProcedures), channel};
}
inline stats::CounterKey field_subtree_key(const std::string& agency, const std::string& field,
                                           const std::string& channel) {
  return {agency, std::string(kFieldPrefix) + field, channel};
}
// Migration 0029: the subtree rows of one procedure, and an agency's own rows (not its
// subtree's) with the procedures folded together.
inline constexpr std::string_view kProcedurePrefix = "*procedure:";
inline constexpr std::string_view kOwnRows = "*own";
inline stats::CounterKey procedure_subtree_key(const std::string& agency,
                                               const std::string& procedure,
                                               const std::string& channel) {
  return {agency, std::string(kProcedurePrefix) + procedure, channel};
}
inline stats::CounterKey own_rows_key(const std::string& agency, const std::string& channel) {
  return {agency, std::string(kOwnRows), channel};
}
inline bool is_subtree_key(const stats::CounterKey& key) {
  return key.procedure.starts_with(kAllProcedures);
}

// Adds `days` to the key's day rows and its stocks to its totals, and the same to the subtree
// rows of its agency and every agency above, for every field, for its procedure's field and for
// its procedure, and to its agency's own rows (inside Database::write).
Status add_counters(SqlConnection& c, const stats::CounterKey& key, const stats::DayCounts& days);

// Open dossiers with their clock running, by the quarter hour they become overdue in
// (stats::Contribution::overdue_from, stats::quarter_hour): per own agency and procedure when
// recomputed, per subtree ("*") and per subtree and field (kFieldPrefix) as stored in
// stat_tree_due and stat_field_due. `group` is what CounterKey::procedure is in a CounterSet.
struct RunningDueKey {
  std::string agency;
  std::string group;
  std::string channel;
  std::string slot;
  auto operator<=>(const RunningDueKey&) const = default;
};
using RunningDue = std::map<RunningDueKey, long long>;
// Adds `change` dossiers of `key` at `slot` to the subtree rows of its agency and every agency
// above, for every field and for its procedure's field.
Status add_running_due(SqlConnection& c, const stats::CounterKey& key, const std::string& slot,
                       long long change);

// Replaces every counter with `all` (fine keys only) and the running dossiers with `running`
// (per own agency), and clears the rebuild mark.
Status replace_counters(SqlConnection& c, const CounterSet& all, const RunningDue& running);
// Every counter as stored: the day rows, the month rows (as "YYYY-MM"), and the totals as one
// more "day", kTotalsDay; the subtree rows under subtree_key().
inline constexpr std::string_view kTotalsDay = "totals";
Result<CounterSet> load_counters(SqlConnection& c);
Result<RunningDue> load_running_due(SqlConnection& c);
// The months and totals the day rows sum to, in the same shape (for the comparison with
// load_counters).
void add_totals(CounterSet& all);

// Each agency's parent and each procedure's field ('' when it has none), for the subtree sums
// of a recomputation.
using AgencyParents = std::map<std::string, std::string>;
using ProcedureFields = std::map<std::string, std::string>;
struct CounterTree {
  AgencyParents parents;
  ProcedureFields fields;
};
Result<CounterTree> counter_tree(SqlConnection& c);
// Adds to `all` the subtree rows its fine rows sum to, as add_counters keeps them.
void add_subtrees(CounterSet& all, const CounterTree& tree);
// The per-subtree rows the per-agency `own` sums to, as add_running_due keeps them.
RunningDue subtree_running_due(const RunningDue& own, const CounterTree& tree);

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

#pragma once
// The dossiers behind each figure (migration 0020, include/motcua/stats/marks.hpp): every
// dossier's marks, written with its counters, and the lists read from them. Each list walks
// the agencies of a subtree in code order and, within one, its index range in key order, so a
// page costs O(page) whatever the number of dossiers.
#include <optional>
#include <string>
#include <vector>

#include "motcua/stats/marks.hpp"
#include "motcua/store/sql.hpp"
#include "motcua/store/stats_query.hpp"

namespace motcua::store {

// Replaces a dossier's marks (inside Database::write).
Status replace_dossier_marks(SqlConnection& c, const std::string& dossier_code,
                             const stats::CounterKey& key, const std::vector<stats::Mark>& marks);
// Removes every mark (a rebuild writes them all again).
Status clear_marks(SqlConnection& c);

// One dossier's marks as stored, and its counters' key on each (for `stats verify`).
struct StoredMark {
  stats::CounterKey key;
  std::string measure;
  std::string from_day;
  std::string until_day;
  long long count = 0;
  auto operator<=>(const StoredMark&) const = default;
};
Result<std::vector<StoredMark>> dossier_marks(SqlConnection& c, const std::string& dossier_code);
// How many marks are stored in all.
Result<long long> count_marks(SqlConnection& c);

// Where a page ends: the agency, the mark's two keys (flows: day and ""; stocks: until and
// from days; notices: issue time and ""), and the dossier code or notice number.
struct MarkKey {
  std::string agency;
  std::string first;
  std::string second;
  std::string code;
  bool operator==(const MarkKey&) const = default;
};

// One line of a list: a dossier (or, for refusals at reception, a notice) and what it adds.
struct MarkedDossier {
  MarkKey key;
  long long count = 1;
  std::string code;
  bool notice = false;  // a reception notice (Form 03), not a dossier
  std::string agency;   // competent agency (the notice's issuing agency)
  std::string procedure_code;
  std::string procedure_name;
  std::string channel;
  std::string status;  // "" for a notice
  std::string current_step;
  std::string step_agency;
  std::string received_at;  // the notice's issue time
  std::string statutory_due_at;
  std::string finished_at;
  std::string outcome;
  std::string apologized_at;
};

// How a stock's list is narrowed beyond "in the state at the end of the day".
struct StockCondition {
  // Open dossiers with the clock running due after now but before the day's end are counted
  // overdue by the day counters; the figures of now take them off (stats_query.hpp
  // due_between). Both ISO times, or empty when the day judged is not today.
  std::string now_iso;
  std::string day_end_iso;
  // For "open and on time": not waiting for the applicant and not overdue at that day's end.
  bool on_time_only = false;
};

// Each list reads the subtree of f.agency, or with `own_only` that agency's own dossiers (a
// row of the indicators grouped by agency).
// The dossiers a flow measure counts over [from_day, to_day].
Result<std::vector<MarkedDossier>> flow_page(SqlConnection& c, const StatsFilter& f,
                                             stats::Measure measure, const std::string& from_day,
                                             const std::string& to_day, bool own_only,
                                             const std::optional<MarkKey>& after, int limit);
// The dossiers in a stock at the end of `day` (in_progress, waiting_for_applicant, overdue).
Result<std::vector<MarkedDossier>> stock_page(SqlConnection& c, const StatsFilter& f,
                                              stats::Measure measure, const std::string& day,
                                              const StockCondition& cond, bool own_only,
                                              const std::optional<MarkKey>& after, int limit);
// The refusals at reception (Form 03 notices) issued over [from_day, to_day].
Result<std::vector<MarkedDossier>> refusal_notice_page(SqlConnection& c, const StatsFilter& f,
                                                       const std::string& from_day,
                                                       const std::string& to_day, bool own_only,
                                                       const std::optional<MarkKey>& after,
                                                       int limit);

// Every dossier in a stock at the end of `day`, for the reports that group them (the backlog
// of overdue dossiers): O(those dossiers).
Result<std::vector<MarkedDossier>> stock_all(SqlConnection& c, const StatsFilter& f,
                                             stats::Measure measure, const std::string& day,
                                             const StockCondition& cond);
// The codes of the dossiers finished (early, on time or late) over [from_day, to_day], for
// the bottleneck report: O(those dossiers).
Result<std::vector<std::string>> finished_codes(SqlConnection& c, const StatsFilter& f,
                                                const std::string& from_day,
                                                const std::string& to_day);

}  // namespace motcua::store

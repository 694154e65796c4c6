#pragma once
// The statistics (issue 12): the counters kept with every dossier change, their rebuild from
// the histories and its check, and the indicators read from them.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/stats/index766.hpp"
#include "motcua/stats/indicators.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/stats_repository.hpp"

namespace motcua::service {

enum class IndicatorGroup { none, agency, field, procedure, channel, day, month };

struct IndicatorQuery {
  std::chrono::year_month_day from;
  std::chrono::year_month_day to;
  std::optional<std::string> agency;  // default: the user's own
  std::optional<std::string> field;
  std::optional<std::string> procedure;
  std::optional<std::string> channel;
  IndicatorGroup group_by = IndicatorGroup::none;
};

struct IndicatorRow {
  std::string group;  // "" without grouping
  std::string name;   // the agency's or procedure's name when grouped by them
  stats::Indicators values;
};

struct IndicatorReport {
  std::string agency;
  // When the open dossiers were judged: the end of the period, or now if that comes first.
  TimePoint judged_at{};
  std::vector<IndicatorRow> rows;
};

// Decision 766's index for one period of an agency's subtree, with the indicators it was
// scored from.
struct Index766Report {
  std::string period;
  std::chrono::year_month_day from;
  std::chrono::year_month_day to;
  std::string agency;
  TimePoint judged_at{};
  stats::Indicators values;
  stats::IndexScore score;
};

class StatsService {
 public:
  StatsService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Replaces the stored counters with the recomputation, in one transaction.
  Status rebuild();
  // Nothing when the stored counters equal the recomputation; otherwise the first difference
  // in words ("48.UBND.X 1.001193 counter 2026-03-02 received: kept 3, recomputed 4").
  Result<std::optional<std::string>> verify();
  // The indicators of the agency's subtree over [from, to], one row or one per group. Staff
  // see their own agency's subtree (a province's staff, the province); the grouping by day is
  // at most 366 days, by month at most ten years.
  Result<IndicatorReport> indicators(const auth::User& user, const IndicatorQuery& q);

  // Decision 766's index over a period "YYYY-MM", "YYYY-Qn" or "YYYY" (400 naming `period`
  // otherwise), scored from the same indicators and with the same scope.
  Result<Index766Report> index766(const auth::User& user, const std::string& period,
                                  const std::optional<std::string>& agency);

  // Rebuilds when dossiers recorded before the counters existed are not counted yet.
  Status ensure_built();

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

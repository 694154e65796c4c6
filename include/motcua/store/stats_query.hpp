#pragma once
// The indicator queries over the statistics' counters (migration 0013): sums of a period's
// days, stocks at the end of a day, and the open dossiers due later today. Each reads the
// counters of one agency subtree (the agency and every agency below it).
#include <optional>
#include <string>
#include <vector>

#include "motcua/stats/counters.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

enum class StatsGroup { none, agency, field, procedure, channel, day, month };

struct StatsFilter {
  std::string agency;  // the subtree's root
  std::optional<std::string> field;
  std::optional<std::string> procedure;
  std::optional<std::string> channel;
};

struct GroupCounts {
  std::string group;  // "" without grouping; else the agency, field, procedure, channel or day
  stats::Counts counts{};
  // The received measure by channel (sum_days only).
  long long received_counter = 0;
  long long received_online = 0;
  long long received_postal = 0;
};

// Every measure summed over the days from `from_day` to `to_day` (YYYY-MM-DD, both included):
// the flows of the period, and the stocks' net change over it. Whole months are read from
// the month rows, so a year costs twelve rows per key.
Result<std::vector<GroupCounts>> sum_days(SqlConnection& c, const StatsFilter& f, StatsGroup group,
                                          const std::string& from_day, const std::string& to_day);

// The stocks at the end of `day` (the other measures stay 0): the totals less the rest of its
// month and the later months. `group` may not be day or month.
Result<std::vector<GroupCounts>> stocks_at_end_of(SqlConnection& c, const StatsFilter& f,
                                                  StatsGroup group, const std::string& day);

// Open dossiers with the clock running whose statutory appointment lies after `now` and
// before `until` (a quarter-hour boundary, the next day's start): the day counters count them
// overdue at the end of their due day, not before. The count is in the overdue measure.
// `group` may not be day or month.
Result<std::vector<GroupCounts>> due_between(SqlConnection& c, const StatsFilter& f,
                                             StatsGroup group, TimePoint now, TimePoint until);

// The names of agencies and procedures, for the rows of a grouping by them.
Result<std::string> agency_name(SqlConnection& c, const std::string& code);
Result<std::string> procedure_name(SqlConnection& c, const std::string& code);

}  // namespace motcua::store

#pragma once
// The indicators of a period read from the counters (issue 12, GET /api/v1/stats/indicators):
// the counts, and the rates each defined once here.
#include <optional>
#include <string_view>

#include "motcua/stats/counters.hpp"

namespace motcua::stats {

struct ChannelCounts {
  long long counter = 0;
  long long online = 0;
  long long postal = 0;
};

struct Indicators {
  long long received = 0;
  ChannelCounts received_by_channel;
  long long finished_early = 0;
  long long finished_on_time = 0;
  long long finished_late = 0;
  long long finished_on_time_national = 0;
  long long finished_late_national = 0;
  // Open at the earlier of now and the period's end: running within the appointment (or
  // stopped for a reason that is not the applicant's), past it, or waiting for the applicant.
  long long in_progress_on_time = 0;
  long long in_progress_overdue = 0;
  long long waiting_for_applicant = 0;
  long long withdrawn = 0;
  long long refused = 0;
  long long supplement_requests = 0;
  long long apologies = 0;
  long long late_without_apology = 0;
  long long refused_at_reception = 0;
  // online received ÷ received.
  std::optional<double> online_share;
  // Ours: finished early or on time ÷ finished (Decree 61/2018 Art. 19: judged against the
  // statutory appointment).
  std::optional<double> on_time_rate;
  // The national index's reading (Decision 766, indicator 2.1): finished by the appointment
  // with the supplement time taken off and at most one supplement request ÷ (finished + open
  // and overdue at the period's end).
  std::optional<double> on_time_rate_national;
  // Processing time of the finishes whose procedure states a limit, in office hours: the
  // mean used, the mean the law allowed them, and the p50 / p90 read from the histogram as
  // the upper bound of the bucket that holds the finish of that rank (none in the open last
  // bucket, or without finishes).
  // The applicants' ratings given in the period (issue 11), and satisfied ÷ rated.
  long long ratings = 0;
  long long ratings_satisfied = 0;
  long long ratings_dissatisfied = 0;
  std::optional<double> satisfaction_rate;
  long long processing_finished = 0;
  std::optional<double> processing_hours_mean;
  std::optional<double> statutory_hours_mean;
  std::optional<int> processing_hours_p50;
  std::optional<int> processing_hours_p90;
};

// The value of the field `name` (as the API names it: "received", "finished_late",
// "processing_hours_mean", …); none for an unknown name or a rate with nothing counted.
std::optional<double> indicator_field(const Indicators& i, std::string_view name);
bool is_indicator_field(std::string_view name);

// The upper bound in hours of the bucket holding the finish of rank ceil(q × n), 0 < q ≤ 1.
std::optional<int> processing_quantile(const Counts& flows, double q);

// `flows` are the period's sums; `stocks` the open dossiers at the moment they are judged.
Indicators indicators_of(const Counts& flows, const ChannelCounts& received, const Counts& stocks);

}  // namespace motcua::stats

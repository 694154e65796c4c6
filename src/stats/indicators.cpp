#include "motcua/stats/indicators.hpp"

namespace motcua::stats {

namespace {

std::optional<double> ratio(long long part, long long whole) {
  if (whole <= 0) return std::nullopt;
  return double(part) / double(whole);
}

}  // namespace

Indicators indicators_of(const Counts& flows, const ChannelCounts& received, const Counts& stocks) {
  Indicators i;
  i.received = at(flows, Measure::received);
  i.received_by_channel = received;
  i.finished_early = at(flows, Measure::finished_early);
  i.finished_on_time = at(flows, Measure::finished_on_time);
  i.finished_late = at(flows, Measure::finished_late);
  i.finished_on_time_national = at(flows, Measure::finished_on_time_national);
  i.finished_late_national = at(flows, Measure::finished_late_national);
  i.in_progress_overdue = at(stocks, Measure::overdue);
  i.waiting_for_applicant = at(stocks, Measure::waiting_for_applicant);
  i.in_progress_on_time =
      at(stocks, Measure::in_progress) - i.waiting_for_applicant - i.in_progress_overdue;
  i.withdrawn = at(flows, Measure::withdrawn);
  i.refused = at(flows, Measure::refused);
  i.supplement_requests = at(flows, Measure::supplement_requests);
  i.apologies = at(flows, Measure::apologies);
  i.late_without_apology = at(flows, Measure::late_without_apology);
  i.refused_at_reception = at(flows, Measure::refused_at_reception);
  i.online_share = ratio(received.online, i.received);
  const long long finished = i.finished_early + i.finished_on_time + i.finished_late;
  i.on_time_rate = ratio(i.finished_early + i.finished_on_time, finished);
  i.on_time_rate_national =
      ratio(i.finished_on_time_national,
            i.finished_on_time_national + i.finished_late_national + i.in_progress_overdue);
  return i;
}

}  // namespace motcua::stats

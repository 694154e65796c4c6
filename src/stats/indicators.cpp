#include "motcua/stats/indicators.hpp"

#include <algorithm>
#include <cmath>

namespace motcua::stats {

namespace {

std::optional<double> ratio(long long part, long long whole) {
  if (whole <= 0) return std::nullopt;
  return double(part) / double(whole);
}

using Count = long long Indicators::*;
using Rate = std::optional<double> Indicators::*;

constexpr std::pair<std::string_view, Count> kCounts[] = {
    {"received", &Indicators::received},
    {"finished_early", &Indicators::finished_early},
    {"finished_on_time", &Indicators::finished_on_time},
    {"finished_late", &Indicators::finished_late},
    {"finished_on_time_national", &Indicators::finished_on_time_national},
    {"finished_late_national", &Indicators::finished_late_national},
    {"in_progress_on_time", &Indicators::in_progress_on_time},
    {"in_progress_overdue", &Indicators::in_progress_overdue},
    {"waiting_for_applicant", &Indicators::waiting_for_applicant},
    {"withdrawn", &Indicators::withdrawn},
    {"refused", &Indicators::refused},
    {"supplement_requests", &Indicators::supplement_requests},
    {"apologies", &Indicators::apologies},
    {"late_without_apology", &Indicators::late_without_apology},
    {"refused_at_reception", &Indicators::refused_at_reception},
    {"processing_finished", &Indicators::processing_finished},
    {"ratings", &Indicators::ratings},
    {"ratings_satisfied", &Indicators::ratings_satisfied},
    {"ratings_dissatisfied", &Indicators::ratings_dissatisfied},
};
constexpr std::pair<std::string_view, Rate> kRates[] = {
    {"online_share", &Indicators::online_share},
    {"on_time_rate", &Indicators::on_time_rate},
    {"on_time_rate_national", &Indicators::on_time_rate_national},
    {"processing_hours_mean", &Indicators::processing_hours_mean},
    {"statutory_hours_mean", &Indicators::statutory_hours_mean},
    {"satisfaction_rate", &Indicators::satisfaction_rate},
};

}  // namespace

std::optional<double> indicator_field(const Indicators& i, std::string_view name) {
  for (const auto& [n, m] : kCounts)
    if (n == name) return double(i.*m);
  for (const auto& [n, m] : kRates)
    if (n == name) return i.*m;
  if (name == "received_counter") return double(i.received_by_channel.counter);
  if (name == "received_online") return double(i.received_by_channel.online);
  if (name == "received_postal") return double(i.received_by_channel.postal);
  return std::nullopt;
}

bool is_indicator_field(std::string_view name) {
  for (const auto& [n, m] : kCounts)
    if (n == name) return true;
  for (const auto& [n, m] : kRates)
    if (n == name) return true;
  return name == "received_counter" || name == "received_online" || name == "received_postal";
}

std::optional<int> processing_quantile(const Counts& flows, double q) {
  const long long n = at(flows, Measure::timed_finishes);
  if (n <= 0) return std::nullopt;
  const auto rank = std::max(1LL, static_cast<long long>(std::ceil(q * double(n))));
  long long seen = 0;
  for (const auto& b : processing_buckets()) {
    seen += at(flows, b.measure);
    if (seen >= rank) return b.up_to_hours;
  }
  return std::nullopt;
}

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
  i.ratings = at(flows, Measure::ratings);
  i.ratings_satisfied = at(flows, Measure::ratings_satisfied);
  i.ratings_dissatisfied = at(flows, Measure::ratings_dissatisfied);
  i.satisfaction_rate = ratio(i.ratings_satisfied, i.ratings);
  i.processing_finished = at(flows, Measure::timed_finishes);
  if (i.processing_finished > 0) {
    const double n = double(i.processing_finished) * 3600.0;
    i.processing_hours_mean = double(at(flows, Measure::processing_seconds)) / n;
    i.statutory_hours_mean = double(at(flows, Measure::allowed_seconds)) / n;
  }
  i.processing_hours_p50 = processing_quantile(flows, 0.5);
  i.processing_hours_p90 = processing_quantile(flows, 0.9);
  return i;
}

}  // namespace motcua::stats

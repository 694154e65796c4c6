#include "motcua/stats/marks.hpp"

#include "motcua/dossier/event_details.hpp"

namespace motcua::stats {

namespace {

// The processing-time sums and histogram are not counts of dossiers: no list stands behind them.
bool listed(Measure m) {
  if (m == Measure::timed_finishes || m == Measure::processing_seconds ||
      m == Measure::allowed_seconds)
    return false;
  for (const auto& b : processing_buckets())
    if (b.measure == m) return false;
  return true;
}

}  // namespace

std::vector<Mark> marks_of(const DayCounts& days) {
  std::vector<Mark> out;
  for (const auto& info : measures()) {
    if (!listed(info.measure)) continue;
    if (info.kind == MeasureKind::flow) {
      for (const auto& [day, counts] : days)
        if (const long long n = at(counts, info.measure); n != 0)
          out.push_back({info.measure, day, day, n});
      continue;
    }
    // A stock is in the state at the end of every day whose running sum is above zero.
    long long running = 0;
    std::optional<std::string> entered;
    for (const auto& [day, counts] : days) {
      running += at(counts, info.measure);
      if (running > 0 && !entered) entered = day;
      if (running <= 0 && entered) {
        out.push_back({info.measure, *entered, day, 1});
        entered.reset();
      }
    }
    if (entered) out.push_back({info.measure, *entered, std::string(kOpenUntil), 1});
  }
  return out;
}

std::vector<StepStint> step_stints(const std::vector<dossier::DossierEvent>& history) {
  std::vector<StepStint> out;
  std::optional<StepStint> current;
  std::string agency;
  auto close = [&](TimePoint at) {
    if (!current) return;
    current->ended = at;
    out.push_back(std::move(*current));
    current.reset();
  };
  for (const auto& e : history) {
    auto parsed = dossier::parse_details(e.details);
    if (!parsed.ok()) continue;  // an altered event: `audit verify` reports it
    const dossier::EventDetails& d = *parsed;
    if (e.kind == dossier::EventKind::receive)
      agency = d.step_agency.value_or(d.competent_agency.value_or(""));
    if (d.to_agency) agency = *d.to_agency;
    const std::string step = d.to_step.value_or("");
    const bool finished = e.kind == dossier::EventKind::return_result ||
                          e.kind == dossier::EventKind::refuse ||
                          e.kind == dossier::EventKind::withdraw;
    if (finished || step.empty()) {
      close(e.at);
      continue;
    }
    if (current && current->step == step && current->agency == agency) {
      // Still in the step: a lawful pause or a restart may have moved its deadline.
      current->due = d.step_due_at;
      continue;
    }
    close(e.at);
    current = StepStint{step, agency, e.at, std::nullopt, d.step_due_at};
  }
  if (current) out.push_back(std::move(*current));
  return out;
}

}  // namespace motcua::stats

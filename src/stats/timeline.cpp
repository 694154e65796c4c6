#include "timeline.hpp"

namespace motcua::stats {

void replay(const std::vector<dossier::DossierEvent>& history, Timeline& t) {
  using dossier::EventKind;
  for (const auto& e : history) {
    // A details text that does not parse was altered; the chain check reports it, and the
    // figures count the event by its kind alone.
    auto parsed = dossier::parse_details(e.details);
    const dossier::EventDetails details = parsed.ok() ? *parsed : dossier::EventDetails{};
    switch (e.kind) {
      case EventKind::receive:
      // An online submission is received when the desk accepts it, never at submission; one
      // answered with Form 02 / 03 is counted by its reception notice (notice_contribution).
      case EventKind::accept_online:
        t.receive(e, details);
        break;
      case EventKind::request_supplement:
        t.request_supplement(e);
        break;
      case EventKind::submit_supplement:
        t.submit_supplement(e, details);
        break;
      case EventKind::pause:
        t.pause(e, details);
        break;
      case EventKind::resume:
        t.resume_after_pause(e, details);
        break;
      case EventKind::apologize:
        t.apologize(e);
        break;
      case EventKind::rated:
        t.rate(e, details);
        break;
      case EventKind::refuse:
      case EventKind::return_result:
      case EventKind::withdraw:
        t.finish(e, details);
        break;
      default:
        break;
    }
  }
}

}  // namespace motcua::stats

namespace motcua::stats {

DossierSummary summary_of(const std::vector<dossier::DossierEvent>& history) {
  Timeline t;
  replay(history, t);
  return t.summary();
}

std::optional<int> processing_bucket_hours(long long seconds) {
  const Measure m = bucket_of(seconds);
  for (const auto& b : processing_buckets())
    if (b.measure == m) return b.up_to_hours;
  return std::nullopt;
}

}  // namespace motcua::stats

#include "motcua/stats/counters.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/pause_reasons.hpp"

namespace motcua::stats {

namespace {

using dossier::EventKind;

const std::vector<MeasureInfo> kMeasures = {
    {Measure::received, "received", MeasureKind::flow},
    {Measure::withdrawn, "withdrawn", MeasureKind::flow},
    {Measure::refused, "refused", MeasureKind::flow},
    {Measure::supplement_requests, "supplement_requests", MeasureKind::flow},
    {Measure::apologies, "apologies", MeasureKind::flow},
    {Measure::finished_early, "finished_early", MeasureKind::flow},
    {Measure::finished_on_time, "finished_on_time", MeasureKind::flow},
    {Measure::finished_late, "finished_late", MeasureKind::flow},
    {Measure::finished_on_time_national, "finished_on_time_national", MeasureKind::flow},
    {Measure::finished_late_national, "finished_late_national", MeasureKind::flow},
    {Measure::late_without_apology, "late_without_apology", MeasureKind::flow},
    {Measure::refused_at_reception, "refused_at_reception", MeasureKind::flow},
    {Measure::in_progress, "in_progress", MeasureKind::stock},
    {Measure::waiting_for_applicant, "waiting_for_applicant", MeasureKind::stock},
    {Measure::overdue, "overdue", MeasureKind::stock},
};

// Walks a dossier's history once, keeping what its days add.
class Timeline {
 public:
  void receive(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    bump(e.at, Measure::received);
    bump(e.at, Measure::in_progress);
    open_ = true;
    due_ = d.statutory_due_at ? *d.statutory_due_at : d.due_at.value_or(e.at);
    first_appointment_ = due_;
    start_running(e.at);
  }

  void request_supplement(const dossier::DossierEvent& e) {
    bump(e.at, Measure::supplement_requests);
    ++supplement_requests_;
    supplement_asked_at_ = e.at;
    stop(e.at, true);
  }

  void submit_supplement(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    // Decree 61/2018 Art. 19(4): the time restarts with a new appointment; an apology made
    // before the restart no longer covers the dossier.
    if (supplement_asked_at_) supplement_wait_ += e.at - *supplement_asked_at_;
    supplement_asked_at_.reset();
    apologized_ = false;
    if (d.statutory_due_at)
      due_ = *d.statutory_due_at;
    else if (d.due_at)
      due_ = *d.due_at;
    resume(e.at);
  }

  void pause(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    const auto* why = dossier::find_pause_reason(d.reason_code.value_or(""));
    // A pause from before the closed list stopped the clock.
    const bool stops = d.stops_clock.value_or(why == nullptr || why->stops_clock);
    if (!stops) return;
    stop(e.at, why != nullptr && why->waits_for_applicant);
  }

  void resume_after_pause(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    if (!stopped_) return;  // the clock ran on through the pause: nothing moved
    if (d.statutory_due_at)
      due_ = *d.statutory_due_at;
    else if (d.due_at && d.previous_due_at)
      due_ += *d.due_at - *d.previous_due_at;  // older events moved both by the same time
    resume(e.at);
  }

  void apologize(const dossier::DossierEvent& e) {
    bump(e.at, Measure::apologies);
    apologized_ = true;
  }

  void finish(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    if (e.kind == EventKind::refuse) bump(e.at, Measure::refused);
    if (e.kind == EventKind::withdraw) bump(e.at, Measure::withdrawn);
    close(e.at);
    if (!d.outcome) return;  // a withdrawal is neither early nor late
    finished_at_ = e.at;
    switch (*d.outcome) {
      case calendar::Outcome::early:
        bump(e.at, Measure::finished_early);
        break;
      case calendar::Outcome::on_time:
        bump(e.at, Measure::finished_on_time);
        break;
      case calendar::Outcome::late:
        bump(e.at, Measure::finished_late);
        break;
    }
    late_ = *d.outcome == calendar::Outcome::late;
    // The national index's reading (Decision 766, indicator 2.1): finished by the appointment
    // given at reception once the applicant's supplement time is taken off; more than one
    // supplement request is late whatever the dates.
    if (supplement_asked_at_) supplement_wait_ += e.at - *supplement_asked_at_;
    const bool national_on_time =
        supplement_requests_ <= 1 && e.at - supplement_wait_ <= first_appointment_;
    bump(e.at,
         national_on_time ? Measure::finished_on_time_national : Measure::finished_late_national);
  }

  DayCounts end() {
    // A dossier still running becomes overdue on its due day unless something happens first.
    if (open_ && !stopped_) end_running(std::nullopt);
    // Whether an apology covers a late dossier is settled by the whole history.
    if (finished_at_ && late_ && !apologized_) bump(*finished_at_, Measure::late_without_apology);
    return std::move(days_);
  }

 private:
  void bump(TimePoint t, Measure m, long long by = 1) { at(days_[local_day(t)], m) += by; }

  void start_running(TimePoint t) {
    stopped_ = false;
    running_since_ = t;
  }

  // The running stretch [running_since_, until) is overdue from its due time on, if it
  // reaches it: a stock that enters on that day and leaves on the day the stretch ends.
  void end_running(std::optional<TimePoint> until) {
    if (until && *until <= due_) return;
    bump(std::max(due_, running_since_), Measure::overdue);
    if (until) bump(*until, Measure::overdue, -1);
  }

  void stop(TimePoint t, bool for_applicant) {
    if (!stopped_) end_running(t);
    stopped_ = true;
    if (for_applicant && !waiting_) {
      waiting_ = true;
      bump(t, Measure::waiting_for_applicant);
    }
  }

  void resume(TimePoint t) {
    if (waiting_) bump(t, Measure::waiting_for_applicant, -1);
    waiting_ = false;
    start_running(t);
  }

  void close(TimePoint t) {
    if (!open_) return;
    if (!stopped_) end_running(t);
    if (waiting_) bump(t, Measure::waiting_for_applicant, -1);
    waiting_ = false;
    stopped_ = true;
    open_ = false;
    bump(t, Measure::in_progress, -1);
  }

  DayCounts days_;
  bool open_ = false;
  bool stopped_ = true;
  bool waiting_ = false;
  bool apologized_ = false;
  bool late_ = false;
  int supplement_requests_ = 0;
  TimePoint due_{};
  TimePoint first_appointment_{};
  TimePoint running_since_{};
  std::optional<TimePoint> supplement_asked_at_;
  std::chrono::seconds supplement_wait_{0};
  std::optional<TimePoint> finished_at_;
};

}  // namespace

const std::vector<MeasureInfo>& measures() { return kMeasures; }

std::string_view measure_name(Measure m) { return kMeasures[std::size_t(m)].name; }

bool all_zero(const Counts& c) {
  for (long long v : c)
    if (v != 0) return false;
  return true;
}

std::string local_day(TimePoint t) {
  const auto day = std::chrono::floor<std::chrono::days>(to_local(t));
  const std::chrono::year_month_day ymd{std::chrono::local_days{day.time_since_epoch()}};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return out;
}

CounterKey key_of(const dossier::Dossier& d) {
  return {d.competent_agency, d.procedure_code, std::string(catalog::channel_name(d.channel))};
}

DayCounts contribution(const std::vector<dossier::DossierEvent>& history) {
  Timeline t;
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
      case EventKind::refuse:
      case EventKind::return_result:
      case EventKind::withdraw:
        t.finish(e, details);
        break;
      default:
        break;
    }
  }
  return t.end();
}

DayCounts notice_contribution(bool refusal, TimePoint issued_at) {
  DayCounts out;
  if (refusal) at(out[local_day(issued_at)], Measure::refused_at_reception) = 1;
  return out;
}

DayCounts difference(const DayCounts& after, const DayCounts& before) {
  DayCounts out = after;
  for (const auto& [day, counts] : before) {
    Counts& c = out[day];
    for (std::size_t i = 0; i < kMeasureCount; ++i) c[i] -= counts[i];
  }
  std::erase_if(out, [](const auto& kv) { return all_zero(kv.second); });
  return out;
}

void add(DayCounts& into, const DayCounts& more) {
  for (const auto& [day, counts] : more) {
    Counts& c = into[day];
    for (std::size_t i = 0; i < kMeasureCount; ++i) c[i] += counts[i];
  }
}

}  // namespace motcua::stats

#pragma once
// The walk through one dossier's history that both the counters (counters.hpp contribution)
// and the analysts' summary (summary.hpp summary_of) read, so the two never disagree on when
// a dossier was open, running, waiting, overdue, or how it ended. Internal to stats/.
#include <algorithm>
#include <optional>
#include <vector>

#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/online.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "motcua/stats/counters.hpp"
#include "motcua/stats/summary.hpp"

namespace motcua::stats {

// The histogram bucket of a finish that used `seconds` of office time.
Measure bucket_of(long long seconds);

// Walks a dossier's history once, keeping what its days add.
class Timeline {
 public:
  void receive(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    bump(e.at, Measure::received);
    bump(e.at, Measure::in_progress);
    summary_.received_at = e.at;
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

  // The applicant's rating; a level the table no longer lists counts as a rating only.
  void rate(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    bump(e.at, Measure::ratings);
    summary_.rating = d.rating;
    summary_.rated_at = e.at;
    const auto* level = dossier::find_rating_level(d.rating.value_or(""));
    if (level && level->satisfied) bump(e.at, Measure::ratings_satisfied);
    if (level && level->dislike) bump(e.at, Measure::ratings_dissatisfied);
  }

  void apologize(const dossier::DossierEvent& e) {
    bump(e.at, Measure::apologies);
    apologized_ = true;
  }

  void finish(const dossier::DossierEvent& e, const dossier::EventDetails& d) {
    if (e.kind == dossier::EventKind::refuse) bump(e.at, Measure::refused);
    if (e.kind == dossier::EventKind::withdraw) bump(e.at, Measure::withdrawn);
    close(e.at);
    summary_.finished_at = e.at;
    summary_.finish = e.kind;
    if (!d.outcome) return;  // a withdrawal is neither early nor late
    finished_at_ = e.at;
    summary_.outcome = d.outcome;
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
    if (d.processing_seconds && d.allowed_seconds) {
      summary_.processing_seconds = d.processing_seconds;
      summary_.allowed_seconds = d.allowed_seconds;
      bump(e.at, Measure::timed_finishes);
      bump(e.at, Measure::processing_seconds, *d.processing_seconds);
      bump(e.at, Measure::allowed_seconds, *d.allowed_seconds);
      bump(e.at, bucket_of(*d.processing_seconds));
    }
    // The national index's reading (Decision 766, indicator 2.1): finished by the appointment
    // given at reception once the applicant's supplement time is taken off; more than one
    // supplement request is late whatever the dates.
    if (supplement_asked_at_) supplement_wait_ += e.at - *supplement_asked_at_;
    const bool national_on_time =
        supplement_requests_ <= 1 && e.at - supplement_wait_ <= first_appointment_;
    summary_.on_time_national = national_on_time;
    bump(e.at,
         national_on_time ? Measure::finished_on_time_national : Measure::finished_late_national);
  }

  // Where the walk has left the dossier; call before end().
  DossierSummary summary() const {
    DossierSummary s = summary_;
    s.supplement_requests = supplement_requests_;
    s.apologized = apologized_;
    s.late_without_apology = finished_at_ && late_ && !apologized_;
    s.open = open_;
    s.clock_running = open_ && !stopped_;
    s.waiting_for_applicant = waiting_;
    if (open_) s.judged_due_at = due_;
    return s;
  }

  // While open with the clock running, when end() counts it overdue from.
  std::optional<TimePoint> overdue_from() const {
    if (!open_ || stopped_) return std::nullopt;
    return std::max(due_, running_since_);
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
  DossierSummary summary_;
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

// Feeds every event of `history` (in order, its reception first) to `t`.
void replay(const std::vector<dossier::DossierEvent>& history, Timeline& t);

}  // namespace motcua::stats

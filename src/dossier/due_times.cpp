// When a dossier is due, and why (due_times.hpp). Each function names the rule it follows.
#include "motcua/dossier/due_times.hpp"

#include <algorithm>
#include <chrono>

#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/pause_reasons.hpp"

namespace motcua::dossier {

TimePoint appointment_at_reception(TimePoint received_at, const calendar::ProcessingTime& limit,
                                   const calendar::WorkingCalendar& cal) {
  return cal.due_at(received_at, limit);
}

TimePoint first_step_start(TimePoint received_at, catalog::Channel channel,
                           const calendar::WorkingCalendar& cal) {
  // Decree 61/2018 Art. 18(2): online dossiers go straight to the competent agency.
  if (channel == catalog::Channel::online) return received_at;
  const auto local = to_local(received_at);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  // "After 15:00" is later than 15:00:00: a dossier received at 15:00:00 sharp goes today.
  if (local - day <= std::chrono::hours(15)) return received_at;
  // The next opening after this day: one second of office time from midnight, less that
  // second, lands exactly on it whatever the agency's hours and days off.
  const TimePoint midnight = from_local(day + std::chrono::days(1));
  return cal.add_working_seconds(midnight, 1) - std::chrono::seconds(1);
}

TimePoint step_deadline(TimePoint start, double allowance_hours, TimePoint dossier_due,
                        const calendar::WorkingCalendar& cal) {
  if (allowance_hours <= 0) return dossier_due;
  return std::min(cal.add_working_hours(start, allowance_hours), dossier_due);
}

TimePoint supplement_request_deadline(TimePoint received_at, const calendar::WorkingCalendar& cal) {
  return cal.due_at(received_at, calendar::ProcessingTime{3, calendar::TimeUnit::working_days});
}

TimePoint restarted_appointment(TimePoint complete_at, const calendar::ProcessingTime& limit,
                                const calendar::WorkingCalendar& cal) {
  return cal.restart(complete_at, limit);
}

bool apology_timely(TimePoint at, TimePoint due, const calendar::WorkingCalendar& cal) {
  // Art. 19(9): "chậm nhất 01 ngày trước ngày hết hạn", read as at the latest on the working
  // day before the due day: a matter of dates, not of hours left.
  using std::chrono::days;
  using std::chrono::floor;
  const auto due_day = floor<days>(to_local(due));
  auto last_day = due_day - days{1};
  // Days off come in runs of at most a few weeks; a year bounds the search on any calendar.
  while (last_day > due_day - days{366} && !cal.is_working_day(std::chrono::year_month_day{
                                               std::chrono::sys_days{last_day.time_since_epoch()}}))
    last_day -= days{1};
  return floor<days>(to_local(at)) <= last_day;
}

TimePoint due_after_pause(TimePoint due, TimePoint paused_at, TimePoint resumed_at,
                          const calendar::WorkingCalendar& cal) {
  return cal.resume(due, paused_at, resumed_at);
}

calendar::Outcome outcome_of(TimePoint finished_at, TimePoint statutory_due,
                             const std::optional<calendar::ProcessingTime>& limit,
                             const calendar::WorkingCalendar& cal) {
  const auto unit = limit ? limit->unit : calendar::TimeUnit::working_days;
  return cal.classify(finished_at, statutory_due, unit);
}

ProcessingSeconds processing_seconds(const std::vector<DossierEvent>& history,
                                     TimePoint finished_at,
                                     const std::optional<calendar::ProcessingTime>& limit,
                                     const calendar::WorkingCalendar& cal) {
  ProcessingSeconds out;
  std::optional<TimePoint> running_since;
  std::optional<TimePoint> received_at;
  std::optional<TimePoint> waiting_since;
  auto stop = [&](TimePoint t) {
    if (running_since) out.used += cal.working_seconds_between(*running_since, t);
    running_since.reset();
  };
  auto stop_waiting = [&](TimePoint t) {
    if (waiting_since) out.supplement_wait += cal.working_seconds_between(*waiting_since, t);
    waiting_since.reset();
  };
  for (const auto& e : history) {
    switch (e.kind) {
      case EventKind::receive:
        received_at = e.at;
        running_since = e.at;
        break;
      case EventKind::request_supplement:
        stop(e.at);
        if (!waiting_since) waiting_since = e.at;
        break;
      case EventKind::submit_supplement:
        stop_waiting(e.at);
        if (!running_since) running_since = e.at;
        break;
      case EventKind::pause: {
        // A pause recorded before the closed list of reasons stopped the clock.
        auto d = parse_details(e.details);
        const auto* why = find_pause_reason(d.ok() ? d->reason_code.value_or("") : "");
        const bool stops = d.ok() ? d->stops_clock.value_or(why == nullptr || why->stops_clock)
                                  : why == nullptr || why->stops_clock;
        if (stops) stop(e.at);
        break;
      }
      case EventKind::resume:
        if (!running_since) running_since = e.at;
        break;
      default:
        break;
    }
  }
  stop(finished_at);
  stop_waiting(finished_at);
  if (limit && received_at)
    out.allowed = cal.working_seconds_between(*received_at, cal.due_at(*received_at, *limit));
  return out;
}

}  // namespace motcua::dossier

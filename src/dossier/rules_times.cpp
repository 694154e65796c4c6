// The rules of the actions that set or move a dossier's due times and decide its outcome:
// supplements, apologies, pauses, and the finish (Decree 61/2018 Art. 19(4), (8), (9)). The
// arithmetic is due_times.hpp's.
#include "motcua/dossier/due_times.hpp"
#include "motcua/dossier/pause_reasons.hpp"
#include "rules_support.hpp"

namespace motcua::dossier::rules {

Status request_supplement(const Step& s, Dossier& d, EventDetails& details) {
  // Art. 19(4) (kept by Decree 118/2025): the supplement is asked once, in writing, no later
  // than 3 working days after receipt.
  if (s.now > supplement_request_deadline(d.received_at, s.terms.calendar))
    return legal_limit("workflow.supplement_too_late",
                       "a supplement may be requested only within 3 working days of receipt",
                       "chỉ được yêu cầu bổ sung trong 3 ngày làm việc kể từ ngày tiếp nhận");
  if (last_event(s.history, EventKind::request_supplement))
    return legal_limit("workflow.supplement_already_requested",
                       "a supplement is requested only once", "chỉ yêu cầu bổ sung một lần");
  for (const auto& item : s.input.items)
    if (!item.content.empty() || !item.reason.empty()) details.items.push_back(item);
  if (details.items.empty() && s.input.reason.empty())
    return invalid("items", "say what must be supplemented", "cần nêu nội dung phải bổ sung",
                   "workflow.items_required");
  details.reason = s.input.reason;
  details.previous_due_at = d.due_at;
  // The dossier waits at the desk for the applicant; no step deadline runs meanwhile, and it
  // is never overdue while it waits.
  d.clock_stopped = true;
  d.current_step = "supplement";
  d.step_agency = d.receiving_agency;
  d.step_role = "receiver";
  d.assignee.clear();
  d.step_due_at.reset();
  return ok_status();
}

Status submit_supplement(const Step& s, Dossier& d, EventDetails& details) {
  // Art. 19(4): the processing time starts again from zero when the complete dossier is
  // received; a new appointment is issued, and the outcome is judged against it (an apology
  // made before the restart no longer applies to it, so the new appointment may be moved once
  // in its turn).
  details.previous_due_at = d.due_at;
  d.clock_stopped = false;
  d.apologized_at.reset();
  const ProcessDefinition& p = s.terms.process;
  if (!s.terms.limit) {
    enter(s, d, p.steps.front(), s.now);
  } else {
    d.due_at = restarted_appointment(s.now, *s.terms.limit, s.terms.calendar);
    d.statutory_due_at = d.due_at;
    // The default's shares are of the restarted time; a stored version keeps its allowances.
    const ProcessDefinition restarted =
        p.version > 0
            ? p
            : default_definition(d.procedure_code, p.channel,
                                 limit_hours(*s.terms.limit, s.now, d.due_at, s.terms.calendar));
    enter(s, d, restarted.steps.front(), s.now);
  }
  details.due_at = d.due_at;
  details.statutory_due_at = d.statutory_due_at;
  return ok_status();
}

Status apologize(const Step& s, Dossier& d, EventDetails& details) {
  // Art. 19(9): the appointment may be moved only once (a restart after a supplement issues a
  // new one, and clears the mark).
  if (d.apologized_at)
    return legal_limit("dossier.apology_already_given", "the appointment was already moved once",
                       "lịch hẹn đã được dời một lần");
  auto reason = required_reason(s.input);
  if (!reason.ok()) return reason.error();
  const auto& new_due = s.input.new_due_at;
  if (!new_due || *new_due <= d.due_at || *new_due <= s.now)
    return invalid("new_due_at", "new_due_at must be a time after the present appointment",
                   "ngày hẹn mới phải sau ngày hẹn hiện tại", "workflow.new_due_at");
  // Art. 19(9): an apology made later than the rule allows is still taken, but recorded as
  // late; the statutory appointment stays, so the outcome is judged against it.
  details.reason = *reason;
  details.original_due_at = d.due_at;
  details.new_due_at = *new_due;
  details.late = s.now > d.due_at;
  details.timely = apology_timely(s.now, d.due_at, s.terms.calendar);
  details.notification = "queued";
  d.due_at = *new_due;
  d.apologized_at = s.now;
  return ok_status();
}

Status pause(const Step& s, Dossier& d, EventDetails& details) {
  // Only a listed reason may pause a dossier, so a pause can never hide lateness; the officer
  // may add words of their own in `reason`.
  const PauseReason* why = find_pause_reason(s.input.reason_code);
  if (!why)
    return invalid("reason_code", "reason_code must be one of the listed pause reasons",
                   "reason_code phải là một trong các lý do tạm dừng được quy định",
                   "workflow.pause_reason");
  details.reason_code = why->code;
  details.stops_clock = why->stops_clock;
  if (s.input.reason.find_first_not_of(" \t\r\n") != std::string::npos)
    details.reason = s.input.reason;
  details.paused_at = s.now;
  details.notification = "queued";
  d.pause_reason = why->code;
  d.paused_at = s.now;
  d.clock_stopped = why->stops_clock;
  return ok_status();
}

Status resume(const Step& s, Dossier& d, EventDetails& details) {
  // The office time paused for a reason that stops the clock is not counted: every due time
  // moves on by it, the statutory appointment included. Any other pause moves nothing, so the
  // outcome is judged as if the dossier had never stopped. A pause from before the closed
  // list had no code and was promised the first treatment.
  const auto* paused = last_event(s.history, EventKind::pause);
  const TimePoint paused_at = d.paused_at ? *d.paused_at : paused ? paused->at : s.now;
  const PauseReason* why = find_pause_reason(d.pause_reason);
  const bool stops_clock = why ? why->stops_clock : d.pause_reason.empty();
  if (why) details.reason_code = why->code;
  details.stops_clock = stops_clock;
  details.paused_at = paused_at;
  details.previous_due_at = d.due_at;
  details.notification = "queued";
  if (stops_clock) {
    const auto& cal = s.terms.calendar;
    d.due_at = due_after_pause(d.due_at, paused_at, s.now, cal);
    d.statutory_due_at = due_after_pause(d.statutory_due_at, paused_at, s.now, cal);
    if (d.step_due_at) d.step_due_at = due_after_pause(*d.step_due_at, paused_at, s.now, cal);
  }
  details.due_at = d.due_at;
  if (stops_clock) details.statutory_due_at = d.statutory_due_at;
  d.pause_reason.clear();
  d.paused_at.reset();
  d.clock_stopped = false;
  return ok_status();
}

void finish(const Step& s, Dossier& d, EventDetails& details, bool judged) {
  d.finished_at = s.now;
  d.step_due_at.reset();
  d.assignee.clear();
  d.pause_reason.clear();
  d.paused_at.reset();
  d.clock_stopped = false;
  if (!judged) return;  // a withdrawn dossier is counted as withdrawn, neither early nor late
  // Art. 19(9): a new appointment does not make a late dossier on time in the statistics.
  details.statutory_due_at = d.statutory_due_at;
  d.outcome = outcome_of(s.now, d.statutory_due_at, s.terms.limit, s.terms.calendar);
  details.outcome = d.outcome;
  const auto spent = processing_seconds(s.history, s.now, s.terms.limit, s.terms.calendar);
  details.processing_seconds = int(spent.used);
  if (spent.allowed) details.allowed_seconds = int(*spent.allowed);
  if (d.statutory_due_at != d.due_at)
    details.outcome_against_new_appointment =
        outcome_of(s.now, d.due_at, s.terms.limit, s.terms.calendar);
}

}  // namespace motcua::dossier::rules

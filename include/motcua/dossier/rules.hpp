#pragma once
// Every rule of a dossier's life after reception, as one pure function (issue 9):
// apply(action, dossier, history, terms, input, now) decides whether the actor may act, the
// new state and step, every due time (the appointment, the statutory appointment the outcome
// is judged by, the step's deadline), the outcome, and the event to append. It reads nothing
// and writes nothing: the service loads what it names, calls it, and stores the result.
// The due-time arithmetic it relies on is in due_times.hpp; the state machine in workflow.hpp;
// the dossier's process in process_definition.hpp. Table tests: tests/data/workflow/rules.tsv.
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/dossier/workflow.hpp"

namespace motcua::dossier {

// Who acts.
struct Actor {
  std::string username;
  auth::Role role = auth::Role::receiver;
  std::string agency_code;
};

// What the officer asked for, parsed (http/) but not yet judged; plus the two facts about
// other records that the rules need, looked up by the service beforehand.
struct ActionInput {
  Actor actor;
  std::string reason;
  std::string reason_code;  // pause: a code of pause_reasons.hpp
  std::string note;
  std::string assignee;                    // assign: the officer to give the dossier to
  std::optional<std::string> agency_code;  // forward: an ad-hoc handoff to this agency
  std::optional<std::string> role;         // forward: to this role there
  std::optional<double> hours;             // forward: the consulted agency's own allowance
  std::string step;                        // forward / send_back: the step named
  std::optional<TimePoint> new_due_at;     // apologize: the proposed new appointment
  bool new_due_at_given = false;           // present, even if it did not parse
  std::vector<SupplementItem> items;       // request_supplement: what to bring
  std::string method;                      // return_result: counter, postal or online
  std::string tracking_number;             // return_result by post
  // Looked up by the service: the agency of the officer named in `assignee` (none when no
  // such officer exists) and whether `agency_code` names a known agency.
  std::optional<std::string> assignee_agency;
  bool agency_known = false;
};

// The terms the dossier was received under: its receiving agency's calendar, the process
// definition version it follows, and its procedure's processing time (when known).
struct Terms {
  const calendar::WorkingCalendar& calendar;
  const ProcessDefinition& process;
  std::optional<calendar::ProcessingTime> limit;
};

// What an action does: the dossier after it, and the event that records it.
struct Transition {
  Dossier dossier;
  EventKind kind = EventKind::receive;
  DossierStatus from = DossierStatus::received;
  EventDetails details;
};

// Errors: forbidden (the role may never take the action, or the dossier is at another
// agency), conflict with field "action" naming the allowed actions (not in this state or
// step), invalid naming the field (bad input), conflict for a legal limit (a second supplement
// request or apology, a supplement asked too late, no step to forward to).
Result<Transition> apply(Action action, const Dossier& dossier,
                         const std::vector<DossierEvent>& history, const Terms& terms,
                         const ActionInput& input, TimePoint now);

// What `actor` may do now on `dossier` (empty outside its reach): the state machine's answer
// for the role, narrowed by the step of the dossier's process.
std::vector<Action> allowed_actions(const Actor& actor, const Dossier& dossier,
                                    const ProcessDefinition& process);

}  // namespace motcua::dossier

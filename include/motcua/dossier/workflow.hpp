#pragma once
// The processing state machine as data (data/embed/workflow/transitions.tsv): which role may
// take which action in which state, and where it leads. Every action on a dossier goes
// through it (issue 5; Decree 61/2018 Art. 18-20 as amended, DOMAIN.md §3).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/event_kind.hpp"

namespace motcua::dossier {

enum class Action {
  claim,
  assign,
  forward,
  send_back,
  request_supplement,
  submit_supplement,
  refuse,
  approve,
  sign,
  result_ready,
  return_result,
  withdraw,
  pause,
  resume,
  apologize,
};

std::string_view to_string(Action a);
bool parse_action(std::string_view name, Action& out);
// The history's name for an action's event (the same name).
EventKind event_kind(Action a);
const std::vector<Action>& all_actions();
const std::vector<DossierStatus>& all_statuses();
const std::vector<auth::Role>& all_roles();

// One row of the state machine table: in state `from`, `roles` may take `action`, leading to `to`.
struct TableRow {
  DossierStatus from = DossierStatus::received;
  Action action = Action::claim;
  std::vector<auth::Role> roles;
  DossierStatus to = DossierStatus::received;
  std::string step;  // the step the dossier must be in; empty = any
};

enum class Verdict {
  allowed,        // the action may be taken now
  forbidden,      // the role may never take it (HTTP 403)
  invalid_state,  // the role may take it, but not in this state or step (HTTP 409)
};

struct Evaluation {
  Verdict verdict = Verdict::forbidden;
  DossierStatus next = DossierStatus::received;  // meaningful when allowed
};

class Workflow {
 public:
  // Parses the tab-separated table; '#' lines and blank lines are ignored.
  static Result<Workflow> parse(std::string_view tsv);
  // The embedded table, parsed once.
  static const Workflow& standard();

  // `step` empty: step guards are not checked (the table's view of state × action × role).
  Evaluation evaluate(DossierStatus state, Action action, auth::Role role,
                      std::string_view step = {}) const;
  std::vector<Action> allowed_actions(DossierStatus state, auth::Role role,
                                      std::string_view step = {}) const;
  const std::vector<TableRow>& transitions() const { return transitions_; }

 private:
  std::vector<TableRow> transitions_;
};

// Shorthands on the embedded table.
Evaluation evaluate(DossierStatus state, Action action, auth::Role role);
std::vector<Action> allowed_actions(DossierStatus state, auth::Role role);

// --- the default process -------------------------------------------------------------------
// Whose queue receives a step: the competent agency, the receiving desk, or a named agency
// (an inter-agency step of a process definition).
enum class StepAgency { competent, receiving, fixed };

struct ProcessStep {
  std::string name;
  std::string label;  // Vietnamese display name
  auth::Role role = auth::Role::specialist;
  StepAgency agency = StepAgency::competent;
  double percent = 0;  // share of the processing time
};

// data/embed/workflow/default_process.tsv: examination → approval → result → return.
const std::vector<ProcessStep>& default_process();
const ProcessStep* find_step(std::string_view name);

// The working hours a limit grants: N working days = N × 8 working hours; working hours as
// stated; calendar limits as the office time between receipt and the due time.
double limit_hours(const calendar::ProcessingTime& limit, TimePoint received_at, TimePoint due_at,
                   const calendar::WorkingCalendar& cal);

// A step's due time: its start plus its share of the limit, never later than the dossier's.
TimePoint step_due(const ProcessStep& step, TimePoint start, double total_hours, TimePoint due_at,
                   const calendar::WorkingCalendar& cal);

}  // namespace motcua::dossier

#pragma once
// A procedure's process definition (issue 5 point 1): ordered steps, each done by a role at an
// agency within its allowance of working hours, optionally narrowing the actions the state
// machine allows in it. Definitions are versioned per procedure and a dossier keeps the
// version it was received under (DOMAIN.md §3: a dossier is judged by the rules in force when
// it was received). The state machine (workflow.hpp) stays the single gate: a definition can
// only narrow what it allows, never widen it.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/calendar/processing_time.hpp"
#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/workflow.hpp"

namespace motcua::dossier {

// A definition for every channel of its procedure (one for a channel wins over it).
inline constexpr std::string_view kAnyChannel = "any";
// The steps the state machine's guards name (transitions.tsv): `sign` only in the approval
// step, `result_ready` only in the result step. The engine leads `approve` into the first and
// `sign` into the second.
inline constexpr std::string_view kApprovalStep = "approval";
// The largest allowance a step may have (about 48 years of office time): keeps deadline
// arithmetic far inside its range.
inline constexpr double kMaxAllowanceHours = 100000;
inline constexpr std::string_view kResultStep = "result";

struct StepDefinition {
  std::string name;   // machine id, e.g. "examination"
  std::string label;  // Vietnamese display name, e.g. "Thẩm định hồ sơ"
  auth::Role role = auth::Role::specialist;
  StepAgency agency = StepAgency::competent;
  std::string agency_code;      // the agency when `agency` is fixed (an inter-agency step)
  double allowance_hours = 0;   // 0: no own allowance, due at the dossier's due time
  std::vector<Action> actions;  // empty: whatever the state machine allows
};

struct ProcessDefinition {
  std::string procedure_code;
  std::string channel{kAnyChannel};  // "counter", "online", "postal" or "any"
  int version = 0;                   // 0: the built-in default
  std::vector<StepDefinition> steps;

  const StepDefinition* find(std::string_view name) const;
  // The step after / before `name` in order; nullptr at either end or for an unknown name.
  const StepDefinition* next(std::string_view name) const;
  const StepDefinition* previous(std::string_view name) const;
  // A processing step: one before the approval step (the dossier is in progress there).
  bool is_processing(std::string_view name) const;
  double total_hours() const;
  // Whether the definition lets `action` be taken in step `step`. It refuses an action the
  // step's list leaves out, and `approve` anywhere but in the last processing step, so that
  // no step of the definition is skipped. A step outside the definition (an ad-hoc handoff,
  // the wait for a supplement) narrows nothing.
  bool permits(std::string_view step, Action action) const;
};

// The step names the state machine's guards use (the table's step column), sorted.
std::vector<std::string> guarded_step_names(const Workflow& workflow = Workflow::standard());

// Checks a definition's shape; the error names the field ("steps", "steps[1].role", …):
// at least one step; unique, non-empty names; allowances not negative; a fixed agency has its
// code; every step the state machine's guards name is present; the approval step comes after
// at least one processing step and is followed directly by the result step (no action leads
// elsewhere from the approved state); at most one step, the return, follows the result step;
// and each step's role can move a dossier on from it, per the state machine: a processing step's
// role can forward or approve while in progress, the approval step's can sign, the result
// step's can take result_ready, the return step's can return_result, each in the state the
// action leading into the step ends in (error field "steps[i].role").
Status validate(const ProcessDefinition& def, const Workflow& workflow = Workflow::standard());

// {"procedure_code", "channel", "steps":[{"name","label","role","agency","allowance_hours",
// "actions"}]} → a validated definition. "version" is ignored: the store numbers versions.
// `procedure_code` and `channel` fill in what the body leaves out.
Result<ProcessDefinition> process_definition_from_json(const nlohmann::json& j,
                                                       const std::string& procedure_code = {},
                                                       const std::string& channel = {});
nlohmann::json to_json(const ProcessDefinition& def);
// The steps alone: what the store keeps as a version's body and compares to tell a changed
// definition from an unchanged one (nlohmann objects keep keys sorted, so this is canonical).
nlohmann::json steps_json(const ProcessDefinition& def);

// The most working hours a limit can grant: N working days = N × 8 h; working hours as stated;
// a calendar day holds at most one working day (N × 8 h), a month at most 31 of them.
double max_limit_hours(const calendar::ProcessingTime& limit);
// The allowances may not add up to more than `limit_hours` (less is accepted); field "steps".
Status check_allowances(const ProcessDefinition& def, double limit_hours);

// The built-in default (default_process.tsv) with its shares of `total_hours`, so that its
// allowances add up to the processing time.
ProcessDefinition default_definition(std::string procedure_code, std::string channel,
                                     double total_hours);

// The agency that does `step` for dossier `d` (the competent or receiving agency, or the
// step's fixed agency).
const std::string& step_agency_of(const StepDefinition& step, const Dossier& d);

// True while `d` sits at an agency other than its step's own: an opinion asked of another
// agency by an ad-hoc forward (Art. 19(5)). That agency answers by forwarding the dossier back;
// it may not decide it.
bool is_consultation(const ProcessDefinition& process, const Dossier& d);

// Puts `d` into `step` started at `start`: its name, role, the agency whose queue receives it,
// no assignee, and its due time (start + allowance, never later than the dossier's due time).
void enter_step(const StepDefinition& step, Dossier& d, TimePoint start,
                const calendar::WorkingCalendar& cal);

}  // namespace motcua::dossier

// apply(): who may act, then the action's own rule (rules_moves.cpp, rules_times.cpp), then
// the event that records it (Decree 61/2018 Art. 18-20 as amended; issue 5 and 9).
#include "motcua/dossier/rules.hpp"

#include "rules_support.hpp"

namespace motcua::dossier {

namespace {

std::string rules_joined(const std::vector<Action>& actions) {
  std::string out;
  for (Action a : actions) out += (out.empty() ? "" : ", ") + std::string(to_string(a));
  return out.empty() ? "(none)" : out;
}

// The desk of the receiving agency takes supplements, withdrawals and returns even while the
// dossier sits at another agency (Decree 61/2018 Art. 18, 20: the one-stop department
// receives and returns).
bool in_reach(const Actor& actor, const Dossier& d, Action a) {
  if (actor.role == auth::Role::admin) return true;
  if (actor.agency_code == d.step_agency) return true;
  const bool desk_action = a == Action::submit_supplement || a == Action::withdraw ||
                           a == Action::return_result || a == Action::result_ready;
  return desk_action && actor.agency_code == d.receiving_agency;
}

// What the dossier's process lets happen in its present step: the step's own narrowing, and
// while another agency is consulted, only taking the dossier and sending it back (or the
// desk's withdrawal): the consulted agency gives an opinion, it does not decide (Art. 19(5)).
bool process_permits(const ProcessDefinition& process, const Dossier& d, Action a) {
  if (!process.permits(d.current_step, a)) return false;
  if (!is_consultation(process, d)) return true;
  return a == Action::claim || a == Action::assign || a == Action::forward || a == Action::withdraw;
}

Error not_now(const std::string& en, const std::string& vi, const std::vector<Action>& allowed) {
  const std::string list = rules_joined(allowed);
  return make_error(ErrorCode::conflict, "workflow.invalid_state",
                    en + "; allowed_actions: " + list, vi + "; các thao tác được phép: " + list,
                    "action");
}

// Checks that `actor` may take `action` on `d` now; the state it leads to when so.
Result<DossierStatus> gate(Action action, const Dossier& d, const ProcessDefinition& process,
                           const Actor& actor) {
  const std::string name(to_string(action));
  const std::string role(auth::to_string(actor.role));
  const auto ev = Workflow::standard().evaluate(d.status, action, actor.role, d.current_step);
  if (ev.verdict == Verdict::forbidden)
    return make_error(ErrorCode::forbidden, "workflow.forbidden",
                      "role " + role + " may not " + name,
                      "vai trò " + role + " không được thực hiện " + name, "action");
  if (!in_reach(actor, d, action))
    return make_error(ErrorCode::forbidden, "workflow.other_agency",
                      "the dossier is at agency " + d.step_agency + ", not yours",
                      "hồ sơ đang ở cơ quan " + d.step_agency + ", không thuộc cơ quan của bạn",
                      "action");
  const std::string status(to_string(d.status));
  if (ev.verdict == Verdict::invalid_state)
    return not_now(name + " is not possible while the dossier is " + status,
                   "không thể " + name + " khi hồ sơ ở trạng thái " + status,
                   allowed_actions(actor, d, process));
  if (!process_permits(process, d, action))
    return not_now(
        name + " is not allowed in step " + d.current_step + " of this procedure's process",
        "bước " + d.current_step + " của quy trình không cho phép " + name,
        allowed_actions(actor, d, process));
  return ev.next;
}

Status act(const rules::Step& s, Action action, Dossier& d, EventDetails& details) {
  const ProcessDefinition& p = s.terms.process;
  switch (action) {
    case Action::claim:
    case Action::assign:
      return rules::claim_or_assign(s, action, d, details);
    case Action::forward:
      return rules::forward(s, d, details);
    case Action::send_back:
      return rules::send_back(s, d, details);
    case Action::request_supplement:
      return rules::request_supplement(s, d, details);
    case Action::submit_supplement:
      return rules::submit_supplement(s, d, details);
    case Action::refuse: {
      // Art. 19(8): a refusal states its reason in writing (Form 03).
      auto reason = rules::required_reason(s.input);
      if (!reason.ok()) return reason.error();
      details.reason = *reason;
      rules::finish(s, d, details, true);
      return ok_status();
    }
    case Action::approve:
      details.approved_by = s.input.actor.username;
      rules::enter(s, d, *p.find(kApprovalStep), s.now);
      return ok_status();
    case Action::sign:
      details.signed_by = s.input.actor.username;
      rules::enter(s, d, *p.find(kResultStep), s.now);
      return ok_status();
    case Action::result_ready:
      return rules::result_ready(s, d);
    case Action::return_result:
      return rules::return_result(s, d, details);
    case Action::withdraw:
      details.reason = s.input.reason;
      rules::finish(s, d, details, false);
      return ok_status();
    case Action::pause:
      return rules::pause(s, d, details);
    case Action::resume:
      return rules::resume(s, d, details);
    case Action::apologize:
      return rules::apologize(s, d, details);
  }
  return ok_status();
}

}  // namespace

std::vector<Action> allowed_actions(const Actor& actor, const Dossier& d,
                                    const ProcessDefinition& process) {
  std::vector<Action> out;
  for (Action a : Workflow::standard().allowed_actions(d.status, actor.role, d.current_step))
    if (in_reach(actor, d, a) && process_permits(process, d, a)) out.push_back(a);
  return out;
}

Result<Transition> apply(Action action, const Dossier& dossier,
                         const std::vector<DossierEvent>& history, const Terms& terms,
                         const ActionInput& input, TimePoint now) {
  auto next = gate(action, dossier, terms.process, input.actor);
  if (!next.ok()) return next.error();
  const rules::Step s{dossier, history, terms, input, now};
  Transition t;
  t.dossier = dossier;
  t.kind = event_kind(action);
  t.from = dossier.status;
  t.details.step = dossier.current_step;
  MOTCUA_TRY(act(s, action, t.dossier, t.details));
  Dossier& d = t.dossier;
  d.status = *next;
  t.details.to_step = d.current_step;
  // Form 06 follows the dossier from agency to agency by this field; steps of a process
  // definition move it on approve, sign and result_ready too.
  if (d.step_agency != dossier.step_agency) t.details.to_agency = d.step_agency;
  t.details.step_due_at = d.step_due_at;
  d.version = dossier.version + 1;
  return t;
}

namespace rules {

Result<std::string> required_reason(const ActionInput& input) {
  if (input.reason.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid("reason", "a reason is required", "cần nêu rõ lý do",
                   "workflow.reason_required");
  return input.reason;
}

const DossierEvent* last_event(const std::vector<DossierEvent>& history, EventKind kind) {
  const DossierEvent* found = nullptr;
  for (const auto& e : history)
    if (e.kind == kind) found = &e;
  return found;
}

void enter(const Step& s, Dossier& d, const StepDefinition& step, TimePoint start) {
  enter_step(step, d, start, s.terms.calendar);
}

}  // namespace rules

}  // namespace motcua::dossier

// The rules of the actions that move a dossier along its process: who takes it next, and the
// step it is in (process_definition.hpp). Decree 61/2018 Art. 19(5)-(7), Art. 20.
#include "motcua/dossier/due_times.hpp"
#include "rules_support.hpp"

namespace motcua::dossier::rules {

namespace {

// Back from a consulted agency to the step's own: the step keeps the deadline it had before
// the consultation (recorded by the handoff), so asking an opinion never buys the step time.
Status return_from_consultation(const Step& s, Dossier& d, EventDetails& details) {
  std::optional<TimePoint> before;
  for (const auto& e : s.history) {
    if (e.kind != EventKind::forward) continue;
    auto det = parse_details(e.details);
    if (det.ok() && det->to_agency == d.step_agency && det->step_due_before)
      before = det->step_due_before;
  }
  details.from_agency = d.step_agency;
  details.from_assignee = d.assignee;
  enter(s, d, *s.terms.process.find(d.current_step), s.now);
  if (before) d.step_due_at = std::min(*before, d.due_at);
  details.to_agency = d.step_agency;
  details.to_role = d.step_role;
  return ok_status();
}

// Along the dossier's process: to the next processing step, or the one named in "step".
Status forward_in_process(const Step& s, Dossier& d, EventDetails& details) {
  const ProcessDefinition& p = s.terms.process;
  if (is_consultation(p, d)) return return_from_consultation(s, d, details);
  const std::string& wanted = s.input.step;
  // A forward goes to the next step and never skips one; naming a step is allowed only to
  // recover a dossier whose present step is not in its process.
  const StepDefinition* next = p.next(d.current_step);
  const bool known = p.find(d.current_step) != nullptr;
  const StepDefinition* to = wanted.empty() || known ? next : p.find(wanted);
  if (!wanted.empty() && (!to || to->name != wanted || !p.is_processing(wanted)))
    return invalid("step",
                   "step " + wanted + " is not the next processing step" +
                       (next ? " (" + next->name + ")" : std::string{}),
                   "bước " + wanted + " không phải bước xử lý kế tiếp" +
                       (next ? " (" + next->name + ")" : std::string{}),
                   "workflow.step");
  if (!to || !p.is_processing(to->name))
    return legal_limit(
        "workflow.no_next_step",
        "no processing step follows " + d.current_step + "; approve, or forward with agency_code",
        "sau bước " + d.current_step +
            " không còn bước xử lý; hãy phê duyệt (approve) hoặc chuyển kèm "
            "agency_code");
  details.from_agency = d.step_agency;
  details.from_assignee = d.assignee;
  enter(s, d, *to, s.now);
  details.to_agency = d.step_agency;
  details.to_role = d.step_role;
  return ok_status();
}

}  // namespace

Status claim_or_assign(const Step& s, Action action, Dossier& d, EventDetails& details) {
  std::string assignee = s.input.actor.username;
  if (action == Action::assign) {
    assignee = s.input.assignee;
    if (assignee.empty())
      return invalid("assignee", "name the officer to assign", "cần chọn cán bộ được giao",
                     "workflow.assignee_required");
    if (s.input.assignee_agency != d.step_agency)
      return invalid("assignee", "no officer " + assignee + " at agency " + d.step_agency,
                     "không có cán bộ " + assignee + " tại cơ quan " + d.step_agency,
                     "workflow.unknown_assignee");
  }
  // Dossiers received before reception timed the first step were given the whole time:
  // give them the step's own allowance at the first claim.
  const StepDefinition& first = s.terms.process.steps.front();
  if (d.current_step == first.name && d.step_due_at == d.due_at &&
      last_event(s.history, EventKind::claim) == nullptr)
    enter(s, d, first, d.received_at);
  d.assignee = assignee;
  details.assignee = assignee;
  return ok_status();
}

Status forward(const Step& s, Dossier& d, EventDetails& details) {
  const ActionInput& in = s.input;
  // Without an agency, role or allowance of its own a forward follows the process; with them
  // it is an ad-hoc handoff (an opinion asked of another agency, Art. 19(5)).
  if (!in.agency_code && !in.role && !in.hours) return forward_in_process(s, d, details);
  const std::string agency = in.agency_code.value_or("").empty() ? d.step_agency : *in.agency_code;
  if (agency != d.step_agency && !in.agency_known)
    return invalid("agency_code", "unknown agency " + agency, "không có cơ quan mã " + agency,
                   "agency.not_found");
  std::string role = in.role.value_or("");
  if (role.empty()) role = "specialist";
  auth::Role parsed = auth::Role::specialist;
  if (!auth::parse_role(role, parsed))
    return invalid("role", "unknown role " + role, "không có vai trò " + role, "workflow.role");
  // An opinion asked of another agency keeps the dossier in its step: the step is the
  // process's to change, not the handoff's.
  if (!in.step.empty() && in.step != d.current_step)
    return invalid("step",
                   "a handoff to another agency keeps the step (" + d.current_step +
                       "); forward without agency_code to move along the process",
                   "chuyển sang cơ quan khác giữ nguyên bước (" + d.current_step +
                       "); chuyển không kèm agency_code để sang bước kế tiếp",
                   "workflow.step");
  const ProcessDefinition& p = s.terms.process;
  // Handing it back to the step's own agency ends the consultation.
  if (const auto* own = p.find(d.current_step);
      own && is_consultation(p, d) && agency == step_agency_of(*own, d))
    return return_from_consultation(s, d, details);
  if (in.hours && (*in.hours <= 0 || *in.hours > kMaxAllowanceHours))
    return invalid("hours", "hours must be a number of working hours above 0",
                   "hours phải là số giờ làm việc lớn hơn 0", "workflow.hours");
  details.from_agency = d.step_agency;
  details.from_assignee = d.assignee;
  if (d.step_due_at && !is_consultation(p, d)) details.step_due_before = d.step_due_at;
  d.step_agency = agency;
  d.step_role = role;
  d.assignee.clear();
  // An inter-agency step gets its own allowance when given (Art. 19(6)), never past the due.
  if (in.hours) d.step_due_at = step_deadline(s.now, *in.hours, d.due_at, s.terms.calendar);
  details.to_agency = agency;
  details.to_role = role;
  // An opinion asked (Art. 19(5)) is due when the allowance given ends, else with the step;
  // the history records it, and a late answer is reported (consultation.hpp).
  if (is_consultation(p, d)) details.answer_due_at = d.step_due_at.value_or(d.due_at);
  return ok_status();
}

Status send_back(const Step& s, Dossier& d, EventDetails& details) {
  auto reason = required_reason(s.input);
  if (!reason.ok()) return reason.error();
  details.reason = *reason;
  // To the step named, which must come before the present one; else the step before the
  // present one (the last processing step from the approval or result step); else the first.
  const ProcessDefinition& p = s.terms.process;
  const std::string& wanted = s.input.step;
  const StepDefinition* target = nullptr;
  if (!wanted.empty()) {
    target = p.find(wanted);
    const StepDefinition* present = p.find(d.current_step);
    if (!target || !p.is_processing(wanted) || (present && target >= present))
      return invalid("step", "step " + wanted + " is not an earlier processing step",
                     "bước " + wanted + " không phải bước xử lý trước bước hiện tại",
                     "workflow.step");
  } else if (!p.is_processing(d.current_step) && p.find(d.current_step)) {
    target = p.previous(kApprovalStep);
  } else if (const auto* before = p.previous(d.current_step)) {
    target = before;
  } else {
    target = &p.steps.front();
  }
  enter(s, d, *target, s.now);
  return ok_status();
}

Status result_ready(const Step& s, Dossier& d) {
  if (const auto* after = s.terms.process.next(kResultStep)) {
    enter(s, d, *after, s.now);
    return ok_status();
  }
  // The one-stop desk returns every result (Decree 61/2018 Art. 20).
  StepDefinition desk;
  desk.name = "return";
  desk.role = auth::Role::receiver;
  desk.agency = StepAgency::receiving;
  enter(s, d, desk, s.now);
  return ok_status();
}

Status return_result(const Step& s, Dossier& d, EventDetails& details) {
  // Art. 20: at the counter, or by public postal service with its tracking number.
  const std::string method = s.input.method.empty() ? "counter" : s.input.method;
  if (method != "counter" && method != "postal" && method != "online")
    return invalid("method", "method is counter, postal or online",
                   "hình thức trả là counter, postal hoặc online", "workflow.method");
  if (method == "postal" && s.input.tracking_number.empty())
    return invalid("tracking_number", "a postal return needs its tracking number",
                   "trả qua bưu chính cần số hiệu bưu gửi", "workflow.tracking_number");
  details.method = method;
  if (!s.input.tracking_number.empty()) details.tracking_number = s.input.tracking_number;
  finish(s, d, details, true);
  return ok_status();
}

}  // namespace motcua::dossier::rules

// The rules of each action beyond the state machine: who takes the dossier next, its step
// deadlines, and the legal conditions of supplements, refusals, pauses and apologies.
#include <algorithm>

#include "motcua/common/time.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service::detail {

using dossier::Action;

namespace {

Error invalid(std::string field, std::string en, std::string vi, std::string key) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

std::string text_param(const nlohmann::json& p, const char* key) {
  auto it = p.find(key);
  return it != p.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

Result<std::string> required_reason(const nlohmann::json& p) {
  std::string reason = text_param(p, "reason");
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid("reason", "a reason is required", "cần nêu rõ lý do",
                   "workflow.reason_required");
  return reason;
}

const dossier::DossierEvent* last_event(const ActionContext& ctx, std::string_view action) {
  const dossier::DossierEvent* found = nullptr;
  for (const auto& e : *ctx.events)
    if (e.action == action) found = &e;
  return found;
}

// Moves the dossier into `step` of its process, started at `start`.
void enter_step(const ActionContext& ctx, dossier::Dossier& d, const dossier::StepDefinition& step,
                TimePoint start) {
  dossier::enter_step(step, d, start, ctx.calendar);
}

// The step a send_back leads to: the one named in "step", which must come before the present
// one, else the step before the present one (the last processing step from the approval or
// result step), else the first step.
Result<const dossier::StepDefinition*> send_back_target(const ActionContext& ctx,
                                                        const dossier::Dossier& d) {
  const dossier::ProcessDefinition& p = *ctx.process;
  const std::string wanted = text_param(ctx.params, "step");
  if (!wanted.empty()) {
    const dossier::StepDefinition* s = p.find(wanted);
    const dossier::StepDefinition* present = p.find(d.current_step);
    if (!s || !p.is_processing(wanted) || (present && s >= present))
      return invalid("step", "step " + wanted + " is not an earlier processing step",
                     "bước " + wanted + " không phải bước xử lý trước bước hiện tại",
                     "workflow.step");
    return s;
  }
  if (!p.is_processing(d.current_step) && p.find(d.current_step))
    return p.previous(dossier::kApprovalStep);
  if (const auto* before = p.previous(d.current_step)) return before;
  return &p.steps.front();
}

// Art. 19(9): a new appointment does not make a late dossier on time in the statistics, so
// the outcome is judged against the appointment before any apology moved it; the moved one
// is recorded beside it.
void finish(const ActionContext& ctx, dossier::Dossier& d, nlohmann::json& details) {
  d.finished_at = ctx.now;
  d.step_due_at.reset();
  d.assignee.clear();
  const auto unit = ctx.limit ? ctx.limit->unit : calendar::TimeUnit::working_days;
  TimePoint statutory_due = d.due_at;
  if (const auto* apology = last_event(ctx, "apologize")) {
    const auto apology_details = nlohmann::json::parse(apology->details, nullptr, false);
    if (apology_details.is_object())
      if (auto original = parse_iso(apology_details.value("original_due_at", "")))
        statutory_due = *original;
    // A lawful pause after the apology moves the original appointment as it moved the new.
    const dossier::DossierEvent* paused = nullptr;
    for (const auto& e : *ctx.events) {
      if (e.seq <= apology->seq) continue;
      if (e.action == "pause") paused = &e;
      if (e.action == "resume" && paused) {
        statutory_due = ctx.calendar.resume(statutory_due, paused->at, e.at);
        paused = nullptr;
      }
    }
  }
  details["statutory_due_at"] = format_iso(statutory_due);
  details["outcome"] = calendar::to_string(ctx.calendar.classify(ctx.now, statutory_due, unit));
  if (statutory_due != d.due_at)
    details["outcome_against_new_appointment"] =
        calendar::to_string(ctx.calendar.classify(ctx.now, d.due_at, unit));
}

Status claim_or_assign(const ActionContext& ctx, Action action, dossier::Dossier& d,
                       nlohmann::json& details) {
  std::string assignee = ctx.user.username;
  if (action == Action::assign) {
    assignee = text_param(ctx.params, "assignee");
    if (assignee.empty())
      return invalid("assignee", "name the officer to assign", "cần chọn cán bộ được giao",
                     "workflow.assignee_required");
    auto u = store::find_user(ctx.conn, assignee);
    if (!u.ok()) return u.error();
    if (!u->has_value() || (*u)->user.agency_code != d.step_agency)
      return invalid("assignee", "no officer " + assignee + " at agency " + d.step_agency,
                     "không có cán bộ " + assignee + " tại cơ quan " + d.step_agency,
                     "workflow.unknown_assignee");
  }
  // Dossiers received before reception timed the first step were given the whole time:
  // give them the step's own allowance at the first claim.
  const dossier::StepDefinition& first = ctx.process->steps.front();
  if (d.current_step == first.name && d.step_due_at == d.due_at &&
      last_event(ctx, "claim") == nullptr)
    enter_step(ctx, d, first, d.received_at);
  d.assignee = assignee;
  details["assignee"] = assignee;
  return ok_status();
}

// Back from a consulted agency to the step's own: the step keeps the deadline it had before
// the consultation (recorded by the handoff), so asking an opinion never buys the step time.
Status return_from_consultation(const ActionContext& ctx, dossier::Dossier& d,
                                nlohmann::json& details) {
  const dossier::ProcessDefinition& p = *ctx.process;
  std::optional<TimePoint> before;
  for (const auto& e : *ctx.events) {
    if (e.action != "forward") continue;
    const auto det = nlohmann::json::parse(e.details, nullptr, false);
    if (det.is_object() && det.value("to_agency", "") == d.step_agency &&
        det.contains("step_due_before"))
      before = parse_iso(det.value("step_due_before", ""));
  }
  details["from_agency"] = d.step_agency;
  details["from_assignee"] = d.assignee;
  enter_step(ctx, d, *p.find(d.current_step), ctx.now);
  if (before) d.step_due_at = std::min(*before, d.due_at);
  details["to_agency"] = d.step_agency;
  details["to_role"] = d.step_role;
  return ok_status();
}

// Along the dossier's process: to the next processing step, or the one named in "step".
Status forward_in_process(const ActionContext& ctx, dossier::Dossier& d,
                          nlohmann::json& details) {
  const dossier::ProcessDefinition& p = *ctx.process;
  if (dossier::is_consultation(p, d)) return return_from_consultation(ctx, d, details);
  const std::string wanted = text_param(ctx.params, "step");
  // A forward goes to the next step and never skips one; naming a step is allowed only to
  // recover a dossier whose present step is not in its process.
  const dossier::StepDefinition* next = p.next(d.current_step);
  const bool known = p.find(d.current_step) != nullptr;
  const dossier::StepDefinition* to = wanted.empty() || known ? next : p.find(wanted);
  if (!wanted.empty() && (!to || to->name != wanted || !p.is_processing(wanted)))
    return invalid("step",
                   "step " + wanted + " is not the next processing step" +
                       (next ? " (" + next->name + ")" : std::string{}),
                   "bước " + wanted + " không phải bước xử lý kế tiếp" +
                       (next ? " (" + next->name + ")" : std::string{}),
                   "workflow.step");
  if (!to || !p.is_processing(to->name))
    return make_error(ErrorCode::conflict, "workflow.no_next_step",
                      "no processing step follows " + d.current_step +
                          "; approve, or forward with agency_code",
                      "sau bước " + d.current_step +
                          " không còn bước xử lý; hãy phê duyệt (approve) hoặc chuyển kèm "
                          "agency_code",
                      "action");
  details["from_agency"] = d.step_agency;
  details["from_assignee"] = d.assignee;
  enter_step(ctx, d, *to, ctx.now);
  details["to_agency"] = d.step_agency;
  details["to_role"] = d.step_role;
  return ok_status();
}

Status forward(const ActionContext& ctx, dossier::Dossier& d, nlohmann::json& details) {
  // Without an agency, role or allowance of its own a forward follows the process; with them
  // it is an ad-hoc handoff (an opinion asked of another agency, Art. 19(5)).
  if (!ctx.params.contains("agency_code") && !ctx.params.contains("role") &&
      !ctx.params.contains("hours"))
    return forward_in_process(ctx, d, details);
  const std::string agency = text_param(ctx.params, "agency_code").empty()
                                 ? d.step_agency
                                 : text_param(ctx.params, "agency_code");
  auto a = store::find_agency(ctx.conn, agency);
  if (!a.ok()) return a.error();
  if (!a->has_value())
    return invalid("agency_code", "unknown agency " + agency, "không có cơ quan mã " + agency,
                   "agency.not_found");
  if (ctx.params.contains("role") && !ctx.params["role"].is_string())
    return invalid("role", "role must be a text", "vai trò phải là chuỗi ký tự", "workflow.role");
  std::string role = text_param(ctx.params, "role");
  auth::Role parsed = auth::Role::specialist;
  if (role.empty()) role = "specialist";
  if (!auth::parse_role(role, parsed))
    return invalid("role", "unknown role " + role, "không có vai trò " + role, "workflow.role");
  // An opinion asked of another agency keeps the dossier in its step: the step is the
  // process's to change, not the handoff's.
  const std::string step = text_param(ctx.params, "step");
  if (!step.empty() && step != d.current_step)
    return invalid("step",
                   "a handoff to another agency keeps the step (" + d.current_step +
                       "); forward without agency_code to move along the process",
                   "chuyển sang cơ quan khác giữ nguyên bước (" + d.current_step +
                       "); chuyển không kèm agency_code để sang bước kế tiếp",
                   "workflow.step");
  // Handing it back to the step's own agency ends the consultation.
  if (const auto* own = ctx.process->find(d.current_step);
      own && dossier::is_consultation(*ctx.process, d) &&
      agency == dossier::step_agency_of(*own, d))
    return return_from_consultation(ctx, d, details);
  std::optional<double> hours;
  if (auto it = ctx.params.find("hours"); it != ctx.params.end()) {
    if (!it->is_number() || it->get<double>() <= 0 ||
        it->get<double>() > dossier::kMaxAllowanceHours)
      return invalid("hours", "hours must be a number of working hours above 0",
                     "hours phải là số giờ làm việc lớn hơn 0", "workflow.hours");
    hours = it->get<double>();
  }
  details["from_agency"] = d.step_agency;
  details["from_assignee"] = d.assignee;
  if (d.step_due_at && !dossier::is_consultation(*ctx.process, d))
    details["step_due_before"] = format_iso(*d.step_due_at);
  d.step_agency = agency;
  d.step_role = role;
  d.assignee.clear();
  // An inter-agency step gets its own allowance when given (Art. 19(6)), never past the due.
  if (hours) d.step_due_at = std::min(ctx.calendar.add_working_hours(ctx.now, *hours), d.due_at);
  details["to_agency"] = agency;
  details["to_role"] = role;
  return ok_status();
}

Status request_supplement(const ActionContext& ctx, dossier::Dossier& d, nlohmann::json& details) {
  // Decree 61/2018 Art. 19(4) (kept by Decree 118/2025): the supplement is asked once, in
  // writing, no later than 3 working days after receipt.
  const TimePoint limit = ctx.calendar.due_at(
      d.received_at, calendar::ProcessingTime{3, calendar::TimeUnit::working_days});
  if (ctx.now > limit)
    return make_error(ErrorCode::conflict, "workflow.supplement_too_late",
                      "a supplement may be requested only within 3 working days of receipt",
                      "chỉ được yêu cầu bổ sung trong 3 ngày làm việc kể từ ngày tiếp nhận",
                      "action");
  if (last_event(ctx, "request_supplement"))
    return make_error(ErrorCode::conflict, "workflow.supplement_already_requested",
                      "a supplement is requested only once", "chỉ yêu cầu bổ sung một lần",
                      "action");
  nlohmann::json items = nlohmann::json::array();
  if (auto it = ctx.params.find("items"); it != ctx.params.end() && it->is_array())
    for (const auto& i : *it)
      if (i.is_object())
        items.push_back(
            {{"content", text_param(i, "content")}, {"reason", text_param(i, "reason")}});
  const std::string reason = text_param(ctx.params, "reason");
  if (items.empty() && reason.empty())
    return invalid("items", "say what must be supplemented", "cần nêu nội dung phải bổ sung",
                   "workflow.items_required");
  details["items"] = items;
  details["reason"] = reason;
  details["previous_due_at"] = format_iso(d.due_at);
  d.current_step = "supplement";
  d.step_agency = d.receiving_agency;
  d.step_role = "receiver";
  d.assignee.clear();
  d.step_due_at.reset();
  return ok_status();
}

Status submit_supplement(const ActionContext& ctx, dossier::Dossier& d, nlohmann::json& details) {
  // Art. 19(4): the processing time starts again from zero when the complete dossier is
  // received; a new appointment is issued.
  details["previous_due_at"] = format_iso(d.due_at);
  if (!ctx.limit) {
    enter_step(ctx, d, ctx.process->steps.front(), ctx.now);
  } else {
    d.due_at = ctx.calendar.restart(ctx.now, *ctx.limit);
    // The default's shares are of the restarted time; a stored version keeps its allowances.
    const dossier::ProcessDefinition restarted =
        ctx.process->version > 0
            ? *ctx.process
            : dossier::default_definition(
                  d.procedure_code, ctx.process->channel,
                  dossier::limit_hours(*ctx.limit, ctx.now, d.due_at, ctx.calendar));
    enter_step(ctx, d, restarted.steps.front(), ctx.now);
  }
  details["due_at"] = format_iso(d.due_at);
  return ok_status();
}

Status apologize(const ActionContext& ctx, dossier::Dossier& d, nlohmann::json& details) {
  // Art. 19(9): the appointment may be moved only once.
  if (last_event(ctx, "apologize"))
    return make_error(ErrorCode::conflict, "dossier.apology_already_given",
                      "the appointment was already moved once", "lịch hẹn đã được dời một lần",
                      "action");
  auto reason = required_reason(ctx.params);
  if (!reason.ok()) return reason.error();
  const auto new_due = parse_iso(text_param(ctx.params, "new_due_at"));
  if (!new_due || *new_due <= d.due_at || *new_due <= ctx.now)
    return invalid("new_due_at", "new_due_at must be a time after the present appointment",
                   "ngày hẹn mới phải sau ngày hẹn hiện tại", "workflow.new_due_at");
  // Art. 19(9): at the latest one working day before the due time; later it is still taken
  // but recorded as late, and the original due time stays in the record for statistics.
  const bool after_due = ctx.now > d.due_at;
  const bool timely = ctx.calendar.working_seconds_between(ctx.now, d.due_at) >= 8 * 3600;
  details["reason"] = *reason;
  details["original_due_at"] = format_iso(d.due_at);
  details["new_due_at"] = format_iso(*new_due);
  details["late"] = after_due;
  details["timely"] = timely;
  details["notification"] = "queued";
  d.due_at = *new_due;
  return ok_status();
}

}  // namespace

Status apply_action(const ActionContext& ctx, Action action, dossier::Dossier& d,
                    nlohmann::json& details) {
  switch (action) {
    case Action::claim:
    case Action::assign:
      return claim_or_assign(ctx, action, d, details);
    case Action::forward:
      return forward(ctx, d, details);
    case Action::send_back: {
      auto reason = required_reason(ctx.params);
      if (!reason.ok()) return reason.error();
      details["reason"] = *reason;
      auto target = send_back_target(ctx, d);
      if (!target.ok()) return target.error();
      enter_step(ctx, d, **target, ctx.now);
      return ok_status();
    }
    case Action::request_supplement:
      return request_supplement(ctx, d, details);
    case Action::submit_supplement:
      return submit_supplement(ctx, d, details);
    case Action::refuse: {
      // Art. 19(8): a refusal states its reason in writing (Form 03).
      auto reason = required_reason(ctx.params);
      if (!reason.ok()) return reason.error();
      details["reason"] = *reason;
      finish(ctx, d, details);
      return ok_status();
    }
    case Action::approve:
      details["approved_by"] = ctx.user.username;
      enter_step(ctx, d, *ctx.process->find(dossier::kApprovalStep), ctx.now);
      return ok_status();
    case Action::sign:
      details["signed_by"] = ctx.user.username;
      enter_step(ctx, d, *ctx.process->find(dossier::kResultStep), ctx.now);
      return ok_status();
    case Action::result_ready:
      if (const auto* after = ctx.process->next(dossier::kResultStep)) {
        enter_step(ctx, d, *after, ctx.now);
      } else {
        // The one-stop desk returns every result (Decree 61/2018 Art. 20).
        dossier::StepDefinition desk;
        desk.name = "return";
        desk.role = auth::Role::receiver;
        desk.agency = dossier::StepAgency::receiving;
        enter_step(ctx, d, desk, ctx.now);
      }
      return ok_status();
    case Action::return_result: {
      // Art. 20: at the counter, or by public postal service with its tracking number.
      std::string method = text_param(ctx.params, "method");
      if (method.empty()) method = "counter";
      if (method != "counter" && method != "postal" && method != "online")
        return invalid("method", "method is counter, postal or online",
                       "hình thức trả là counter, postal hoặc online", "workflow.method");
      const std::string tracking = text_param(ctx.params, "tracking_number");
      if (method == "postal" && tracking.empty())
        return invalid("tracking_number", "a postal return needs its tracking number",
                       "trả qua bưu chính cần số hiệu bưu gửi", "workflow.tracking_number");
      details["method"] = method;
      if (!tracking.empty()) details["tracking_number"] = tracking;
      finish(ctx, d, details);
      return ok_status();
    }
    case Action::withdraw:
      details["reason"] = text_param(ctx.params, "reason");
      finish(ctx, d, details);
      return ok_status();
    case Action::pause: {
      auto reason = required_reason(ctx.params);
      if (!reason.ok()) return reason.error();
      details["reason"] = *reason;
      details["paused_at"] = format_iso(ctx.now);
      return ok_status();
    }
    case Action::resume: {
      // The time paused where the law allows it is not counted: the due time moves on.
      const auto* paused = last_event(ctx, "pause");
      const TimePoint paused_at = paused ? paused->at : ctx.now;
      details["previous_due_at"] = format_iso(d.due_at);
      d.due_at = ctx.calendar.resume(d.due_at, paused_at, ctx.now);
      if (d.step_due_at) d.step_due_at = ctx.calendar.resume(*d.step_due_at, paused_at, ctx.now);
      details["due_at"] = format_iso(d.due_at);
      return ok_status();
    }
    case Action::apologize:
      return apologize(ctx, d, details);
  }
  return ok_status();
}

}  // namespace motcua::service::detail

#include "motcua/dossier/process_definition.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "motcua/dossier/due_times.hpp"

namespace motcua::dossier {

namespace {

Error shape_error(std::string field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "process.invalid", en, vi, std::move(field));
}

std::string step_field(size_t i, const char* member) {
  return "steps[" + std::to_string(i) + "]." + member;
}

std::ptrdiff_t index_of(const ProcessDefinition& def, std::string_view name) {
  for (size_t i = 0; i < def.steps.size(); ++i)
    if (def.steps[i].name == name) return static_cast<std::ptrdiff_t>(i);
  return -1;
}

// The state `action` leads to from `from` (the table has one row per state × action).
std::optional<DossierStatus> leads_to(const Workflow& workflow, DossierStatus from, Action action) {
  for (const auto& t : workflow.transitions())
    if (t.from == from && t.action == action) return t.to;
  return std::nullopt;
}

// What a step must do for the dossier to leave it: the state the dossier is in there and the
// actions of which its role needs at least one.
struct StepDuty {
  std::optional<DossierStatus> state;  // none: the state machine has no way into the step
  std::vector<Action> actions;
  const char* kind = "";
};

// The states follow the actions that lead into each kind of step (the engine enters the
// approval step on `approve`, the result step on `sign`, the return step on `result_ready`),
// so that a changed table changes what is required without touching this code.
StepDuty duty_of(const ProcessDefinition& def, size_t i, const Workflow& workflow) {
  const auto approval = size_t(index_of(def, kApprovalStep));
  const auto result = size_t(index_of(def, kResultStep));
  const auto approved = leads_to(workflow, DossierStatus::in_progress, Action::approve);
  const auto after_sign = approved ? leads_to(workflow, *approved, Action::sign) : std::nullopt;
  if (i < approval)
    return {DossierStatus::in_progress, {Action::forward, Action::approve}, "processing"};
  if (i == approval) return {approved, {Action::sign}, "approval"};
  if (i == result) return {after_sign, {Action::result_ready}, "result"};
  const auto ready =
      after_sign ? leads_to(workflow, *after_sign, Action::result_ready) : std::nullopt;
  return {ready, {Action::return_result}, "return"};
}

std::string joined(const std::vector<Action>& actions, const char* word) {
  std::string out;
  for (size_t k = 0; k < actions.size(); ++k) {
    if (k > 0) out += word;
    out += to_string(actions[k]);
  }
  return out;
}

// Checks that the role of step `i` can take one of the actions that move a dossier out of it.
// Before this, a role only had to act somewhere in the table, so a manager could be made to
// sign or a receiver to examine, and dossiers stayed in a queue that could not move them.
Status check_role(const ProcessDefinition& def, size_t i, const Workflow& workflow) {
  const StepDefinition& s = def.steps[i];
  const StepDuty duty = duty_of(def, i, workflow);
  const bool able =
      duty.state && std::any_of(duty.actions.begin(), duty.actions.end(), [&](Action a) {
        return workflow.evaluate(*duty.state, a, s.role, s.name).verdict == Verdict::allowed;
      });
  if (able) return ok_status();
  const std::string role(auth::to_string(s.role));
  const std::string state = duty.state ? std::string(to_string(*duty.state)) : "?";
  return shape_error(
      step_field(i, "role"),
      "role " + role + " cannot " + joined(duty.actions, " or ") + " in the " + duty.kind +
          " step \"" + s.name + "\" (state " + state + "), so dossiers would stay stuck there",
      "vai trò " + role + " không thể thực hiện " + joined(duty.actions, " hoặc ") + " ở bước \"" +
          s.name + "\" (trạng thái " + state + "), hồ sơ sẽ bị kẹt tại bước này");
}

}  // namespace

const StepDefinition* ProcessDefinition::find(std::string_view name) const {
  const auto i = index_of(*this, name);
  return i < 0 ? nullptr : &steps[size_t(i)];
}

const StepDefinition* ProcessDefinition::next(std::string_view name) const {
  const auto i = index_of(*this, name);
  return i < 0 || size_t(i) + 1 >= steps.size() ? nullptr : &steps[size_t(i) + 1];
}

const StepDefinition* ProcessDefinition::previous(std::string_view name) const {
  const auto i = index_of(*this, name);
  return i <= 0 ? nullptr : &steps[size_t(i) - 1];
}

bool ProcessDefinition::is_processing(std::string_view name) const {
  const auto i = index_of(*this, name);
  const auto approval = index_of(*this, kApprovalStep);
  return i >= 0 && (approval < 0 || i < approval);
}

double ProcessDefinition::total_hours() const {
  double sum = 0;
  for (const auto& s : steps) sum += s.allowance_hours;
  return sum;
}

bool ProcessDefinition::permits(std::string_view step, Action action) const {
  const StepDefinition* s = find(step);
  if (!s) return true;
  if (!s->actions.empty() &&
      std::find(s->actions.begin(), s->actions.end(), action) == s->actions.end())
    return false;
  if (action == Action::approve) {
    const StepDefinition* after = next(step);
    return after && after->name == kApprovalStep;
  }
  return true;
}

std::vector<std::string> guarded_step_names(const Workflow& workflow) {
  std::set<std::string> names;
  for (const auto& t : workflow.transitions())
    if (!t.step.empty()) names.insert(t.step);
  return {names.begin(), names.end()};
}

Status validate(const ProcessDefinition& def, const Workflow& workflow) {
  if (def.steps.empty())
    return shape_error("steps", "a process needs at least one step",
                       "quy trình phải có ít nhất một bước");
  std::set<std::string> seen;
  for (size_t i = 0; i < def.steps.size(); ++i) {
    const StepDefinition& s = def.steps[i];
    if (s.name.empty())
      return shape_error(step_field(i, "name"), "every step needs a name",
                         "mỗi bước phải có tên (name)");
    if (!seen.insert(s.name).second)
      return shape_error(step_field(i, "name"), "step name \"" + s.name + "\" is used twice",
                         "tên bước \"" + s.name + "\" bị trùng");
    if (!(s.allowance_hours >= 0))
      return shape_error(step_field(i, "allowance_hours"),
                         "the allowance of step \"" + s.name + "\" may not be negative",
                         "thời gian của bước \"" + s.name + "\" không được âm");
    // No statutory limit comes near this (about 50 years of office hours); the bound keeps
    // deadline arithmetic within range for a procedure whose own limit is unknown.
    if (s.allowance_hours > kMaxAllowanceHours)
      return shape_error(step_field(i, "allowance_hours"),
                         "the allowance of step \"" + s.name + "\" is too large",
                         "thời gian của bước \"" + s.name + "\" quá lớn");
    if (s.agency == StepAgency::fixed && s.agency_code.empty())
      return shape_error(step_field(i, "agency"), "step \"" + s.name + "\" names no agency",
                         "bước \"" + s.name + "\" chưa có cơ quan thực hiện");
  }
  for (const std::string& name : guarded_step_names(workflow))
    if (!def.find(name))
      return shape_error("steps",
                         "the state machine needs a step named \"" + name +
                             "\" (some actions are allowed only there)",
                         "quy trình phải có bước \"" + name +
                             "\" (một số thao tác chỉ thực hiện được ở bước này)");
  const auto approval = index_of(def, kApprovalStep);
  const auto result = index_of(def, kResultStep);
  if (approval < 0 || result < 0)
    return shape_error("steps", "the process needs an approval and a result step",
                       "quy trình phải có bước approval và bước result");
  if (approval == 0)
    return shape_error("steps", "the approval step needs a processing step before it",
                       "trước bước approval phải có ít nhất một bước xử lý");
  if (result != approval + 1)
    return shape_error("steps", "the result step must follow the approval step directly",
                       "bước result phải ngay sau bước approval");
  if (def.steps.size() > size_t(result) + 2)
    return shape_error("steps", "only one step (the return) may follow the result step",
                       "sau bước result chỉ có thể có một bước (trả kết quả)");
  // Roles last: what a step must do depends on where it stands, known only once the shape is.
  for (size_t i = 0; i < def.steps.size(); ++i) MOTCUA_TRY(check_role(def, i, workflow));
  return ok_status();
}

double max_limit_hours(const calendar::ProcessingTime& limit) {
  switch (limit.unit) {
    case calendar::TimeUnit::working_days:
    case calendar::TimeUnit::calendar_days:
      return limit.amount * 8.0;
    case calendar::TimeUnit::working_hours:
      return limit.amount;
    case calendar::TimeUnit::calendar_months:
      return limit.amount * 31.0 * 8.0;
  }
  return 0;
}

Status check_allowances(const ProcessDefinition& def, double limit_hours) {
  const double sum = def.total_hours();
  // A thousandth of an hour absorbs the rounding of fractional allowances.
  if (sum <= limit_hours + 1e-3) return ok_status();
  auto hours = [](double h) {
    std::string s = std::to_string(h);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  return make_error(ErrorCode::invalid, "process.too_long",
                    "the steps' allowances add up to " + hours(sum) +
                        " working hours, more than the processing time of " + hours(limit_hours) +
                        " working hours",
                    "tổng thời gian các bước là " + hours(sum) +
                        " giờ làm việc, vượt thời hạn giải quyết " + hours(limit_hours) +
                        " giờ làm việc",
                    "steps");
}

ProcessDefinition default_definition(std::string procedure_code, std::string channel,
                                     double total_hours) {
  ProcessDefinition def;
  def.procedure_code = std::move(procedure_code);
  def.channel = std::move(channel);
  for (const ProcessStep& p : default_process()) {
    StepDefinition s;
    s.name = p.name;
    s.label = p.label;
    s.role = p.role;
    s.agency = p.agency;
    s.allowance_hours = total_hours * p.percent / 100.0;
    def.steps.push_back(std::move(s));
  }
  return def;
}

const std::string& step_agency_of(const StepDefinition& step, const Dossier& d) {
  switch (step.agency) {
    case StepAgency::competent:
      return d.competent_agency;
    case StepAgency::receiving:
      return d.receiving_agency;
    case StepAgency::fixed:
      return step.agency_code;
  }
  return d.competent_agency;
}

bool is_consultation(const ProcessDefinition& process, const Dossier& d) {
  const StepDefinition* step = process.find(d.current_step);
  return step && d.step_agency != step_agency_of(*step, d);
}

void enter_step(const StepDefinition& step, Dossier& d, TimePoint start,
                const calendar::WorkingCalendar& cal) {
  d.current_step = step.name;
  d.step_role = std::string(auth::to_string(step.role));
  d.step_agency = step_agency_of(step, d);
  d.assignee.clear();
  d.step_due_at = step_deadline(start, step.allowance_hours, d.due_at, cal);
}

}  // namespace motcua::dossier

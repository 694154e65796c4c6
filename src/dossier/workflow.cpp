#include "motcua/dossier/workflow.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "motcua/common/embedded.hpp"

namespace motcua::dossier {

namespace {

constexpr std::array<std::string_view, 15> kActionNames = {
    "claim",  "assign",  "forward",  "send_back",    "request_supplement", "submit_supplement",
    "refuse", "approve", "sign",     "result_ready", "return_result",      "withdraw",
    "pause",  "resume",  "apologize"};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

Error table_error(size_t line, const std::string& what) {
  return make_error(ErrorCode::invalid, "workflow.table",
                    "workflow table line " + std::to_string(line) + ": " + what,
                    "bảng quy trình dòng " + std::to_string(line) + ": " + what);
}

bool has_role(const TableRow& t, auth::Role role) {
  return std::find(t.roles.begin(), t.roles.end(), role) != t.roles.end();
}

}  // namespace

std::string_view to_string(Action a) { return kActionNames.at(static_cast<size_t>(a)); }

// EventKind lists the reception first, then the actions in Action's order.
static_assert(static_cast<int>(EventKind::claim) == static_cast<int>(Action::claim) + 1);
static_assert(static_cast<int>(EventKind::apologize) == static_cast<int>(Action::apologize) + 1);

EventKind event_kind(Action a) { return static_cast<EventKind>(static_cast<int>(a) + 1); }

bool parse_action(std::string_view name, Action& out) {
  for (size_t i = 0; i < kActionNames.size(); ++i)
    if (kActionNames[i] == name) {
      out = static_cast<Action>(i);
      return true;
    }
  return false;
}

const std::vector<Action>& all_actions() {
  static const std::vector<Action> all = [] {
    std::vector<Action> v;
    for (size_t i = 0; i < kActionNames.size(); ++i) v.push_back(static_cast<Action>(i));
    return v;
  }();
  return all;
}

const std::vector<DossierStatus>& all_statuses() {
  static const std::vector<DossierStatus> all = {
      DossierStatus::received, DossierStatus::in_progress, DossierStatus::supplement_requested,
      DossierStatus::paused,   DossierStatus::approved,    DossierStatus::result_ready,
      DossierStatus::returned, DossierStatus::refused,     DossierStatus::withdrawn};
  return all;
}

const std::vector<auth::Role>& all_roles() {
  static const std::vector<auth::Role> all = {auth::Role::receiver, auth::Role::specialist,
                                              auth::Role::leader,   auth::Role::manager,
                                              auth::Role::admin,    auth::Role::inspector};
  return all;
}

Result<Workflow> Workflow::parse(std::string_view tsv) {
  Workflow w;
  size_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto cols = split(line, '\t');
    if (cols.size() != 5) return table_error(line_no, "expected 5 tab-separated columns");
    TableRow t;
    if (!parse_status(cols[0], t.from)) return table_error(line_no, "unknown state");
    if (!parse_action(cols[1], t.action)) return table_error(line_no, "unknown action");
    for (std::string_view r : split(cols[2], ',')) {
      auth::Role role = auth::Role::receiver;
      if (!auth::parse_role(r, role)) return table_error(line_no, "unknown role");
      t.roles.push_back(role);
    }
    if (!parse_status(cols[3], t.to)) return table_error(line_no, "unknown next state");
    if (cols[4] != "*") t.step = std::string(cols[4]);
    for (const auto& other : w.transitions_)
      if (other.from == t.from && other.action == t.action)
        return table_error(line_no, "state and action listed twice");
    w.transitions_.push_back(std::move(t));
  }
  return w;
}

const Workflow& Workflow::standard() {
  static const Workflow w = [] {
    auto text = embedded::find("workflow/transitions.tsv");
    if (!text) throw std::logic_error("workflow/transitions.tsv is not embedded");
    auto parsed = Workflow::parse(*text);
    if (!parsed.ok()) throw std::logic_error(parsed.error().message);
    return std::move(*parsed);
  }();
  return w;
}

Evaluation Workflow::evaluate(DossierStatus state, Action action, auth::Role role,
                              std::string_view step) const {
  bool role_may = false;
  for (const auto& t : transitions_) {
    if (t.action != action || !has_role(t, role)) continue;
    role_may = true;
    if (t.from == state && (step.empty() || t.step.empty() || t.step == step))
      return {Verdict::allowed, t.to};
  }
  return {role_may ? Verdict::invalid_state : Verdict::forbidden, state};
}

std::vector<Action> Workflow::allowed_actions(DossierStatus state, auth::Role role,
                                              std::string_view step) const {
  std::vector<Action> out;
  for (Action a : all_actions())
    if (evaluate(state, a, role, step).verdict == Verdict::allowed) out.push_back(a);
  return out;
}

Evaluation evaluate(DossierStatus state, Action action, auth::Role role) {
  return Workflow::standard().evaluate(state, action, role);
}

std::vector<Action> allowed_actions(DossierStatus state, auth::Role role) {
  return Workflow::standard().allowed_actions(state, role);
}

}  // namespace motcua::dossier

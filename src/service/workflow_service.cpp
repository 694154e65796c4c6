#include "motcua/service/workflow_service.hpp"

#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/service/notification_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::service {

using dossier::Action;
using dossier::DossierStatus;

namespace {

std::string joined(const std::vector<Action>& actions) {
  std::string out;
  for (Action a : actions) out += (out.empty() ? "" : ", ") + std::string(dossier::to_string(a));
  return out.empty() ? "(none)" : out;
}

// The desk of the receiving agency takes supplements, withdrawals and returns even while the
// dossier sits at another agency (Decree 61/2018 Art. 18, 20: the one-stop department
// receives and returns).
bool in_scope(const auth::User& user, const dossier::Dossier& d, Action a) {
  if (user.role == auth::Role::admin) return true;
  if (user.agency_code == d.step_agency) return true;
  const bool desk_action = a == Action::submit_supplement || a == Action::withdraw ||
                           a == Action::return_result || a == Action::result_ready;
  return desk_action && user.agency_code == d.receiving_agency;
}

// What the dossier's process lets happen in its present step: the step's own narrowing, and
// while another agency is consulted, only taking the dossier and sending it back (or the
// desk's withdrawal).
bool process_permits(const dossier::ProcessDefinition& process, const dossier::Dossier& d,
                     Action a) {
  if (!process.permits(d.current_step, a)) return false;
  if (!dossier::is_consultation(process, d)) return true;
  return a == Action::claim || a == Action::assign || a == Action::forward ||
         a == Action::withdraw;
}

// The state machine's answer for the user's role, within the user's reach, narrowed by the
// step of the dossier's process.
std::vector<Action> allowed_in(const auth::User& user, const dossier::Dossier& d,
                               const dossier::ProcessDefinition& process) {
  std::vector<Action> out;
  for (Action a :
       dossier::Workflow::standard().allowed_actions(d.status, user.role, d.current_step))
    if (in_scope(user, d, a) && process_permits(process, d, a)) out.push_back(a);
  return out;
}

}  // namespace

std::vector<Action> WorkflowService::allowed_for(const auth::User& user,
                                                 const dossier::Dossier& d) const {
  // The default's shares do not change what it permits, so it needs neither limit nor read.
  const auto cal = calendars_(d.receiving_agency);
  auto process = d.process_version <= 0
                     ? Result<dossier::ProcessDefinition>(
                           detail::default_process_for(d, std::nullopt, *cal))
                     : db_.read<dossier::ProcessDefinition>([&](store::SqlConnection& c) {
                         return detail::process_for(c, d, std::nullopt, *cal);
                       });
  if (!process.ok()) return {};
  return allowed_in(user, d, *process);
}

Result<dossier::Dossier> WorkflowService::perform(const auth::User& user, const std::string& code,
                                                  const std::string& action_name,
                                                  const nlohmann::json& params) {
  Action action = Action::claim;
  if (!dossier::parse_action(action_name, action))
    return make_error(ErrorCode::invalid, "workflow.unknown_action",
                      "unknown action \"" + action_name + "\"",
                      "không có thao tác \"" + action_name + "\"", "action");
  const TimePoint now = clock_.now();
  return db_.write_returning<dossier::Dossier>(
      [&](store::SqlConnection& c) -> Result<dossier::Dossier> {
        auto found = store::find_dossier(c, code);
        if (!found.ok()) return found.error();
        if (!found->has_value())
          return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                            "không có hồ sơ " + code);
        dossier::Dossier d = **found;
        const auto ev =
            dossier::Workflow::standard().evaluate(d.status, action, user.role, d.current_step);
        if (ev.verdict == dossier::Verdict::forbidden)
          return make_error(
              ErrorCode::forbidden, "workflow.forbidden",
              "role " + std::string(auth::to_string(user.role)) + " may not " + action_name,
              "vai trò " + std::string(auth::to_string(user.role)) + " không được thực hiện " +
                  action_name,
              "action");
        if (!in_scope(user, d, action))
          return make_error(
              ErrorCode::forbidden, "workflow.other_agency",
              "the dossier is at agency " + d.step_agency + ", not yours",
              "hồ sơ đang ở cơ quan " + d.step_agency + ", không thuộc cơ quan của bạn", "action");
        const auto cal = calendars_(d.receiving_agency);
        detail::ActionContext ctx{c, user, now, *cal, params};
        auto stored = store::find_procedure_version(c, d.procedure_code, d.procedure_version);
        if (!stored.ok()) return stored.error();
        if (stored->has_value()) {
          auto proc = catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
          if (proc.ok()) ctx.limit = dossier::processing_time_for(*proc, d.channel);
        }
        auto process = detail::process_for(c, d, ctx.limit, *cal);
        if (!process.ok()) return process.error();
        ctx.process = &*process;
        if (ev.verdict == dossier::Verdict::invalid_state) {
          const std::string allowed = joined(allowed_in(user, d, *process));
          return make_error(ErrorCode::conflict, "workflow.invalid_state",
                            action_name + " is not possible while the dossier is " +
                                std::string(dossier::to_string(d.status)) +
                                "; allowed_actions: " + allowed,
                            "không thể " + action_name + " khi hồ sơ ở trạng thái " +
                                std::string(dossier::to_string(d.status)) +
                                "; các thao tác được phép: " + allowed,
                            "action");
        }
        // The step of the dossier's process may narrow what the state machine allows.
        if (!process_permits(*process, d, action)) {
          const std::string allowed = joined(allowed_in(user, d, *process));
          return make_error(ErrorCode::conflict, "workflow.invalid_state",
                            action_name + " is not allowed in step " + d.current_step +
                                " of this procedure's process; allowed_actions: " + allowed,
                            "bước " + d.current_step + " của quy trình không cho phép " +
                                action_name + "; các thao tác được phép: " + allowed,
                            "action");
        }
        auto events = store::dossier_events(c, d.code);
        if (!events.ok()) return events.error();
        ctx.events = &*events;
        const DossierStatus from = d.status;
        const std::string from_agency = d.step_agency;
        nlohmann::json details = {{"step", d.current_step}};
        MOTCUA_TRY(detail::apply_action(ctx, action, d, details));
        d.status = ev.next;
        details["to_step"] = d.current_step;
        // Form 05 follows the dossier from agency to agency by this field; steps of a process
        // definition move it on approve, sign and result_ready too.
        if (d.step_agency != from_agency) details["to_agency"] = d.step_agency;
        if (d.step_due_at) details["step_due_at"] = format_iso(*d.step_due_at);
        const int expected = d.version;
        d.version = expected + 1;
        MOTCUA_TRY(store::update_dossier(c, d, expected));

        dossier::DossierEvent e;
        e.chain_key = d.receiving_agency;
        e.dossier_code = d.code;
        e.at = now;
        e.actor = user.username;
        e.action = action_name;
        e.from_status = std::string(dossier::to_string(from));
        e.to_status = std::string(dossier::to_string(d.status));
        e.details = details.dump();
        if (params.contains("note") && params["note"].is_string()) e.note = params["note"];
        auto appended = store::append_event(c, std::move(e));
        if (!appended.ok()) return appended.error();
        MOTCUA_TRY(queue_notifications(c, d, *appended));
        return d;
      });
}

}  // namespace motcua::service

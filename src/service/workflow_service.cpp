#include "motcua/service/workflow_service.hpp"

#include "consultation_recording.hpp"
#include "dossier_scope.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/service/notification_service.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/user_repository.hpp"
#include "stat_counting.hpp"

namespace motcua::service {

namespace {

// Everything dossier::apply needs, read before the write transaction.
struct Loaded {
  dossier::Dossier dossier;
  std::vector<dossier::DossierEvent> history;
  std::optional<calendar::ProcessingTime> limit;
  std::optional<dossier::ProcessDefinition> process;
};

Error no_dossier(const std::string& code) {
  return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                    "không có hồ sơ " + code);
}

dossier::Actor actor_of(const auth::User& user) {
  return {user.username, user.role, user.agency_code};
}

// The processing time of the procedure version the dossier was received under.
Result<std::optional<calendar::ProcessingTime>> limit_of(store::SqlConnection& c,
                                                         const dossier::Dossier& d) {
  auto stored = store::find_procedure_version(c, d.procedure_code, d.procedure_version);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value()) return std::optional<calendar::ProcessingTime>{};
  const auto body = nlohmann::json::parse((*stored)->body, nullptr, false);
  auto proc = catalog::procedure_from_json(body);
  if (!proc.ok()) return proc.error();
  return dossier::processing_time_for(*proc, d.channel);
}

// Fills in what the rules need to know about other records named in the input.
Status look_up_names(store::SqlConnection& c, dossier::ActionInput& input) {
  if (!input.assignee.empty()) {
    auto u = store::find_user(c, input.assignee);
    if (!u.ok()) return u.error();
    input.assignee_agency.reset();
    if (u->has_value()) input.assignee_agency = (*u)->user.agency_code;
  }
  if (input.agency_code && !input.agency_code->empty()) {
    auto a = store::find_agency(c, *input.agency_code);
    if (!a.ok()) return a.error();
    input.agency_known = a->has_value();
  }
  return ok_status();
}

}  // namespace

Result<std::vector<dossier::Action>> WorkflowService::allowed_for(const auth::User& user,
                                                                  const dossier::Dossier& d) const {
  auto cal = calendars_(d.receiving_agency);
  if (!cal.ok()) return cal.error();
  // The default's shares do not change what it permits, so it needs neither limit nor read.
  auto process =
      d.process_version <= 0
          ? Result<dossier::ProcessDefinition>(detail::default_process_for(d, std::nullopt, **cal))
          : db_.read<dossier::ProcessDefinition>([&](store::SqlConnection& c) {
              return detail::process_for(c, d, std::nullopt, **cal);
            });
  if (!process.ok()) return process.error();
  return dossier::allowed_actions(actor_of(user), d, *process);
}

Result<dossier::Dossier> WorkflowService::perform(const auth::User& user, const std::string& code,
                                                  dossier::Action action,
                                                  dossier::ActionInput input) {
  input.actor = actor_of(user);
  // A concurrent change between the read and the write is retried on the fresh dossier; the
  // rules are judged again, so nothing is decided on a stale state.
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    auto found = db_.read<std::optional<dossier::Dossier>>(
        [&](store::SqlConnection& c) { return store::find_dossier(c, code); });
    if (!found.ok()) return found.error();
    if (!found->has_value()) return no_dossier(code);
    // A calendar that cannot be read fails the action: a due time counted on a fallback
    // calendar would be stored wrong.
    auto calendar = calendars_((*found)->receiving_agency);
    if (!calendar.ok()) return calendar.error();
    const CalendarPtr cal = std::move(*calendar);
    auto loaded = db_.read<Loaded>([&](store::SqlConnection& c) -> Result<Loaded> {
      Loaded l{**found, {}, {}, {}};
      auto in_scope = dossier_in_scope(c, user, l.dossier);
      if (!in_scope.ok()) return in_scope.error();
      if (!*in_scope) return out_of_scope();
      auto events = store::dossier_events(c, code);
      if (!events.ok()) return events.error();
      l.history = std::move(*events);
      auto limit = limit_of(c, l.dossier);
      if (!limit.ok()) return limit.error();
      l.limit = *limit;
      auto process = detail::process_for(c, l.dossier, l.limit, *cal);
      if (!process.ok()) return process.error();
      l.process = std::move(*process);
      MOTCUA_TRY(look_up_names(c, input));
      return l;
    });
    if (!loaded.ok()) return loaded.error();
    const dossier::Terms terms{*cal, *loaded->process, loaded->limit};
    const TimePoint now = clock_.now();
    auto t = dossier::apply(action, loaded->dossier, loaded->history, terms, input, now);
    if (!t.ok()) return t.error();
    auto written = db_.write_returning<dossier::Dossier>(
        [&](store::SqlConnection& c) -> Result<dossier::Dossier> {
          MOTCUA_TRY(store::update_dossier(c, t->dossier, loaded->dossier.version));
          dossier::DossierEvent e;
          e.chain_key = t->dossier.receiving_agency;
          e.dossier_code = t->dossier.code;
          e.at = now;
          e.actor = user.username;
          e.kind = t->kind;
          e.from_status = std::string(dossier::to_string(t->from));
          e.to_status = std::string(dossier::to_string(t->dossier.status));
          e.details = dossier::details_text(t->details);
          e.note = input.note;
          auto appended = store::append_event(c, std::move(e));
          if (!appended.ok()) return appended.error();
          MOTCUA_TRY(detail::count_change(c, t->dossier, loaded->history, *appended));
          MOTCUA_TRY(detail::record_consultations(c, *loaded->process, loaded->dossier, t->dossier,
                                                  *appended));
          MOTCUA_TRY(queue_notifications(c, t->dossier, *appended, t->details));
          return t->dossier;
        });
    if (written.ok() || written.error().key != "dossier.concurrent_change" || attempt == kAttempts)
      return written;
  }
}

}  // namespace motcua::service

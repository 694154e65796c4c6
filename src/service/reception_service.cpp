#include "motcua/service/reception_service.hpp"

#include <nlohmann/json.hpp>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/boundary_free.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/dossier/event_details.hpp"
#include "motcua/dossier/process_definition.hpp"
#include "motcua/service/process_service.hpp"
#include "motcua/store/boundary_free_repository.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "motcua/store/process_repository.hpp"
#include "reception_plan.hpp"
#include "stat_counting.hpp"

namespace motcua::service {

namespace {

Error invalid_field(std::string field, std::string en, std::string vi, std::string key) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

std::string reception_yymmdd(TimePoint t) {
  const auto code = dossier::format_dossier_code("", t, 0);  // "-YYMMDD-0000"
  return code.substr(1, 6);
}

}  // namespace

namespace {

Result<std::optional<dossier::Dossier>> reception_earlier_retry(store::SqlConnection& c,
                                                                const auth::User& officer,
                                                                const std::string& key) {
  if (key.empty()) return std::optional<dossier::Dossier>{};
  auto existing = store::find_dossier_by_idempotency_key(c, key);
  if (!existing.ok()) return existing.error();
  if (existing->has_value() && (*existing)->received_by != officer.username)
    return make_error(ErrorCode::conflict, "dossier.idempotency_key_reused",
                      "this Idempotency-Key was used by another officer",
                      "khóa Idempotency-Key đã được cán bộ khác sử dụng", "Idempotency-Key");
  return existing;
}

}  // namespace

namespace detail {

Result<Plan> make_plan(store::SqlConnection& c, const std::string& receiving_agency,
                       dossier::ReceptionRequest request) {
  auto stored = store::find_procedure(c, request.procedure_code);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value())
    return invalid_field("procedure_code", "unknown procedure " + request.procedure_code,
                         "không có thủ tục mã " + request.procedure_code, "procedure.not_found");
  auto parsed = catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
  if (!parsed.ok()) return parsed.error();
  auto valid = dossier::validate_reception(std::move(request), *parsed);
  if (!valid.ok()) return valid.error();
  Plan plan{std::move(*valid), std::move(*parsed), (*stored)->version, {}, {}, {}, {}, {}, false};
  plan.receiving_agency = receiving_agency;
  auto receiving = store::agency_ancestors(c, plan.receiving_agency);
  if (!receiving.ok()) return receiving.error();
  if (receiving->empty())
    return invalid_field("agency_code", "unknown agency " + plan.receiving_agency,
                         "không có cơ quan mã " + plan.receiving_agency, "agency.not_found");
  // Decree 118/2025: a procedure on the province's boundary-free list may be received here
  // for the competent agency of another place, which the desk names; both are recorded.
  const std::string& requested = plan.request.competent_agency_code;
  bool boundary_free = false;
  std::vector<catalog::Agency> requested_ancestors;
  if (!requested.empty()) {
    if (const auto province = dossier::province_of(*receiving)) {
      auto listed = store::find_boundary_free(c, *province, plan.procedure.code);
      if (!listed.ok()) return listed.error();
      boundary_free = listed->has_value();
    }
    auto chain = store::agency_ancestors(c, requested);
    if (!chain.ok()) return chain.error();
    requested_ancestors = std::move(*chain);
  }
  const dossier::CompetentChoice choice{plan.procedure, *receiving, requested, requested_ancestors,
                                        boundary_free};
  auto competent = dossier::choose_competent_agency(
      choice, [&](const std::string& code) { return store::child_agencies(c, code); });
  if (!competent.ok()) return competent.error();
  plan.boundary_free = boundary_free;
  plan.competent_agency = competent->code;
  auto limit = dossier::processing_time_for(plan.procedure, plan.request.channel);
  if (!limit)
    return invalid_field("procedure_code",
                         "procedure " + plan.procedure.code + " states no processing time",
                         "thủ tục " + plan.procedure.code + " chưa quy định thời hạn giải quyết",
                         "procedure.no_processing_time");
  plan.limit = *limit;
  // The version is fixed here, at reception, and kept for the dossier's life: a new
  // definition applies only to dossiers received after it (DOMAIN.md §3, judge a dossier by
  // the rules in force when it was received). Dossiers received before any definition keep
  // the built-in default rather than switching at their first action, so their officers never
  // see the steps change under a dossier already in hand.
  auto process = store::process_in_force(c, plan.procedure.code,
                                         std::string(catalog::channel_name(plan.request.channel)));
  if (!process.ok()) return process.error();
  if (process->has_value()) {
    dossier::ProcessDefinition def = std::move((*process)->definition);
    // The definition was checked against the procedure's time when it was stored; a later
    // catalogue update may have shortened that time. Steps that no longer fit would overlap
    // at the due time, so the default (which always fits) serves and the event says why.
    const std::string channel(catalog::channel_name(plan.request.channel));
    const auto hours = limit_hours_for(plan.procedure, channel);
    if (auto fits = hours ? dossier::check_allowances(def, *hours) : ok_status(); !fits.ok())
      plan.process_fallback = "process definition version " + std::to_string(def.version) +
                              " no longer fits the processing time: " + fits.error().message;
    else
      plan.process = std::move(def);
  }
  return plan;
}

void start_dossier(const Plan& p, dossier::Dossier& d, TimePoint now, TimePoint due,
                   const calendar::WorkingCalendar& cal) {
  d.procedure_code = p.procedure.code;
  d.procedure_name = p.procedure.name;
  d.procedure_version = p.procedure_version;
  d.receiving_agency = p.receiving_agency;
  d.competent_agency = p.competent_agency;
  d.status = dossier::DossierStatus::in_progress;
  d.received_at = now;
  d.due_at = due;
  d.statutory_due_at = due;
  d.clock_stopped = false;
  d.process_version = p.process ? p.process->version : 0;
  const dossier::ProcessDefinition process =
      p.process ? *p.process
                : dossier::default_definition(d.procedure_code,
                                              std::string(catalog::channel_name(d.channel)),
                                              dossier::limit_hours(p.limit, now, due, cal));
  // The first step starts at reception, with its own allowance (an inter-agency first step
  // lands in that agency's queue at once).
  dossier::enter_step(process.steps.front(), d, dossier::first_step_start(now, d.channel, cal),
                      cal);
}

dossier::EventDetails reception_details(const Plan& p, const dossier::Dossier& d) {
  dossier::EventDetails details;
  details.procedure_code = d.procedure_code;
  details.procedure_version = d.procedure_version;
  details.channel = std::string(catalog::channel_name(d.channel));
  details.receiving_agency = d.receiving_agency;
  details.competent_agency = d.competent_agency;
  if (p.boundary_free) details.boundary_free = true;
  details.due_at = d.due_at;
  details.step = d.current_step;
  details.step_agency = d.step_agency;
  details.step_due_at = d.step_due_at;
  details.process_version = d.process_version;
  if (!p.process_fallback.empty()) details.process_fallback = p.process_fallback;
  details.processing_time = p.limit;
  return details;
}

}  // namespace detail

namespace {

using detail::Plan;

// An officer receives only at their own desk (issue 10): the dossier code carries the
// receiving agency's code, so receiving "for" another agency would issue codes in its name.
Result<Plan> make_plan(store::SqlConnection& c, const auth::User& officer,
                       dossier::ReceptionRequest request) {
  if (!request.agency_code.empty() && request.agency_code != officer.agency_code)
    return make_error(ErrorCode::forbidden, "reception.other_agency",
                      "an officer receives only for their own agency (" + officer.agency_code +
                          "), not for " + request.agency_code,
                      "cán bộ chỉ tiếp nhận hồ sơ tại cơ quan mình (" + officer.agency_code +
                          "), không tiếp nhận thay " + request.agency_code,
                      "agency_code");
  return detail::make_plan(c, officer.agency_code, std::move(request));
}

}  // namespace

Result<dossier::Dossier> ReceptionService::receive(const auth::User& officer,
                                                   dossier::ReceptionRequest request,
                                                   const std::string& idempotency_key) {
  const TimePoint now = clock_.now();
  // Checking and routing run on a reader connection, beside other requests; the single writer
  // only numbers and inserts, so its groups stay short.
  auto plan = db_.read<Plan>([&](store::SqlConnection& c) -> Result<Plan> {
    auto retry = reception_earlier_retry(c, officer, idempotency_key);
    if (!retry.ok()) return retry.error();
    if (retry->has_value()) return Plan{};  // answered below, inside the write
    return make_plan(c, officer, std::move(request));
  });
  if (!plan.ok()) return plan.error();
  // The appointment is the receiving desk's promise to the applicant, so it is counted on the
  // receiving agency's calendar (its office hours, e.g. a centre open on Saturday mornings).
  // A calendar that cannot be read fails the reception rather than storing an appointment
  // counted on a fallback calendar.
  auto calendar = calendars_(plan->receiving_agency);
  if (!calendar.ok()) return calendar.error();
  const CalendarPtr cal = std::move(*calendar);
  const TimePoint due = plan->procedure.code.empty()
                            ? now
                            : dossier::appointment_at_reception(now, plan->limit, *cal);
  return db_.write_returning<dossier::Dossier>(
      [&](store::SqlConnection& c) -> Result<dossier::Dossier> {
        // Checked again here: two retries may have raced past the read above, on this node or
        // another.
        MOTCUA_TRY(store::lock_idempotency_key(c, "dossiers", idempotency_key));
        auto retry = reception_earlier_retry(c, officer, idempotency_key);
        if (!retry.ok()) return retry.error();
        if (retry->has_value()) return **retry;
        if (plan->procedure.code.empty())
          return make_error(ErrorCode::conflict, "dossier.idempotency_race",
                            "the dossier for this Idempotency-Key vanished; retry",
                            "hồ sơ ứng với khóa Idempotency-Key không còn; vui lòng thử lại");
        const Plan& p = *plan;
        auto number = store::next_dossier_number(c, p.receiving_agency, reception_yymmdd(now));
        if (!number.ok()) return number.error();
        dossier::Dossier d;
        d.code = dossier::format_dossier_code(p.receiving_agency, now, *number);
        d.channel = p.request.channel;
        detail::start_dossier(p, d, now, due, *cal);
        d.applicant = p.request.applicant;
        d.documents = p.request.documents;
        d.received_by = officer.username;
        d.idempotency_key = idempotency_key;
        MOTCUA_TRY(store::insert_dossier(c, d));
        const dossier::EventDetails details = detail::reception_details(p, d);
        dossier::DossierEvent e;
        e.chain_key = d.receiving_agency;
        e.dossier_code = d.code;
        e.at = now;
        e.actor = officer.username;
        e.kind = dossier::EventKind::receive;
        e.to_status = std::string(dossier::to_string(d.status));
        e.details = dossier::details_text(details);
        auto appended = store::append_event(c, std::move(e));
        if (!appended.ok()) return appended.error();
        MOTCUA_TRY(detail::count_change(c, d, {}, *appended));
        return d;
      });
}

}  // namespace motcua::service

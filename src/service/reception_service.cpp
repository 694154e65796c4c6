#include "motcua/service/reception_service.hpp"

#include <nlohmann/json.hpp>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::service {

namespace {

Error invalid_field(std::string field, std::string en, std::string vi, std::string key) {
  return make_error(ErrorCode::invalid, std::move(key), std::move(en), std::move(vi),
                    std::move(field));
}

// The first processing step of the default process: examination by a specialist of the
// competent agency. Later steps are the workflow module's.
constexpr std::string_view kFirstStep = "examination";

std::string yymmdd(TimePoint t) {
  const auto code = dossier::format_dossier_code("", t, 0);  // "-YYMMDD-0000"
  return code.substr(1, 6);
}

}  // namespace

Result<dossier::Dossier> ReceptionService::receive(const auth::User& officer,
                                                   dossier::ReceptionRequest request,
                                                   const std::string& idempotency_key) {
  const TimePoint now = clock_.now();
  return db_.write_returning<dossier::Dossier>([&](store::SqlConnection& c)
                                                   -> Result<dossier::Dossier> {
    if (!idempotency_key.empty()) {
      auto existing = store::find_dossier_by_idempotency_key(c, idempotency_key);
      if (!existing.ok()) return existing.error();
      if (existing->has_value()) {
        if ((*existing)->received_by != officer.username)
          return make_error(ErrorCode::conflict, "dossier.idempotency_key_reused",
                            "this Idempotency-Key was used by another officer",
                            "khóa Idempotency-Key đã được cán bộ khác sử dụng");
        return **existing;
      }
    }
    auto stored = store::find_procedure(c, request.procedure_code);
    if (!stored.ok()) return stored.error();
    if (!stored->has_value())
      return invalid_field("procedure_code", "unknown procedure " + request.procedure_code,
                           "không có thủ tục mã " + request.procedure_code,
                           "procedure.not_found");
    auto parsed = catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
    if (!parsed.ok()) return parsed.error();
    const catalog::Procedure& procedure = *parsed;
    auto valid = dossier::validate_reception(std::move(request), procedure);
    if (!valid.ok()) return valid.error();
    dossier::ReceptionRequest r = std::move(*valid);

    const std::string receiving_code = r.agency_code.empty() ? officer.agency_code : r.agency_code;
    auto receiving = store::find_agency(c, receiving_code);
    if (!receiving.ok()) return receiving.error();
    if (!receiving->has_value())
      return invalid_field("agency_code", "unknown agency " + receiving_code,
                           "không có cơ quan mã " + receiving_code, "agency.not_found");
    auto competent = dossier::resolve_competent_agency(
        procedure, **receiving,
        [&](const std::string& code) -> std::optional<catalog::Agency> {
          auto a = store::find_agency(c, code);
          return a.ok() ? *a : std::nullopt;
        },
        [&](const std::string& code) {
          auto list = store::child_agencies(c, code);
          return list.ok() ? *list : std::vector<catalog::Agency>{};
        });
    if (!competent.ok()) return competent.error();
    auto limit = dossier::processing_time_for(procedure, r.channel);
    if (!limit)
      return invalid_field("procedure_code",
                           "procedure " + procedure.code + " states no processing time",
                           "thủ tục " + procedure.code + " chưa quy định thời hạn giải quyết",
                           "procedure.no_processing_time");

    auto number = store::next_dossier_number(c, receiving_code, yymmdd(now));
    if (!number.ok()) return number.error();
    dossier::Dossier d;
    d.code = dossier::format_dossier_code(receiving_code, now, *number);
    d.procedure_code = procedure.code;
    d.procedure_name = procedure.name;
    d.procedure_version = (*stored)->version;
    d.receiving_agency = receiving_code;
    d.competent_agency = competent->code;
    d.channel = r.channel;
    d.status = dossier::DossierStatus::in_progress;
    d.current_step = kFirstStep;
    d.step_agency = competent->code;
    d.step_role = "specialist";
    d.received_at = now;
    d.due_at = due_(now, *limit, competent->code);
    d.step_due_at = d.due_at;
    d.applicant = r.applicant;
    d.documents = r.documents;
    d.received_by = officer.username;
    d.idempotency_key = idempotency_key;
    MOTCUA_TRY(store::insert_dossier(c, d));

    nlohmann::json details = {
        {"procedure_code", d.procedure_code},
        {"procedure_version", d.procedure_version},
        {"channel", catalog::channel_name(d.channel)},
        {"receiving_agency", d.receiving_agency},
        {"competent_agency", d.competent_agency},
        {"due_at", format_iso(d.due_at)},
        {"step", d.current_step},
        {"processing_time", {{"amount", limit->amount}, {"unit", calendar::to_string(limit->unit)}}},
    };
    dossier::DossierEvent e;
    e.chain_key = receiving_code;
    e.dossier_code = d.code;
    e.at = now;
    e.actor = officer.username;
    e.action = "receive";
    e.to_status = std::string(dossier::to_string(d.status));
    e.details = details.dump();
    auto appended = store::append_event(c, std::move(e));
    if (!appended.ok()) return appended.error();
    return d;
  });
}

}  // namespace motcua::service

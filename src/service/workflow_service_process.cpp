// Which process definition a dossier follows while officers work on it.
#include "motcua/catalog/catalog_names.hpp"
#include "motcua/service/workflow_service.hpp"
#include "motcua/store/process_repository.hpp"

namespace motcua::service::detail {

namespace {
// The working hours the dossier's limit grants (limit_hours), for the default's shares.
double dossier_hours(const dossier::Dossier& d,
                     const std::optional<calendar::ProcessingTime>& limit,
                     const calendar::WorkingCalendar& calendar) {
  if (!limit || limit->amount <= 0)
    return static_cast<double>(calendar.working_seconds_between(d.received_at, d.due_at)) / 3600.0;
  return dossier::limit_hours(*limit, d.received_at, d.due_at, calendar);
}
}  // namespace

dossier::ProcessDefinition default_process_for(const dossier::Dossier& d,
                                               const std::optional<calendar::ProcessingTime>& limit,
                                               const calendar::WorkingCalendar& calendar) {
  return dossier::default_definition(d.procedure_code,
                                     std::string(catalog::channel_name(d.channel)),
                                     dossier_hours(d, limit, calendar));
}

Result<dossier::ProcessDefinition> process_for(store::SqlConnection& c, const dossier::Dossier& d,
                                               const std::optional<calendar::ProcessingTime>& limit,
                                               const calendar::WorkingCalendar& calendar) {
  if (d.process_version <= 0) return default_process_for(d, limit, calendar);
  auto stored = store::find_process_version(c, d.procedure_code, d.process_version);
  if (!stored.ok()) return stored.error();
  // Versions are never deleted; a dossier pointing at a missing one is a broken row.
  if (!stored->has_value())
    return make_error(ErrorCode::unavailable, "process.missing_version",
                      "dossier " + d.code + " follows process version " +
                          std::to_string(d.process_version) + ", which is not stored",
                      "hồ sơ " + d.code + " theo quy trình phiên bản " +
                          std::to_string(d.process_version) + " nhưng phiên bản này không còn");
  return std::move((*stored)->definition);
}

}  // namespace motcua::service::detail

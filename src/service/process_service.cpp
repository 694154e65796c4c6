#include "motcua/service/process_service.hpp"

#include <algorithm>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/dossier/reception.hpp"
#include "motcua/service/admin_scope.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/process_repository.hpp"

namespace motcua::service {

namespace {

Result<catalog::Procedure> process_load_procedure(store::SqlConnection& c,
                                                  const std::string& code) {
  auto stored = store::find_procedure(c, code);
  if (!stored.ok()) return stored.error();
  if (!stored->has_value())
    return make_error(ErrorCode::not_found, "procedure.not_found", "no procedure " + code,
                      "không có thủ tục mã " + code, "code");
  auto body = nlohmann::json::parse((*stored)->body, nullptr, false);
  return catalog::procedure_from_json(body);
}

Status check_channel(const std::string& channel) {
  if (channel.empty() || channel == dossier::kAnyChannel || catalog::parse_channel_name(channel))
    return ok_status();
  return make_error(ErrorCode::invalid, "process.invalid",
                    "channel is counter, online, postal or any",
                    "kênh là counter, online, postal hoặc any", "channel");
}

ProcessView stored_view(store::StoredProcess p) {
  return ProcessView{std::move(p.definition), false, std::move(p.created_at),
                     std::move(p.created_by)};
}

// Inter-agency steps must name an agency the system knows, or no queue would receive them.
Status check_agencies(store::SqlConnection& c, const dossier::ProcessDefinition& def) {
  for (size_t i = 0; i < def.steps.size(); ++i) {
    const auto& s = def.steps[i];
    if (s.agency != dossier::StepAgency::fixed) continue;
    auto a = store::find_agency(c, s.agency_code);
    if (!a.ok()) return a.error();
    if (!a->has_value())
      return make_error(ErrorCode::invalid, "process.unknown_agency",
                        "unknown agency " + s.agency_code, "không có cơ quan mã " + s.agency_code,
                        "steps[" + std::to_string(i) + "].agency");
  }
  return ok_status();
}

}  // namespace

std::optional<double> limit_hours_for(const catalog::Procedure& p, const std::string& channel) {
  if (auto ch = catalog::parse_channel_name(channel)) {
    auto limit = dossier::processing_time_for(p, *ch);
    if (!limit) return std::nullopt;
    return dossier::max_limit_hours(*limit);
  }
  std::optional<double> shortest;
  for (const auto& term : p.channels)
    if (term.time) {
      const double h = dossier::max_limit_hours(*term.time);
      shortest = shortest ? std::min(*shortest, h) : h;
    }
  return shortest;
}

Result<ProcessView> ProcessService::in_force(const std::string& procedure_code,
                                             const std::string& channel) {
  MOTCUA_TRY(check_channel(channel));
  const std::string ch = channel.empty() ? std::string(dossier::kAnyChannel) : channel;
  return db_.read<ProcessView>([&](store::SqlConnection& c) -> Result<ProcessView> {
    auto procedure = process_load_procedure(c, procedure_code);
    if (!procedure.ok()) return procedure.error();
    auto stored = store::process_in_force(c, procedure_code, ch);
    if (!stored.ok()) return stored.error();
    if (stored->has_value()) return stored_view(std::move(**stored));
    ProcessView view;
    view.is_default = true;
    view.definition = dossier::default_definition(procedure_code, ch,
                                                  limit_hours_for(*procedure, ch).value_or(0));
    return view;
  });
}

Result<std::vector<ProcessView>> ProcessService::versions(const std::string& procedure_code,
                                                          int limit, int offset) {
  return db_.read<std::vector<ProcessView>>(
      [&](store::SqlConnection& c) -> Result<std::vector<ProcessView>> {
        auto procedure = process_load_procedure(c, procedure_code);
        if (!procedure.ok()) return procedure.error();
        auto list = store::process_versions(c, procedure_code, limit, offset);
        if (!list.ok()) return list.error();
        std::vector<ProcessView> out;
        for (auto& p : *list) out.push_back(stored_view(std::move(p)));
        return out;
      });
}

Result<SavedProcess> ProcessService::save_as(const auth::User& user,
                                             const std::string& procedure_code,
                                             const std::string& channel,
                                             const nlohmann::json& body) {
  auto allowed =
      db_.read<bool>([&](store::SqlConnection& c) { return is_province_admin(c, user); });
  if (!allowed.ok()) return allowed.error();
  if (!*allowed)
    return make_error(ErrorCode::forbidden, "process.forbidden",
                      "only an admin of a province-level agency or of the service centre may "
                      "change process definitions",
                      "chỉ quản trị viên cấp tỉnh hoặc của Trung tâm phục vụ hành chính công được "
                      "thay đổi quy trình giải quyết");
  return save(procedure_code, channel, body, user.username);
}

Result<SavedProcess> ProcessService::save(const std::string& procedure_code,
                                          const std::string& channel, const nlohmann::json& body,
                                          const std::string& actor) {
  MOTCUA_TRY(check_channel(channel));
  const std::string now = format_iso(clock_.now());
  return db_.write_returning<SavedProcess>([&](store::SqlConnection& c) -> Result<SavedProcess> {
    auto procedure = process_load_procedure(c, procedure_code);
    if (!procedure.ok()) return procedure.error();
    auto def = dossier::process_definition_from_json(body, procedure_code, channel);
    if (!def.ok()) return def.error();
    MOTCUA_TRY(check_agencies(c, *def));
    // A limit the procedure does not state cannot be checked; reception refuses such
    // dossiers anyway (procedure.no_processing_time).
    if (auto hours = limit_hours_for(*procedure, def->channel))
      MOTCUA_TRY(dossier::check_allowances(*def, *hours));
    auto latest = store::latest_process(c, procedure_code, def->channel);
    if (!latest.ok()) return latest.error();
    if (latest->has_value() &&
        dossier::steps_json((*latest)->definition) == dossier::steps_json(*def))
      return SavedProcess{stored_view(std::move(**latest)), false};
    auto version = store::insert_process(c, *def, now, actor);
    if (!version.ok()) return version.error();
    def->version = *version;
    return SavedProcess{ProcessView{std::move(*def), false, now, actor}, true};
  });
}

}  // namespace motcua::service

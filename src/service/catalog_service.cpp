#include "motcua/service/catalog_service.hpp"

#include <nlohmann/json.hpp>

#include "motcua/catalog/catalog_names.hpp"
#include "motcua/catalog/procedure_json.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/text/normalize.hpp"

namespace motcua::service {

Result<SaveCounts> CatalogService::save_procedures(const std::vector<catalog::Procedure>& list) {
  const TimePoint now = clock_.now();
  return db_.write_returning<SaveCounts>([&](store::SqlConnection& c) -> Result<SaveCounts> {
    MOTCUA_TRY(store::lock_catalog_import(c));
    SaveCounts counts;
    for (const auto& p : list) {
      nlohmann::json levels = nlohmann::json::array();
      for (auto l : p.levels) levels.push_back(catalog::level_name(l));
      auto outcome = store::upsert_procedure(
          c, p.code, p.name, text::fold_for_search(p.name), p.field, levels.dump(),
          std::string(catalog::status_name(p.status)), catalog::to_json(p).dump(), now);
      if (!outcome.ok()) return outcome.error();
      switch (*outcome) {
        case store::UpsertOutcome::inserted:
          ++counts.inserted;
          break;
        case store::UpsertOutcome::updated:
          ++counts.updated;
          break;
        case store::UpsertOutcome::unchanged:
          ++counts.unchanged;
          break;
      }
    }
    return counts;
  });
}

Status CatalogService::save_agencies(const std::vector<catalog::Agency>& agencies) {
  return db_.write([&](store::SqlConnection& c) -> Status {
    MOTCUA_TRY(store::lock_catalog_import(c));
    for (const auto& a : agencies) MOTCUA_TRY(store::upsert_agency(c, a));
    return ok_status();
  });
}

Result<catalog::Procedure> CatalogService::get(const std::string& code) {
  MOTCUA_TRY(refresh_if_changed());
  {
    std::lock_guard lock(index_mutex_);
    if (procedures_) {
      auto it = procedures_->find(code);
      if (it != procedures_->end()) return it->second;
    }
  }
  auto stored = db_.read<std::optional<store::StoredProcedure>>(
      [&](store::SqlConnection& c) { return store::find_procedure(c, code); });
  if (!stored.ok()) return stored.error();
  if (!stored->has_value())
    return make_error(ErrorCode::not_found, "procedure.not_found", "no procedure " + code,
                      "không có thủ tục mã " + code, "code");
  return catalog::procedure_from_json(nlohmann::json::parse((*stored)->body));
}

}  // namespace motcua::service

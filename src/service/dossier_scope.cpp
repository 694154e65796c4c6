#include "dossier_scope.hpp"

#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

Result<bool> agency_in_scope(store::SqlConnection& c, const auth::User& user,
                             const std::string& agency_code) {
  if (agency_code == user.agency_code) return true;
  auto chain = store::agency_ancestors(c, agency_code);
  if (!chain.ok()) return chain.error();
  for (const auto& a : *chain)
    if (a.code == user.agency_code) return true;
  return false;
}

Result<bool> dossier_in_scope(store::SqlConnection& c, const auth::User& user,
                              const dossier::Dossier& d) {
  for (const std::string& agency : {d.receiving_agency, d.competent_agency, d.step_agency}) {
    if (agency.empty()) continue;
    auto covered = agency_in_scope(c, user, agency);
    if (!covered.ok() || *covered) return covered;
  }
  return false;
}

Error out_of_scope() {
  return make_error(ErrorCode::forbidden, "dossier.forbidden",
                    "this dossier belongs to agencies outside your scope",
                    "hồ sơ này không thuộc phạm vi cơ quan của bạn");
}

}  // namespace motcua::service

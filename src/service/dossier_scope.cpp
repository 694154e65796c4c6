#include "dossier_scope.hpp"

#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

Result<bool> dossier_in_scope(store::SqlConnection& c, const auth::User& user,
                              const dossier::Dossier& d) {
  // The user's agency is one of the dossier's agencies, or above one of them in the tree.
  for (const std::string& start : {d.receiving_agency, d.competent_agency, d.step_agency}) {
    if (start.empty()) continue;
    if (start == user.agency_code) return true;
    auto chain = store::agency_ancestors(c, start);
    if (!chain.ok()) return chain.error();
    for (const auto& a : *chain)
      if (a.code == user.agency_code) return true;
  }
  return false;
}

Error out_of_scope() {
  return make_error(ErrorCode::forbidden, "dossier.forbidden",
                    "this dossier belongs to agencies outside your scope",
                    "hồ sơ này không thuộc phạm vi cơ quan của bạn");
}

}  // namespace motcua::service

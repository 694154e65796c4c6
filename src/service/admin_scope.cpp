#include "motcua/service/admin_scope.hpp"

#include "motcua/store/catalog_repository.hpp"

namespace motcua::service {

Result<bool> is_province_admin(store::SqlConnection& c, const auth::User& user) {
  if (user.role != auth::Role::admin) return false;
  auto agency = store::find_agency(c, user.agency_code);
  if (!agency.ok()) return agency.error();
  if (!agency->has_value()) return false;
  const auto kind = (*agency)->kind;
  return kind == catalog::AgencyKind::province || kind == catalog::AgencyKind::centre;
}

}  // namespace motcua::service

#pragma once
// Who administers what. What is set once for the whole province (the official schedules of
// days off, the process definitions of procedures, every agency's outbox) belongs to an admin
// of a province-level agency or of the service centre; a commune's or department's admin
// manages their own agency.
#include "motcua/auth/user.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service {

Result<bool> is_province_admin(store::SqlConnection& c, const auth::User& user);

}  // namespace motcua::service

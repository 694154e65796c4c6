#pragma once
// Which dossiers an officer may see and act on (issue 14, point 2): those of their own agency
// and of every agency below it, and those whose current step their agency holds. The role does
// not widen it: a commune's admin is a commune's, and a province's admin covers the province
// because the province is above its communes.
#include "motcua/auth/user.hpp"
#include "motcua/common/result.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service {

// Whether the user works at `agency_code` or at an agency above it.
Result<bool> agency_in_scope(store::SqlConnection& c, const auth::User& user,
                             const std::string& agency_code);

Result<bool> dossier_in_scope(store::SqlConnection& c, const auth::User& user,
                              const dossier::Dossier& d);

// The refusal when it is not.
Error out_of_scope();

}  // namespace motcua::service

#pragma once
// What the online submission's use cases share (service-internal): who may answer a
// submission, and loading one for the desk.
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

// Receivers, managers and admins answer submissions (accept, Form 02, Form 03), as they
// receive at the counter and issue reception notices.
bool may_answer_submissions(auth::Role role);

// The dossier `code`, still submitted, at the officer's own agency: not_found, forbidden
// (another agency's desk, naming dossier_code) or conflict (no longer submitted) otherwise.
Result<dossier::Dossier> load_submitted(store::SqlConnection& c, const auth::User& officer,
                                        const std::string& code);

// The dossier exists and `user` may read it (its receiving, competent or step agency is the
// user's or one below it; admins and inspectors everywhere): not_found or forbidden otherwise.
Status check_staff_scope(store::SqlConnection& c, const auth::User& user, const std::string& code);

}  // namespace motcua::service::detail

#include "online_support.hpp"

#include "dossier_scope.hpp"
#include "motcua/dossier/online.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::service::detail {

namespace {

Error online_support_not_found(const std::string& code) {
  return make_error(ErrorCode::not_found, "dossier.not_found", "no dossier " + code,
                    "không tìm thấy hồ sơ " + code);
}

}  // namespace

bool may_answer_submissions(auth::Role r) {
  return r == auth::Role::receiver || r == auth::Role::manager || r == auth::Role::admin;
}

Result<dossier::Dossier> load_submitted(store::SqlConnection& c, const auth::User& officer,
                                        const std::string& code) {
  auto found = store::find_dossier(c, code);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return online_support_not_found(code);
  const dossier::Dossier& d = **found;
  // Submitted at one desk, answered by that desk only: the dossier's code is in its name.
  if (d.receiving_agency != officer.agency_code)
    return make_error(
        ErrorCode::forbidden, "online.other_agency",
        "dossier " + code + " was submitted to " + d.receiving_agency + ", not to your agency",
        "hồ sơ " + code + " được nộp tới cơ quan khác, không thuộc cơ quan của bạn",
        "dossier_code");
  MOTCUA_TRY(dossier::check_submitted(d));
  return d;
}

Status check_staff_scope(store::SqlConnection& c, const auth::User& user, const std::string& code) {
  auto found = store::find_dossier(c, code);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return online_support_not_found(code);
  auto in_scope = dossier_in_scope(c, user, **found);
  if (!in_scope.ok()) return in_scope.error();
  return *in_scope ? ok_status() : Status(out_of_scope());
}

}  // namespace motcua::service::detail

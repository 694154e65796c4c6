#pragma once
// Reading dossiers: staff within the agencies involved (or above them), and the public with
// the dossier code plus the last four digits of the applicant's phone.
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct DossierView {
  dossier::Dossier dossier;
  std::vector<dossier::DossierEvent> events;
};

class DossierQueryService {
 public:
  DossierQueryService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // A staff read of the full dossier; the read itself is recorded with its purpose.
  Result<DossierView> get_for_staff(const auth::User& user, const std::string& code,
                                    const std::string& purpose);
  // The public view. An unknown code and a wrong phone_last4 fail identically (not_found), so
  // the lookup reveals nothing to someone who does not know both.
  Result<DossierView> get_for_public(const std::string& code, const std::string& phone_last4);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

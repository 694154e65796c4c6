#pragma once
// Reading dossiers: staff within the agencies involved (or above them), and the public with
// the dossier code plus the last four digits of the applicant's phone.
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"

namespace motcua::service {

struct DossierView {
  dossier::Dossier dossier;
  std::vector<dossier::DossierEvent> events;
};

class DossierQueryService {
 public:
  DossierQueryService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // A staff read of the full dossier; the read itself is recorded with its purpose and the
  // client's address.
  Result<DossierView> get_for_staff(const auth::User& user, const std::string& code,
                                    const std::string& purpose, const std::string& client_address);

  // The recorded reads (issue 14, point 3), for admins and inspectors only: of one dossier in
  // their scope, or by one officer of an agency in their scope, in [from, to). Newest first.
  Result<std::vector<store::DossierRead>> reads_of(const auth::User& user, const std::string& code,
                                                   int limit, int offset);
  Result<std::vector<store::DossierRead>> reads_by(const auth::User& user,
                                                   const std::string& username, TimePoint from,
                                                   TimePoint to, int limit, int offset);
  // The public view. An unknown code and a wrong phone_last4 fail identically (not_found), so
  // the lookup reveals nothing to someone who does not know both.
  Result<DossierView> get_for_public(const std::string& code, const std::string& phone_last4);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

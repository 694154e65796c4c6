#pragma once
// Staff accounts kept from the command line (`motcua user add|passwd|disable|enable|list`;
// issue 14, point 4): each change checked (a username of [a-z0-9._-], a known role and
// agency, a password that meets auth/password_rules), written with its entry in the
// append-only user_edits, and a new password or a disabled account ends the user's sessions on
// every node.
#include <cstdint>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct NewAccount {
  std::string username;
  std::string full_name;
  std::string role;
  std::string agency_code;
  std::string password;
};

class UserAdminService {
 public:
  UserAdminService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // `by` names who made the change in the history ("cli:<system user>").
  Result<auth::User> add(const NewAccount& account, const std::string& by);
  // Returns the number of sessions it ended.
  Result<std::int64_t> set_password(const std::string& username, const std::string& password,
                                    const std::string& by);
  Result<std::int64_t> set_active(const std::string& username, bool active, const std::string& by);
  Result<std::vector<auth::User>> list();

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

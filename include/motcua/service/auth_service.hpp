#pragma once
// Staff login and session checks.
#include <string>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

struct LoginResult {
  std::string token;
  auth::User user;
  TimePoint expires_at;
};

class AuthService {
 public:
  AuthService(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Wrong username and wrong password fail alike, so usernames cannot be probed. Logins are
  // throttled per username and per client address (motcua/auth/login_throttle.hpp): while
  // either is locked every attempt, the right password too, fails with too_many and
  // retry_after_seconds, without a password check. Each checked attempt is recorded
  // (login_events); a right password clears the username's count.
  Result<LoginResult> login(const std::string& username, const std::string& password,
                            const std::string& client_address);
  Result<auth::User> authenticate(const std::string& token);
  Status logout(const std::string& token);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

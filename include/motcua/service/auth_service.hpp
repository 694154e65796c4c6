#pragma once
// Staff login and session checks.
#include <cstdint>
#include <string>
#include <vector>

#include "motcua/auth/session_policy.hpp"
#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service {

struct LoginResult {
  std::string token;
  auth::User user;
  TimePoint expires_at;
};

// One of a user's live sessions, as the user sees it.
struct SessionView {
  std::string id;  // the first 16 hex digits of the token's hash: names it, cannot be used
  std::string address;
  TimePoint created_at;
  TimePoint last_seen_at;
  TimePoint expires_at;
  bool current = false;
};

class AuthService {
 public:
  AuthService(store::Database& db, const Clock& clock, auth::SessionPolicy policy = {})
      : db_(db), clock_(clock), policy_(policy) {}

  // Wrong username and wrong password fail alike, so usernames cannot be probed. Logins are
  // throttled per username and per client address (motcua/auth/login_throttle.hpp): while
  // either is locked every attempt, the right password too, fails with too_many and
  // retry_after_seconds, without a password check. Each checked attempt is recorded
  // (login_events); a right password clears the username's count.
  Result<LoginResult> login(const std::string& username, const std::string& password,
                            const std::string& client_address);
  // The user of a live session (auth::SessionPolicy: absolute end and idle time); marks the
  // session seen.
  Result<auth::User> authenticate(const std::string& token);
  // Ends this session. Each end is recorded in login_events (outcome "logout").
  Status logout(const std::string& token, const std::string& client_address);
  // Ends every session of the token's user, on every node, this one too ("logout_everywhere");
  // returns how many ended.
  Result<std::int64_t> logout_everywhere(const std::string& token,
                                         const std::string& client_address);
  // The live sessions of the token's user, the current one marked.
  Result<std::vector<SessionView>> sessions(const std::string& token);
  const auth::SessionPolicy& policy() const { return policy_; }

 private:
  // A live session with what checking it took: the token's hash and the instant it was judged
  // at, which the caller's writes reuse (one hash, one clock reading a request).
  struct CheckedSession {
    store::LiveSession session;
    std::string token_hash;
    TimePoint now;
  };
  Result<CheckedSession> live_session(const std::string& token);

  store::Database& db_;
  const Clock& clock_;
  auth::SessionPolicy policy_;
};

}  // namespace motcua::service

#pragma once
// The login throttle's counters (table login_throttle) and the record of logins
// (login_events, append-only); migration 0011. The rule that moves a counter is
// motcua/auth/login_throttle.hpp; this file only keeps the states.
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/login_throttle.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// One counter: a username or an address (auth::address_key) and its state.
struct ThrottleCounter {
  auth::ThrottleSubject subject = auth::ThrottleSubject::username;
  std::string key;
  auth::ThrottleState state;
};

struct LoginEvent {
  TimePoint at;
  std::string username;  // as typed, whether or not such a user exists
  std::string address;
  std::string outcome;                                  // success | failure | locked
  std::optional<auth::ThrottleSubject> locked_subject;  // with outcome locked
  std::optional<TimePoint> locked_until;                // with outcome locked
};

// The state of a counter; the empty state when none is kept. For refusing early, on a reader.
Result<auth::ThrottleState> read_throttle(SqlConnection& c, auth::ThrottleSubject subject,
                                          const std::string& key);
// The same inside a write transaction, holding the counter's row until the transaction ends,
// so that attempts on several nodes count one after another: PostgreSQL keeps the lock the
// ON CONFLICT update takes; SQLite has one writer anyway.
Result<auth::ThrottleState> lock_throttle(SqlConnection& c, auth::ThrottleSubject subject,
                                          const std::string& key, TimePoint now);
// Stores a counter's state; the empty state deletes its row.
Status save_throttle(SqlConnection& c, const ThrottleCounter& counter);
// Deletes the counters of `subject` that the rule has forgotten at `now` (window over, no lock
// running), so rows of usernames an attacker made up do not pile up.
Status prune_throttle(SqlConnection& c, auth::ThrottleSubject subject, TimePoint now);

Status record_login_event(SqlConnection& c, const LoginEvent& e);
// A username's recorded logins, oldest first, at most `limit`.
Result<std::vector<LoginEvent>> login_events_for(SqlConnection& c, const std::string& username,
                                                 int limit);

}  // namespace motcua::store

#pragma once
// Login throttling (issue 10): how many wrong passwords a username, and a client address, may
// give before their logins are refused for a while, and for how long. Pure functions over one
// counter's state; the store keeps the states, so every node of a province shares them and a
// restart does not clear them.
//
// A username is counted whether or not it exists, so a refusal tells nothing about which
// usernames exist. Its count is cleared by a right password. An address is counted across
// every username it tries, with a higher threshold (one office behind one NAT address shares
// it), and a right password takes back only its own attempt: otherwise an attacker holding
// one account could clear the count between guesses at others.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "motcua/common/clock.hpp"

namespace motcua::auth {

// dossier: wrong "last 4 phone digits" given for one dossier code on the public status page
// when rating (issue 11): the same rule as a username, so 10,000 possible digits cannot be
// walked through.
enum class ThrottleSubject { username, address, dossier };

std::string_view to_string(ThrottleSubject s);

struct ThrottleRule {
  int free_failures = 0;               // the failure that reaches this count sets the first lock
  std::chrono::seconds first_lock{0};  // that first lock; each further failure doubles it …
  std::chrono::seconds max_lock{0};    // … up to this
  std::chrono::seconds window{0};      // a count starts anew this long after its first failure
  bool success_clears = false;         // a right password clears the whole count
};

// username: 5 wrong passwords within a day (none right in between), then locked 1 min, and
// 2, 4, 8, 16 min, at most 30 min for each further one. address: 30 within an hour, the same
// locks. A lock runs its course even when its window ends first.
const ThrottleRule& rule_for(ThrottleSubject s);

struct ThrottleState {
  int failures = 0;                       // failures counted in the present window
  std::optional<TimePoint> window_start;  // the first of them
  std::optional<TimePoint> locked_until;  // attempts before this time are refused

  bool operator==(const ThrottleState&) const = default;
};

// The lock the `failures`-th failure of a window sets; zero below the threshold.
std::chrono::seconds lock_after(const ThrottleRule& rule, int failures);

// Whether an attempt at `now` is refused, and if so the whole seconds to wait (at least 1),
// as Retry-After states them.
std::optional<std::chrono::seconds> retry_after(const ThrottleState& s, TimePoint now);

// The state once an attempt at `now` counts as failed. Attempts are counted before the
// password is checked, so that concurrent guesses cannot all pass one check of the count.
ThrottleState after_failure(const ThrottleRule& rule, const ThrottleState& s, TimePoint now);

// The state once an attempt that after_failure counted at `counted_at` proved right: cleared
// (username), or without that attempt and without the lock its counting set (address). A lock
// that another attempt set stays.
ThrottleState after_success(const ThrottleRule& rule, const ThrottleState& s, TimePoint counted_at);

// Whether a state can be forgotten at `now`: its window has passed and no lock runs.
bool forgotten(const ThrottleRule& rule, const ThrottleState& s, TimePoint now);

// The key an address is counted under: IPv4 as given; IPv6 by its /64, the prefix one
// subscriber holds whole; an IPv4-mapped IPv6 address as its IPv4 address. Text that is no
// address is kept as given (a Unix socket, a test).
std::string address_key(std::string_view remote_addr);

}  // namespace motcua::auth

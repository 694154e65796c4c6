#pragma once
// How long a staff session lives (issue 14, point 4). A session ends at whichever comes first:
// its absolute end, counted from the login, or a spell without requests. An officer who leaves
// the counter's screen unlocked is not logged in for the rest of the day; one at work is not
// asked to log in again before the end of a long shift.
#include <chrono>

#include "motcua/common/clock.hpp"

namespace motcua::auth {

struct SessionPolicy {
  // A working day and a half: a session outlives one shift, not a week.
  std::chrono::seconds lifetime = std::chrono::hours(12);
  // OWASP's session guidance puts idle timeouts for sensitive data at 15 to 30 minutes.
  std::chrono::seconds idle = std::chrono::minutes(30);
  // A request marks its session seen only when the mark is older than this: one write a minute
  // per active session, not one per request. Idle time is thus measured to within a minute.
  std::chrono::seconds seen_resolution = std::chrono::minutes(1);

  TimePoint expires_at(TimePoint login) const { return login + lifetime; }
  // Sessions last seen at or before this instant are idle.
  TimePoint idle_since(TimePoint now) const { return now - idle; }
  bool needs_seen_mark(TimePoint last_seen, TimePoint now) const {
    return now - last_seen >= seen_resolution;
  }
};

}  // namespace motcua::auth

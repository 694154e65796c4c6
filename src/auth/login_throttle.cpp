#include "motcua/auth/login_throttle.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace motcua::auth {

namespace {
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// Five wrong passwords are more than a person mistyping makes and far too few to guess one.
constexpr ThrottleRule kUsername{5, minutes(1), minutes(30), hours(24), true};
// Thirty in an hour leaves room for the typos of a whole office behind one address, and still
// stops one address from trying a password against many usernames.
constexpr ThrottleRule kAddress{30, minutes(1), minutes(30), hours(1), false};
}  // namespace

std::string_view to_string(ThrottleSubject s) {
  switch (s) {
    case ThrottleSubject::username:
      return "username";
    case ThrottleSubject::address:
      return "address";
    case ThrottleSubject::dossier:
      return "dossier";
  }
  return "username";
}

const ThrottleRule& rule_for(ThrottleSubject s) {
  return s == ThrottleSubject::address ? kAddress : kUsername;
}

seconds lock_after(const ThrottleRule& rule, int failures) {
  if (failures < rule.free_failures) return seconds(0);
  seconds lock = rule.first_lock;
  for (int i = rule.free_failures; i < failures && lock < rule.max_lock; ++i) lock *= 2;
  return std::min(lock, rule.max_lock);
}

std::optional<seconds> retry_after(const ThrottleState& s, TimePoint now) {
  if (!s.locked_until || *s.locked_until <= now) return std::nullopt;
  return *s.locked_until - now;
}

ThrottleState after_failure(const ThrottleRule& rule, const ThrottleState& s, TimePoint now) {
  ThrottleState out = s;
  if (!out.window_start || now >= *out.window_start + rule.window) {
    const bool running = retry_after(s, now).has_value();
    out = {0, now, running ? s.locked_until : std::nullopt};
  }
  ++out.failures;
  if (const seconds lock = lock_after(rule, out.failures); lock > seconds(0))
    out.locked_until = std::max(out.locked_until.value_or(now), now + lock);
  return out;
}

ThrottleState after_success(const ThrottleRule& rule, const ThrottleState& s,
                            TimePoint counted_at) {
  if (rule.success_clears || s.failures <= 1) return {};
  ThrottleState out = s;
  // The lock the counting set is the one the present count sets at counted_at; any lock before
  // it had run out, or the attempt would have been refused.
  if (s.locked_until && lock_after(rule, s.failures) > std::chrono::seconds(0) &&
      *s.locked_until == counted_at + lock_after(rule, s.failures))
    out.locked_until.reset();
  --out.failures;
  return out;
}

bool forgotten(const ThrottleRule& rule, const ThrottleState& s, TimePoint now) {
  const bool window_over = !s.window_start || now >= *s.window_start + rule.window;
  return window_over && !retry_after(s, now);
}

std::string address_key(std::string_view remote_addr) {
  const std::string text(remote_addr);
  std::array<unsigned char, 16> bytes{};
  if (::inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1) return text;
  constexpr std::array<unsigned char, 12> kMapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  char buf[INET6_ADDRSTRLEN] = {};
  if (std::memcmp(bytes.data(), kMapped.data(), kMapped.size()) == 0)
    return ::inet_ntop(AF_INET, bytes.data() + 12, buf, sizeof buf) ? buf : text;
  std::fill(bytes.begin() + 8, bytes.end(), 0);
  if (!::inet_ntop(AF_INET6, bytes.data(), buf, sizeof buf)) return text;
  return std::string(buf) + "/64";
}

}  // namespace motcua::auth

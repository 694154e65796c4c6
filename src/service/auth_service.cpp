#include "motcua/service/auth_service.hpp"

#include <algorithm>

#include "motcua/auth/login_throttle.hpp"
#include "motcua/store/login_throttle_repository.hpp"
#include "motcua/store/user_repository.hpp"

namespace motcua::service {

namespace {
using auth::ThrottleSubject;
using std::chrono::seconds;

// Usernames are short; a longer one is no username and is not worth a counter row.
constexpr size_t kMaxUsernameBytes = 128;

Error bad_credentials() {
  return make_error(ErrorCode::unauthenticated, "auth.bad_credentials",
                    "wrong username or password", "sai tên đăng nhập hoặc mật khẩu", "password");
}

// "45 seconds" / "3 minutes": a person reads the wait, Retry-After gives it exactly.
std::pair<std::string, std::string> wait_words(seconds wait) {
  if (wait < std::chrono::minutes(2)) {
    const std::string n = std::to_string(wait.count());
    return {n + (wait == seconds(1) ? " second" : " seconds"), n + " giây"};
  }
  const auto minutes = (wait.count() + 59) / 60;
  return {std::to_string(minutes) + " minutes", std::to_string(minutes) + " phút"};
}

Error throttled(ThrottleSubject locked, seconds wait) {
  const auto [en, vi] = wait_words(wait);
  Error e =
      locked == ThrottleSubject::username
          ? make_error(ErrorCode::too_many, "auth.too_many_attempts",
                       "too many wrong passwords for this username; try again in " + en,
                       "nhập sai mật khẩu quá nhiều lần với tên đăng nhập này; vui lòng thử "
                       "lại sau " +
                           vi,
                       "username")
          : make_error(ErrorCode::too_many, "auth.too_many_attempts_from_address",
                       "too many failed logins from this address; try again in " + en,
                       "đăng nhập sai quá nhiều lần từ địa chỉ này; vui lòng thử lại sau " + vi,
                       "username");
  e.retry_after_seconds = int(wait.count());
  return e;
}

// The username's and the address's counters of one attempt.
struct Counters {
  store::ThrottleCounter user, address;
};

// The refusal the counters give at `now`, if any: the longer wait, named after the username
// when that is locked.
std::optional<Error> refusal(const Counters& c, TimePoint now) {
  const auto user = auth::retry_after(c.user.state, now);
  const auto address = auth::retry_after(c.address.state, now);
  if (!user && !address) return std::nullopt;
  return throttled(user ? ThrottleSubject::username : ThrottleSubject::address,
                   std::max(user.value_or(seconds(0)), address.value_or(seconds(0))));
}

Status read_counters(store::SqlConnection& c, Counters& out) {
  for (auto* counter : {&out.user, &out.address}) {
    auto s = store::read_throttle(c, counter->subject, counter->key);
    if (!s.ok()) return s.error();
    counter->state = *s;
  }
  return ok_status();
}

Status lock_counters(store::SqlConnection& c, Counters& out, TimePoint now) {
  for (auto* counter : {&out.user, &out.address}) {
    auto s = store::lock_throttle(c, counter->subject, counter->key, now);
    if (!s.ok()) return s.error();
    counter->state = *s;
  }
  return ok_status();
}

// Counts the attempt as failed, before its password is checked, so that concurrent guesses
// (on this node or others) cannot all pass one look at the count. Returns the counters before
// the attempt; a locked counter refuses it and nothing changes.
Result<Counters> count_attempt(store::SqlConnection& c, Counters counters, TimePoint now) {
  MOTCUA_TRY(lock_counters(c, counters, now));
  if (auto e = refusal(counters, now)) return *e;
  for (auto* counter : {&counters.user, &counters.address}) {
    MOTCUA_TRY(store::prune_throttle(c, counter->subject, now));
    store::ThrottleCounter counted = *counter;
    counted.state = auth::after_failure(auth::rule_for(counter->subject), counter->state, now);
    MOTCUA_TRY(store::save_throttle(c, counted));
  }
  return counters;
}

// Records a wrong password, and each lock its counting set (a counter locked before the
// attempt would have refused it, so a lock after it is new).
Status record_failure(store::SqlConnection& c, const Counters& before, TimePoint now,
                      const std::string& username, const std::string& address) {
  MOTCUA_TRY(store::record_login_event(c, {now, username, address, "failure", {}, {}}));
  for (const auto* counter : {&before.user, &before.address}) {
    const auto after = auth::after_failure(auth::rule_for(counter->subject), counter->state, now);
    if (auth::retry_after(after, now))
      MOTCUA_TRY(store::record_login_event(
          c, {now, username, address, "locked", counter->subject, after.locked_until}));
  }
  return ok_status();
}

// A right password: the username's count is cleared, the address's loses this attempt.
Status undo_count(store::SqlConnection& c, Counters counters, TimePoint now) {
  MOTCUA_TRY(lock_counters(c, counters, now));
  for (auto* counter : {&counters.user, &counters.address}) {
    counter->state = auth::after_success(auth::rule_for(counter->subject), counter->state, now);
    MOTCUA_TRY(store::save_throttle(c, *counter));
  }
  return ok_status();
}
}  // namespace

Result<LoginResult> AuthService::login(const std::string& username, const std::string& password,
                                       const std::string& client_address) {
  if (username.size() > kMaxUsernameBytes)
    return make_error(ErrorCode::invalid, "request.username_too_long",
                      "username must be at most 128 bytes", "tên đăng nhập dài tối đa 128 byte",
                      "username");
  const TimePoint now = clock_.now();
  Counters counters{{ThrottleSubject::username, username, {}},
                    {ThrottleSubject::address, auth::address_key(client_address), {}}};
  // While locked, an attempt costs one read: no password is hashed and nothing is written.
  MOTCUA_TRY(db_.read<Ok>([&](store::SqlConnection& c) -> Result<Ok> {
    MOTCUA_TRY(read_counters(c, counters));
    return Ok{};
  }));
  if (auto e = refusal(counters, now)) return *e;
  auto before = db_.write_returning<Counters>(
      [&](store::SqlConnection& c) { return count_attempt(c, counters, now); });
  if (!before.ok()) return before.error();

  auto found = db_.read<std::optional<store::StoredUser>>(
      [&](store::SqlConnection& c) { return store::find_user(c, username); });
  if (!found.ok()) return found.error();
  bool right = false;
  if (found->has_value())
    right = auth::verify_password(password, (*found)->password_hash) && (*found)->user.active;
  else
    auth::spend_password_check(password);
  if (!right) {
    MOTCUA_TRY(db_.write([&](store::SqlConnection& c) {
      return record_failure(c, *before, now, username, client_address);
    }));
    return bad_credentials();
  }

  auto token = auth::new_session_token();
  LoginResult out{token.token, (*found)->user, policy_.expires_at(now)};
  MOTCUA_TRY(db_.write([&](store::SqlConnection& c) -> Status {
    MOTCUA_TRY(undo_count(c, counters, now));
    MOTCUA_TRY(store::record_login_event(c, {now, username, client_address, "success", {}, {}}));
    auto ended = store::delete_ended_sessions_of(c, username, now, policy_.idle_since(now));
    if (!ended.ok()) return ended.error();
    return store::insert_session(c,
                                 {token.token_hash, username, client_address, now, out.expires_at});
  }));
  return out;
}

namespace {
Error session_ended() {
  return make_error(ErrorCode::unauthenticated, "auth.session_expired",
                    "the session is unknown or expired; log in again",
                    "phiên làm việc không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại");
}
}  // namespace

Result<AuthService::CheckedSession> AuthService::live_session(const std::string& token) {
  if (token.empty())
    return make_error(ErrorCode::unauthenticated, "auth.required", "login required",
                      "cần đăng nhập");
  const TimePoint now = clock_.now();
  std::string token_hash = auth::hash_session_token(token);
  auto found = db_.read<std::optional<store::LiveSession>>([&](store::SqlConnection& c) {
    return store::find_live_session(c, token_hash, now, policy_.idle_since(now));
  });
  if (!found.ok()) return found.error();
  if (!found->has_value()) return session_ended();
  return CheckedSession{std::move(**found), std::move(token_hash), now};
}

Result<auth::User> AuthService::authenticate(const std::string& token) {
  auto s = live_session(token);
  if (!s.ok()) return s.error();
  if (policy_.needs_seen_mark(s->session.last_seen_at, s->now)) {
    MOTCUA_TRY(db_.write([&](store::SqlConnection& c) {
      return store::touch_session(c, s->token_hash, s->now, s->now - policy_.seen_resolution);
    }));
  }
  return s->session.user;
}

Status AuthService::logout(const std::string& token, const std::string& client_address) {
  auto s = live_session(token);
  // Logging out of a session that already ended is no error: the page still clears its cookie.
  if (!s.ok()) return s.error().code == ErrorCode::unauthenticated ? ok_status() : s.error();
  return db_.write([&](store::SqlConnection& c) -> Status {
    MOTCUA_TRY(store::delete_session(c, s->token_hash));
    return store::record_login_event(
        c, {s->now, s->session.user.username, client_address, "logout", {}, {}});
  });
}

Result<std::int64_t> AuthService::logout_everywhere(const std::string& token,
                                                    const std::string& client_address) {
  auto s = live_session(token);
  if (!s.ok()) return s.error();
  return db_.write_returning<std::int64_t>([&](store::SqlConnection& c) -> Result<std::int64_t> {
    auto ended = store::delete_sessions_of(c, s->session.user.username);
    if (!ended.ok()) return ended.error();
    MOTCUA_TRY(store::record_login_event(
        c, {s->now, s->session.user.username, client_address, "logout_everywhere", {}, {}}));
    return *ended;
  });
}

Result<std::vector<SessionView>> AuthService::sessions(const std::string& token) {
  auto s = live_session(token);
  if (!s.ok()) return s.error();
  auto rows = db_.read<std::vector<store::SessionRow>>([&](store::SqlConnection& c) {
    return store::live_sessions_of(c, s->session.user.username, s->now, policy_.idle_since(s->now));
  });
  if (!rows.ok()) return rows.error();
  std::vector<SessionView> out;
  for (const auto& r : *rows)
    out.push_back({r.token_hash.substr(0, 16), r.address, r.created_at, r.last_seen_at,
                   r.expires_at, r.token_hash == s->token_hash});
  return out;
}

}  // namespace motcua::service

#include "motcua/service/auth_service.hpp"

#include "motcua/store/user_repository.hpp"

namespace motcua::service {

namespace {
// A working day and a half: a session outlives one shift, not a week.
constexpr std::chrono::hours kSessionLifetime{12};

Error bad_credentials() {
  return make_error(ErrorCode::unauthenticated, "auth.bad_credentials",
                    "wrong username or password", "sai tên đăng nhập hoặc mật khẩu", "password");
}
}  // namespace

Result<LoginResult> AuthService::login(const std::string& username, const std::string& password) {
  auto found = db_.read<std::optional<store::StoredUser>>(
      [&](store::SqlConnection& c) { return store::find_user(c, username); });
  if (!found.ok()) return found.error();
  if (!found->has_value() || !(*found)->user.active ||
      !auth::verify_password(password, (*found)->password_hash))
    return bad_credentials();
  const TimePoint now = clock_.now();
  auto token = auth::new_session_token();
  LoginResult out{token.token, (*found)->user, now + kSessionLifetime};
  MOTCUA_TRY(db_.write([&](store::SqlConnection& c) {
    return store::insert_session(c, token.token_hash, username, now, out.expires_at);
  }));
  return out;
}

Result<auth::User> AuthService::authenticate(const std::string& token) {
  if (token.empty())
    return make_error(ErrorCode::unauthenticated, "auth.required", "login required",
                      "cần đăng nhập");
  auto user = db_.read<std::optional<auth::User>>([&](store::SqlConnection& c) {
    return store::find_session_user(c, auth::hash_session_token(token), clock_.now());
  });
  if (!user.ok()) return user.error();
  if (!user->has_value())
    return make_error(ErrorCode::unauthenticated, "auth.session_expired",
                      "the session is unknown or expired; log in again",
                      "phiên làm việc không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại");
  return **user;
}

Status AuthService::logout(const std::string& token) {
  return db_.write([&](store::SqlConnection& c) {
    return store::delete_session(c, auth::hash_session_token(token));
  });
}

}  // namespace motcua::service

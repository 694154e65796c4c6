#include "motcua/service/user_admin_service.hpp"

#include <nlohmann/json.hpp>

#include "motcua/auth/password_rules.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/user_repository.hpp"
#include "motcua/text/normalize.hpp"

namespace motcua::service {

namespace {

constexpr std::size_t kMaxFullName = 200;

Error user_admin_invalid(const std::string& field, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::invalid, "user.invalid", en, vi, field);
}

Status check_username(const std::string& u) {
  const bool allowed =
      u.size() >= 3 && u.size() <= 64 &&
      u.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") == std::string::npos;
  if (!allowed)
    return user_admin_invalid("username", "a username is 3 to 64 of a-z, 0-9, '.', '_' and '-'",
                              "tên đăng nhập gồm 3 đến 64 ký tự a-z, 0-9, '.', '_' và '-'");
  return ok_status();
}

Status check_password(const std::string& password, const std::string& username) {
  if (auto problem = auth::password_problem(password, username))
    return user_admin_invalid("password", std::string(auth::problem_en(*problem)),
                              std::string(auth::problem_vi(*problem)));
  return ok_status();
}

std::string body_of(const auth::User& u) {
  return nlohmann::json{{"full_name", u.full_name},
                        {"role", auth::to_string(u.role)},
                        {"agency_code", u.agency_code},
                        {"active", u.active}}
      .dump();
}

Error no_such_user(const std::string& username) {
  return make_error(ErrorCode::not_found, "user.not_found", "no such user: " + username,
                    "không có tài khoản " + username, "username");
}

}  // namespace

Result<auth::User> UserAdminService::add(const NewAccount& a, const std::string& by) {
  MOTCUA_TRY(check_username(a.username));
  auth::User user{a.username, text::clean_text(a.full_name), auth::Role::receiver, a.agency_code,
                  true};
  if (user.full_name.empty() || user.full_name.size() > kMaxFullName)
    return user_admin_invalid("full_name", "the full name is required, at most 200 bytes",
                              "cần họ và tên, tối đa 200 byte");
  if (!auth::parse_role(a.role, user.role))
    return user_admin_invalid(
        "role", "the role is one of receiver, specialist, leader, manager, admin, inspector",
        "vai trò là một trong receiver, specialist, leader, manager, admin, inspector");
  MOTCUA_TRY(check_password(a.password, a.username));
  // Argon2id takes a quarter of a second: outside the writer's transaction.
  auto hash = auth::hash_password(a.password);
  if (!hash.ok()) return hash.error();
  auto added = db_.write([&](store::SqlConnection& c) -> Status {
    auto agency = store::find_agency(c, user.agency_code);
    if (!agency.ok()) return agency.error();
    if (!agency->has_value())
      return user_admin_invalid("agency_code", "no such agency: " + user.agency_code,
                                "không có cơ quan mã " + user.agency_code);
    auto existing = store::find_user(c, user.username);
    if (!existing.ok()) return existing.error();
    if (existing->has_value())
      return make_error(ErrorCode::conflict, "user.exists", "the username is taken",
                        "tên đăng nhập đã có người dùng", "username");
    MOTCUA_TRY(store::upsert_user(c, user, *hash));
    return store::append_user_edit(
        c, {user.username, "add", std::nullopt, body_of(user), by, clock_.now()});
  });
  if (!added.ok()) return added.error();
  return user;
}

Result<std::int64_t> UserAdminService::set_password(const std::string& username,
                                                    const std::string& password,
                                                    const std::string& by) {
  MOTCUA_TRY(check_password(password, username));
  auto hash = auth::hash_password(password);
  if (!hash.ok()) return hash.error();
  return db_.write_returning<std::int64_t>([&](store::SqlConnection& c) -> Result<std::int64_t> {
    auto found = store::find_user(c, username);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return no_such_user(username);
    MOTCUA_TRY(store::set_password_hash(c, username, *hash));
    const std::string body = body_of((*found)->user);
    MOTCUA_TRY(store::append_user_edit(c, {username, "passwd", body, body, by, clock_.now()}));
    return store::delete_sessions_of(c, username);
  });
}

Result<std::int64_t> UserAdminService::set_active(const std::string& username, bool active,
                                                  const std::string& by) {
  return db_.write_returning<std::int64_t>([&](store::SqlConnection& c) -> Result<std::int64_t> {
    auto found = store::find_user(c, username);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return no_such_user(username);
    auth::User user = (*found)->user;
    const std::string before = body_of(user);
    user.active = active;
    MOTCUA_TRY(store::upsert_user(c, user, std::nullopt));
    MOTCUA_TRY(store::append_user_edit(
        c, {username, active ? "enable" : "disable", before, body_of(user), by, clock_.now()}));
    if (active) return std::int64_t{0};
    return store::delete_sessions_of(c, username);
  });
}

Result<std::vector<auth::User>> UserAdminService::list() {
  return db_.read<std::vector<auth::User>>(
      [](store::SqlConnection& c) { return store::list_users(c); });
}

}  // namespace motcua::service

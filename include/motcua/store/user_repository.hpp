#pragma once
// Staff users and their login sessions in the database (sessions live there so that several
// stateless nodes can serve one province).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "motcua/auth/user.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct StoredUser {
  auth::User user;
  std::string password_hash;
};

// Creates the user, or updates name/role/agency of an existing one (its password is kept
// unless password_hash is given).
Status upsert_user(SqlConnection& c, const auth::User& u,
                   const std::optional<std::string>& password_hash);
Result<std::optional<StoredUser>> find_user(SqlConnection& c, const std::string& username);

Status insert_session(SqlConnection& c, const std::string& token_hash, const std::string& username,
                      TimePoint created_at, TimePoint expires_at);
// The user a live session belongs to; nothing when unknown, expired or the user is inactive.
Result<std::optional<auth::User>> find_session_user(SqlConnection& c, const std::string& token_hash,
                                                    TimePoint now);
Status delete_session(SqlConnection& c, const std::string& token_hash);

// Every account, ordered by agency, then username.
Result<std::vector<auth::User>> list_users(SqlConnection& c);
Status set_password_hash(SqlConnection& c, const std::string& username,
                         const std::string& password_hash);
// Ends every session of the user, on every node ("log out everywhere"); returns how many.
Result<std::int64_t> delete_sessions_of(SqlConnection& c, const std::string& username);

// One change of an account, appended to user_edits under the user's next version.
struct UserEdit {
  std::string username;
  std::string action;  // add | passwd | disable | enable
  std::optional<std::string> old_body;
  std::string new_body;
  std::string edited_by;
  TimePoint edited_at;
};
Status append_user_edit(SqlConnection& c, const UserEdit& e);

}  // namespace motcua::store

#pragma once
// Staff users and their login sessions in the database (sessions live there so that several
// stateless nodes can serve one province).
#include <optional>
#include <string>

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

}  // namespace motcua::store

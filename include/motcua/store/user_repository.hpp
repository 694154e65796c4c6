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

struct NewSession {
  std::string token_hash;
  std::string username;
  std::string address;  // the client's, after the trusted proxy
  TimePoint created_at;
  TimePoint expires_at;  // the absolute end
};
Status insert_session(SqlConnection& c, const NewSession& s);

struct LiveSession {
  auth::User user;
  TimePoint last_seen_at;
};
// The user of a live session: known, before its absolute end, seen after `idle_since`, its user
// active. Nothing otherwise.
Result<std::optional<LiveSession>> find_live_session(SqlConnection& c,
                                                     const std::string& token_hash, TimePoint now,
                                                     TimePoint idle_since);
// Marks the session seen at `now` unless it was seen after `unless_seen_after` (a write at most
// once in a while per session, not one a request).
Status touch_session(SqlConnection& c, const std::string& token_hash, TimePoint now,
                     TimePoint unless_seen_after);
Status delete_session(SqlConnection& c, const std::string& token_hash);
// Removes the user's sessions that ended (absolute end or idle), so the table keeps only live
// ones; returns how many.
Result<std::int64_t> delete_ended_sessions_of(SqlConnection& c, const std::string& username,
                                              TimePoint now, TimePoint idle_since);

struct SessionRow {
  std::string token_hash;
  std::string address;
  TimePoint created_at;
  TimePoint last_seen_at;
  TimePoint expires_at;
};
// The user's live sessions, the most recently seen first.
Result<std::vector<SessionRow>> live_sessions_of(SqlConnection& c, const std::string& username,
                                                 TimePoint now, TimePoint idle_since);

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

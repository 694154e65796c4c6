#include "motcua/store/user_repository.hpp"

#include <stdexcept>

#include "motcua/common/time.hpp"

namespace motcua::store {

namespace {
auth::User user_from_row(const SqlRow& r) {
  auth::User u;
  u.username = r.text(0);
  u.full_name = r.text(1);
  auth::parse_role(r.text(2), u.role);
  u.agency_code = r.text(3);
  u.active = r.integer(4) != 0;
  return u;
}
}  // namespace

Status upsert_user(SqlConnection& c, const auth::User& u,
                   const std::optional<std::string>& password_hash) {
  Result<SqlRows> r =
      password_hash
          ? c.query(
                "INSERT INTO users (username, password_hash, full_name, role, agency_code, active) "
                "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO UPDATE SET "
                "password_hash = excluded.password_hash, full_name = excluded.full_name, "
                "role = excluded.role, agency_code = excluded.agency_code, active = "
                "excluded.active",
                {u.username, *password_hash, u.full_name, std::string(to_string(u.role)),
                 u.agency_code, std::int64_t(u.active)})
          : c.query(
                "UPDATE users SET full_name = $2, role = $3, agency_code = $4, active = $5 "
                "WHERE username = $1",
                {u.username, u.full_name, std::string(to_string(u.role)), u.agency_code,
                 std::int64_t(u.active)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<StoredUser>> find_user(SqlConnection& c, const std::string& username) {
  auto rows = c.query(
      "SELECT username, full_name, role, agency_code, active, password_hash FROM users "
      "WHERE username = $1",
      {username});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<StoredUser>{};
  const auto& r = rows->front();
  return std::optional<StoredUser>{StoredUser{user_from_row(r), r.text(5)}};
}

namespace {
// sessions.expires_at is TEXT holding Unix seconds: ten digits until 2286, so text order is
// time order; bound as text, it compares alike on both engines.
std::string epoch_text(TimePoint t) { return std::to_string(t.time_since_epoch().count()); }
TimePoint epoch_time(const std::string& text) {
  return TimePoint(std::chrono::seconds(std::stoll(text)));
}
}  // namespace

Status insert_session(SqlConnection& c, const NewSession& s) {
  auto r = c.query(
      "INSERT INTO sessions (token_hash, username, created_at, expires_at, last_seen_at, address) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {s.token_hash, s.username, format_iso(s.created_at), epoch_text(s.expires_at),
       epoch_text(s.created_at), s.address});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::optional<LiveSession>> find_live_session(SqlConnection& c,
                                                     const std::string& token_hash, TimePoint now,
                                                     TimePoint idle_since) {
  auto rows = c.query(
      "SELECT u.username, u.full_name, u.role, u.agency_code, u.active, s.last_seen_at "
      "FROM sessions s JOIN users u ON u.username = s.username WHERE s.token_hash = $1 AND "
      "s.expires_at > $2 AND s.last_seen_at > $3 AND u.active = 1",
      {token_hash, epoch_text(now), epoch_text(idle_since)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<LiveSession>{};
  const auto& r = rows->front();
  return std::optional<LiveSession>{LiveSession{user_from_row(r), epoch_time(r.text(5))}};
}

Status touch_session(SqlConnection& c, const std::string& token_hash, TimePoint now,
                     TimePoint unless_seen_after) {
  auto r =
      c.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at <= $3",
              {token_hash, epoch_text(now), epoch_text(unless_seen_after)});
  if (!r.ok()) return r.error();
  return ok_status();
}

Status delete_session(SqlConnection& c, const std::string& token_hash) {
  auto r = c.query("DELETE FROM sessions WHERE token_hash = $1", {token_hash});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::int64_t> delete_ended_sessions_of(SqlConnection& c, const std::string& username,
                                              TimePoint now, TimePoint idle_since) {
  auto ended = c.query(
      "DELETE FROM sessions WHERE username = $1 AND (expires_at <= $2 OR last_seen_at <= $3) "
      "RETURNING token_hash",
      {username, epoch_text(now), epoch_text(idle_since)});
  if (!ended.ok()) return ended.error();
  return std::int64_t(ended->size());
}

Result<std::vector<SessionRow>> live_sessions_of(SqlConnection& c, const std::string& username,
                                                 TimePoint now, TimePoint idle_since) {
  auto rows = c.query(
      "SELECT token_hash, address, created_at, last_seen_at, expires_at FROM sessions "
      "WHERE username = $1 AND expires_at > $2 AND last_seen_at > $3 "
      "ORDER BY last_seen_at DESC, created_at DESC",
      {username, epoch_text(now), epoch_text(idle_since)});
  if (!rows.ok()) return rows.error();
  std::vector<SessionRow> out;
  for (const auto& r : *rows) {
    auto created = parse_iso(r.text(2));
    if (!created) throw std::logic_error("sessions.created_at is not ISO-8601: " + r.text(2));
    out.push_back({r.text(0), r.text(1), *created, epoch_time(r.text(3)), epoch_time(r.text(4))});
  }
  return out;
}

Result<std::vector<auth::User>> list_users(SqlConnection& c) {
  auto rows = c.query(
      "SELECT username, full_name, role, agency_code, active FROM users ORDER BY agency_code, "
      "username",
      {});
  if (!rows.ok()) return rows.error();
  std::vector<auth::User> out;
  for (const auto& r : *rows) out.push_back(user_from_row(r));
  return out;
}

Status set_password_hash(SqlConnection& c, const std::string& username,
                         const std::string& password_hash) {
  auto r =
      c.query("UPDATE users SET password_hash = $2 WHERE username = $1", {username, password_hash});
  if (!r.ok()) return r.error();
  return ok_status();
}

Result<std::int64_t> delete_sessions_of(SqlConnection& c, const std::string& username) {
  auto ended = c.query("DELETE FROM sessions WHERE username = $1 RETURNING token_hash", {username});
  if (!ended.ok()) return ended.error();
  return std::int64_t(ended->size());
}

Status append_user_edit(SqlConnection& c, const UserEdit& e) {
  auto r = c.query(
      "INSERT INTO user_edits (username, version, action, old_body, new_body, edited_by, "
      "edited_at) SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5, $6 FROM user_edits "
      "WHERE username = $1",
      {e.username, e.action, e.old_body ? SqlValue(*e.old_body) : SqlValue(nullptr), e.new_body,
       e.edited_by, format_iso(e.edited_at)});
  if (!r.ok()) return r.error();
  return ok_status();
}

}  // namespace motcua::store

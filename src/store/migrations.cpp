#include <algorithm>
#include <string>

#include "motcua/common/embedded.hpp"
#include "motcua/store/database.hpp"

namespace motcua::store {

namespace {
// A migration file may start with "-- engine: sqlite" (or postgres) when only one engine
// needs it, e.g. triggers whose syntax differs.
bool applies_to(std::string_view sql, std::string_view engine) {
  constexpr std::string_view kTag = "-- engine: ";
  if (sql.substr(0, kTag.size()) != kTag) return true;
  auto rest = sql.substr(kTag.size());
  return rest.substr(0, rest.find('\n')) == engine;
}

Result<bool> applied(SqlConnection& conn, std::string_view name) {
  auto done =
      conn.query("SELECT 1 FROM schema_migrations WHERE name = $1", {sql_text(std::string(name))});
  if (!done.ok()) return done.error();
  return !done->empty();
}

// Applies what is pending, one file a transaction.
Status apply_pending(SqlConnection& conn) {
  MOTCUA_TRY(conn.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT "
      "NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
  auto names = embedded::list("migrations/");
  std::sort(names.begin(), names.end());
  for (auto name : names) {
    auto done = applied(conn, name);
    if (!done.ok()) return done.error();
    if (*done) continue;
    auto sql = *embedded::find(name);
    // Asked again under the writer's lock: another process on the same SQLite file may have
    // applied it since (nodes started together), and would make this one fail on "table
    // already exists".
    MOTCUA_TRY(conn.begin_write());
    done = applied(conn, name);
    if (!done.ok() || *done) {
      (void)conn.execute_script("ROLLBACK");
      if (!done.ok()) return done.error();
      continue;
    }
    Status s = applies_to(sql, conn.engine()) ? conn.execute_script(sql) : ok_status();
    if (s.ok()) {
      auto r = conn.query("INSERT INTO schema_migrations (name) VALUES ($1)",
                          {sql_text(std::string(name))});
      if (!r.ok()) s = r.error();
    }
    if (!s.ok()) {
      (void)conn.execute_script("ROLLBACK");
      return s;
    }
    MOTCUA_TRY(conn.execute_script("COMMIT"));
  }
  return ok_status();
}

}  // namespace

Status apply_migrations(SqlConnection& conn) {
  if (conn.engine() != "postgres") return apply_pending(conn);
  // Nodes started together on one PostgreSQL database migrate one after the other: the others
  // wait here and then find the files applied. (On SQLite, the writer's lock taken for each file
  // does this.)
  constexpr const char* kLock = "SELECT pg_advisory_lock(20260413)";
  constexpr const char* kUnlock = "SELECT pg_advisory_unlock(20260413)";
  MOTCUA_TRY(conn.execute_script(kLock));
  Status applied = apply_pending(conn);
  Status unlocked = conn.execute_script(kUnlock);
  if (!applied.ok()) return applied;
  return unlocked;
}

}  // namespace motcua::store

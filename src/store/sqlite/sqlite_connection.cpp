#include "sqlite_connection.hpp"

#include <chrono>
#include <thread>

namespace motcua::store {

namespace {

// What a client can do about a failed statement: a broken constraint is its conflict; a busy
// or locked database or a full disk may pass (unavailable: retry later); anything else (no
// such table, a corrupt or read-only file, an I/O error) is a fault of the system (internal).
Error sqlite_error(int rc, const std::string& msg) {
  switch (rc & 0xff) {
    case SQLITE_CONSTRAINT:
      return make_error(ErrorCode::conflict, "store.constraint", msg, "lỗi cơ sở dữ liệu: " + msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
      return make_error(ErrorCode::unavailable, "store.busy", msg, "lỗi cơ sở dữ liệu: " + msg);
    default:
      return make_error(ErrorCode::internal, "store.error", msg, "lỗi cơ sở dữ liệu: " + msg);
  }
}

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path,
                                                                 bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return make_error(ErrorCode::unavailable, "store.open_failed", "cannot open database: " + msg,
                      "không mở được cơ sở dữ liệu: " + msg);
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db));
  sqlite3_busy_timeout(db, 10000);
  // WAL lets readers run beside the single writer. Switching a new file to WAL needs it alone,
  // and SQLite answers "database is locked" at once, without the busy handler, while another
  // process (a node started at the same moment) holds it: wait here as the busy timeout would.
  if (!read_only) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      auto mode = conn->query("PRAGMA journal_mode=WAL", {});
      if (mode.ok()) {
        // The mode it is in now: "wal", or "memory" for an in-memory database (which has
        // no other process to share with). Anything else would lose the readers' isolation.
        const std::string now = mode->empty() ? "" : mode->front().text(0);
        if (now == "wal" || now == "memory") break;
        return make_error(ErrorCode::internal, "store.journal_mode",
                          "the database cannot use WAL (journal mode " + now + ")",
                          "cơ sở dữ liệu không dùng được chế độ WAL");
      }
      if ((sqlite3_errcode(db) & 0xff) != SQLITE_BUSY ||
          std::chrono::steady_clock::now() > deadline)
        return mode.error();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  // FULL makes an acknowledged commit durable.
  const char* pragmas =
      read_only ? "PRAGMA foreign_keys=ON;" : "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
  MOTCUA_TRY(conn->execute_script(pragmas));
  return conn;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

Error SqliteConnection::last_error(std::string_view what) const {
  return sqlite_error(sqlite3_extended_errcode(db_),
                      std::string(what) + ": " + sqlite3_errmsg(db_));
}

Result<SqlRows> SqliteConnection::query(std::string_view sql, const std::vector<SqlValue>& params) {
  std::string key(sql);
  sqlite3_stmt* stmt = nullptr;
  if (auto it = statements_.find(key); it != statements_.end()) {
    stmt = it->second;
  } else {
    if (sqlite3_prepare_v3(db_, key.c_str(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
      return last_error("prepare");
    statements_.emplace(key, stmt);
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  for (size_t i = 0; i < params.size(); ++i) {
    // Parameters are written $1, $2 … as PostgreSQL wants; bind by name so order in text is free.
    const std::string name = "$" + std::to_string(i + 1);
    const int idx = sqlite3_bind_parameter_index(stmt, name.c_str());
    if (idx == 0) continue;
    const auto& v = params[i];
    int rc = SQLITE_OK;
    if (auto s = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text(stmt, idx, s->data(), int(s->size()), SQLITE_TRANSIENT);
    else if (auto n = std::get_if<std::int64_t>(&v))
      rc = sqlite3_bind_int64(stmt, idx, *n);
    else if (auto d = std::get_if<double>(&v))
      rc = sqlite3_bind_double(stmt, idx, *d);
    else if (auto b = std::get_if<SqlBytes>(&v))
      rc = sqlite3_bind_blob64(stmt, idx, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
    else
      rc = sqlite3_bind_null(stmt, idx);
    if (rc != SQLITE_OK) return last_error("bind " + name);
  }
  SqlRows rows;
  const int columns = sqlite3_column_count(stmt);
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      Error e = last_error("step");
      sqlite3_reset(stmt);
      return e;
    }
    std::vector<SqlValue> values;
    values.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
          values.emplace_back(std::int64_t(sqlite3_column_int64(stmt, c)));
          break;
        case SQLITE_FLOAT:
          values.emplace_back(sqlite3_column_double(stmt, c));
          break;
        case SQLITE_NULL:
          values.emplace_back(nullptr);
          break;
        case SQLITE_BLOB: {
          const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, c));
          values.emplace_back(std::string(p ? p : "", size_t(sqlite3_column_bytes(stmt, c))));
          break;
        }
        default: {
          const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          values.emplace_back(std::string(p, size_t(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    rows.emplace_back(std::move(values));
  }
  sqlite3_reset(stmt);
  return rows;
}

Status SqliteConnection::execute_script(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  if (const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return sqlite_error(rc, "sql: " + msg);
  }
  return ok_status();
}

}  // namespace motcua::store

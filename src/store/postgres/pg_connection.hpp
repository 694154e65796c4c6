#pragma once
#include <libpq-fe.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// One PostgreSQL connection (libpq) with a cache of prepared statements, speaking the same
// `$1, $2 …` SQL as SqliteConnection. Not thread-safe: each thread owns its own.
class PgConnection final : public SqlConnection {
 public:
  // `url`: a libpq connection URI, postgresql://user@host:port/database. A read-only
  // connection runs every transaction READ ONLY.
  static Result<std::unique_ptr<PgConnection>> open(const std::string& url, bool read_only);
  ~PgConnection() override;

  Result<SqlRows> query(std::string_view sql, const std::vector<SqlValue>& params) override;
  Status execute_script(std::string_view sql) override;
  Status begin_write() override;
  Status lock_until_commit(std::string_view name) override;
  std::string_view engine() const override { return "postgres"; }
  bool in_transaction() const override;

 private:
  PgConnection(PGconn* conn, std::string setup) : conn_(conn), setup_(std::move(setup)) {}
  Error error_of(const PGresult* result, std::string_view what) const;
  // Runs statements without parameters, as they are (the session's setup, scripts).
  Status exec(std::string_view sql);
  // A lost connection (the server restarted, or failed over to a replica: docs/deploy.md) is
  // made again before the next statement: libpq keeps the URI, and with several hosts and
  // target_session_attrs=read-write finds the new primary. The session's settings and prepared
  // statements are made again; a transaction open on the lost connection is lost with it, and
  // the writer, seeing none open, runs its group's jobs again.
  Status reconnect_if_lost();

  PGconn* conn_;
  std::string setup_;  // the session's SET statements
  // SQL text and parameter types → the name of its prepared statement.
  std::unordered_map<std::string, std::string> statements_;
};

}  // namespace motcua::store

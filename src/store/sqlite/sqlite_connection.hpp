#pragma once
#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// One SQLite connection with a cache of prepared statements. Not thread-safe: each thread
// (the writer, each reader) owns its own.
class SqliteConnection final : public SqlConnection {
 public:
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path, bool read_only);
  ~SqliteConnection() override;

  Result<SqlRows> query(std::string_view sql, const std::vector<SqlValue>& params) override;
  Status execute_script(std::string_view sql) override;
  Status begin_write() override { return execute_script("BEGIN IMMEDIATE"); }
  Status lock_until_commit(std::string_view) override { return ok_status(); }
  std::string_view engine() const override { return "sqlite"; }
  bool in_transaction() const override { return sqlite3_get_autocommit(db_) == 0; }

 private:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Error last_error(std::string_view what) const;

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace motcua::store

#pragma once
// The narrow SQL interface repositories are written against, so one repository code path
// serves SQLite and PostgreSQL. Parameters are $1, $2, … in SQL text; values are bound, never
// concatenated.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::store {

// Bytes bound as bytes (a file's content): a BLOB on SQLite, bytea on PostgreSQL, where a text
// parameter must be valid UTF-8 without NUL. Read back, they are a std::string like text.
struct SqlBytes {
  std::string bytes;
};

using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string, SqlBytes>;

class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool is_null(size_t i) const { return std::holds_alternative<std::nullptr_t>(values_.at(i)); }
  // Text of column i ("" for NULL; numbers are formatted).
  std::string text(size_t i) const;
  std::optional<std::string> optional_text(size_t i) const;
  std::int64_t integer(size_t i) const;
  const SqlValue& value(size_t i) const { return values_.at(i); }

 private:
  std::vector<SqlValue> values_;
};

using SqlRows = std::vector<SqlRow>;

class DataKeys;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // Runs one statement with bound parameters and returns every row it yields.
  virtual Result<SqlRows> query(std::string_view sql, const std::vector<SqlValue>& params = {}) = 0;
  // Runs one or more statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  // Begins the writer's transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE),
  // PostgreSQL a plain BEGIN.
  virtual Status begin_write() = 0;
  // Inside the writer's transaction: waits until no other transaction, on any node, holds
  // `name`, then holds it until this one ends. SQLite has nothing to do: its write transaction
  // already excludes every other writer of the file. PostgreSQL takes a transaction-scoped
  // advisory lock, so a check made after it sees what the previous holder committed.
  virtual Status lock_until_commit(std::string_view name) = 0;
  // "sqlite" or "postgres": migrations may be specific to one engine.
  virtual std::string_view engine() const = 0;
  // Whether a transaction is open. The engine may end one by itself (SQLite rolls back on a
  // full disk or an I/O error); the writer checks this so no job runs outside a transaction.
  virtual bool in_transaction() const = 0;

  // The keys personal fields are sealed with (data_keys.hpp). Database gives its ring to every
  // connection it opens; a connection without one is a broken invariant (std::logic_error).
  DataKeys& data_keys() const;
  void set_data_keys(std::shared_ptr<DataKeys> keys) { data_keys_ = std::move(keys); }

 private:
  std::shared_ptr<DataKeys> data_keys_;
};

// The key of an error after which the whole transaction should run again from its start: a
// deadlock or serialisation failure between nodes (PostgreSQL's SQLSTATE 40P01, 40001).
inline constexpr std::string_view kRetryTransactionKey = "store.retry_transaction";

// Holds a request's Idempotency-Key of `table` until the writer's transaction ends, so that two
// nodes given the same key at once answer with one row: the second looks for an earlier
// retry only after the first has committed. Nothing to hold without a key.
inline Status lock_idempotency_key(SqlConnection& c, std::string_view table,
                                   const std::string& key) {
  if (key.empty()) return ok_status();
  return c.lock_until_commit(std::string(table) + ".idempotency_key " + key);
}

// Helpers that make call sites short.
inline SqlValue sql_text(std::string s) { return SqlValue{std::move(s)}; }
inline SqlValue sql_bytes(std::string bytes) { return SqlValue{SqlBytes{std::move(bytes)}}; }
inline SqlValue sql_opt_text(const std::optional<std::string>& s) {
  return s ? SqlValue{*s} : SqlValue{nullptr};
}

}  // namespace motcua::store

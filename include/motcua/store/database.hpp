#pragma once
// The database handle: a single writer that commits waiting changes in groups (one fsync for
// many requests), and a pool of reader connections that run beside it (SQLite WAL).
#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "motcua/store/data_keys.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

class Database {
 public:
  using ConnectionFactory = std::function<Result<std::unique_ptr<SqlConnection>>(bool read_only)>;

  using Sealing = KeyUse;

  // Opens (creating if needed) a SQLite file in WAL mode and applies pending migrations.
  // Personal fields are sealed with the keys in `key_file` (DataKeys::default_file when empty;
  // a ":memory:" store keeps a ring in memory).
  static Result<std::unique_ptr<Database>> open_sqlite(const std::string& path,
                                                       const std::string& key_file = {},
                                                       Sealing sealing = Sealing::may_start);
  // PostgreSQL at a libpq URI (postgresql://user@host:port/db), with the same migrations.
  static Result<std::unique_ptr<Database>> open_postgres(const std::string& url,
                                                         const std::string& key_file = {},
                                                         Sealing sealing = Sealing::may_start);
  // `where` as every --db option takes it: a postgresql:// (or postgres://) URI, else the path
  // of a SQLite file.
  static Result<std::unique_ptr<Database>> open_at(const std::string& where,
                                                   const std::string& key_file = {},
                                                   Sealing sealing = Sealing::may_start);
  // Whether `where` names a database server (a postgresql:// or postgres:// URI), not a file.
  static bool names_server(const std::string& where);
  // The same on connections from `factory` (its argument: read-only or not); tests pass one
  // that wraps the real connection and makes chosen statements fail. Without `keys`, a ring
  // kept in memory.
  static Result<std::unique_ptr<Database>> open(ConnectionFactory factory,
                                                std::shared_ptr<DataKeys> keys = nullptr,
                                                Sealing sealing = Sealing::may_start);
  // At most this many reader connections are open; a further read waits for one.
  static constexpr size_t kMaxReaders = 16;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs fn on a reader connection. Sees every change whose write() has returned.
  template <class T>
  Result<T> read(const std::function<Result<T>(SqlConnection&)>& fn) {
    auto lease = borrow_reader();
    if (!lease.ok()) return lease.error();
    Result<T> r = fn(*lease.value());
    give_back_reader(std::move(lease.value()));
    return r;
  }

  // Runs fn inside a transaction on the writer thread and returns once the change is durable.
  // fn's own failure rolls back only its changes; the rest of its group commits. When the
  // engine ends the group's transaction by itself (a full disk, an I/O error), the job it
  // happened in fails and every other job of the group runs again in a fresh transaction.
  // When a job collides with another node's transaction (kRetryTransactionKey), the whole
  // group runs again. So fn may run more than once, and never outside a transaction.
  Status write(std::function<Status(SqlConnection&)> fn);

  // SQLite: writes the write-ahead log back into the file and empties it, so the older page
  // images it holds (values just erased among them) leave the disk; best effort while other
  // connections read. Nothing to do on PostgreSQL.
  Status empty_write_ahead_log();

  // What the database is doing, for /metrics (issue 13, point 6): a snapshot, each figure
  // exact at the instant it was read.
  struct Gauges {
    std::size_t queue_depth = 0;   // changes waiting for the writer
    std::size_t readers_open = 0;  // reader connections open (lent or idle)
    std::size_t readers_lent = 0;  // of them, in use by a request now
    std::size_t readers_max = kMaxReaders;
    // Transactions the writer committed, by how many changes each carried: counts of groups of
    // at most kGroupSizeBounds[i] changes (cumulative, as Prometheus buckets), and in all.
    std::array<std::uint64_t, 8> groups_up_to{};
    std::uint64_t groups = 0;
    std::uint64_t grouped_changes = 0;
  };
  static constexpr std::array<std::size_t, 8> kGroupSizeBounds = {1, 2, 4, 8, 16, 32, 64, 128};
  Gauges gauges();

  // The ring every connection of this store seals and opens personal fields with.
  DataKeys& data_keys() { return *keys_; }
  std::shared_ptr<DataKeys> data_keys_shared() { return keys_; }

  template <class T>
  Result<T> write_returning(const std::function<Result<T>(SqlConnection&)>& fn) {
    std::optional<Result<T>> out;
    Status s = write([&](SqlConnection& c) -> Status {
      out.emplace(fn(c));
      if (!out->ok()) return out->error();
      return ok_status();
    });
    if (!s.ok()) return s.error();
    return std::move(*out);
  }

 private:
  struct Job;
  Database(ConnectionFactory factory, std::shared_ptr<DataKeys> keys,
           std::unique_ptr<SqlConnection> writer);
  Result<std::unique_ptr<SqlConnection>> borrow_reader();
  void give_back_reader(std::unique_ptr<SqlConnection> c);
  void writer_loop();
  // Runs `group` in transactions until each job has its answer (see write()).
  void run_group(std::vector<Job*> group);
  void count_group(std::size_t size);

  ConnectionFactory factory_;
  std::shared_ptr<DataKeys> keys_;
  std::unique_ptr<SqlConnection> writer_conn_;
  std::mutex readers_mutex_;
  std::condition_variable reader_returned_;
  std::vector<std::unique_ptr<SqlConnection>> idle_readers_;
  size_t open_readers_ = 0;

  std::mutex queue_mutex_;
  std::condition_variable queue_cv_;
  std::deque<Job*> queue_;
  bool stopping_ = false;
  // Committed groups by size (index: the first bound they fit), written by the writer thread.
  std::array<std::atomic<std::uint64_t>, kGroupSizeBounds.size()> groups_by_size_{};
  std::atomic<std::uint64_t> grouped_changes_{0};
  std::thread writer_;
};

// Applies the numbered migrations embedded from data/embed/migrations/ that are not yet applied.
Status apply_migrations(SqlConnection& conn);

}  // namespace motcua::store

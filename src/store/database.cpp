#include "motcua/store/database.hpp"

#include <algorithm>
#include <chrono>
#include <future>
#include <optional>
#include <stdexcept>

#include "motcua/store/personal_data_sealing.hpp"
#include "postgres/pg_connection.hpp"
#include "sqlite/sqlite_connection.hpp"

namespace motcua::store {

namespace {
// Enough to amortise one fsync over many requests, small enough to keep latency low.
constexpr size_t kMaxGroup = 128;
// How many times a group runs when it keeps colliding with another node's transactions.
constexpr int kMaxGroupAttempts = 5;
}  // namespace

struct Database::Job {
  std::function<Status(SqlConnection&)> fn;
  std::promise<Status> done;
};

namespace {

Result<std::shared_ptr<DataKeys>> keys_for(const std::string& where, const std::string& key_file) {
  if (where == ":memory:" && key_file.empty()) return DataKeys::in_memory();
  auto file = key_file.empty() ? DataKeys::default_file(where) : Result<std::string>(key_file);
  if (!file.ok()) return file.error();
  return DataKeys::load(*file);
}

// A store on `Connection`s to `where` (a file or a URI), sealed with the keys of `key_file`.
template <class Connection>
Result<std::unique_ptr<Database>> open_engine(const std::string& where, const std::string& key_file,
                                              Database::Sealing sealing) {
  auto keys = keys_for(where, key_file);
  if (!keys.ok()) return keys.error();
  return Database::open(
      [where](bool read_only) -> Result<std::unique_ptr<SqlConnection>> {
        auto c = Connection::open(where, read_only);
        if (!c.ok()) return c.error();
        return std::unique_ptr<SqlConnection>(std::move(c.value()));
      },
      std::move(*keys), sealing);
}

}  // namespace

DataKeys& SqlConnection::data_keys() const {
  if (!data_keys_) throw std::logic_error("a connection without the store's data keys");
  return *data_keys_;
}

Result<std::unique_ptr<Database>> Database::open_sqlite(const std::string& path,
                                                        const std::string& key_file,
                                                        Sealing sealing) {
  return open_engine<SqliteConnection>(path, key_file, sealing);
}

Result<std::unique_ptr<Database>> Database::open_postgres(const std::string& url,
                                                          const std::string& key_file,
                                                          Sealing sealing) {
  return open_engine<PgConnection>(url, key_file, sealing);
}

bool Database::names_server(const std::string& where) {
  return where.starts_with("postgresql://") || where.starts_with("postgres://");
}

Result<std::unique_ptr<Database>> Database::open_at(const std::string& where,
                                                    const std::string& key_file, Sealing sealing) {
  return names_server(where) ? open_postgres(where, key_file, sealing)
                             : open_sqlite(where, key_file, sealing);
}

Result<std::unique_ptr<Database>> Database::open(ConnectionFactory factory,
                                                 std::shared_ptr<DataKeys> keys, Sealing sealing) {
  if (!keys) keys = DataKeys::in_memory();
  // Every connection, the writer's and each reader's, carries the ring.
  ConnectionFactory with_keys = [factory = std::move(factory),
                                 keys](bool read_only) -> Result<std::unique_ptr<SqlConnection>> {
    auto c = factory(read_only);
    if (c.ok()) c.value()->set_data_keys(keys);
    return c;
  };
  auto writer = with_keys(false);
  if (!writer.ok()) return writer.error();
  MOTCUA_TRY(apply_migrations(*writer.value()));
  MOTCUA_TRY(prepare_data_keys(*writer.value(), *keys, sealing));
  return std::unique_ptr<Database>(
      new Database(std::move(with_keys), std::move(keys), std::move(writer.value())));
}

Database::Database(ConnectionFactory factory, std::shared_ptr<DataKeys> keys,
                   std::unique_ptr<SqlConnection> writer)
    : factory_(std::move(factory)), keys_(std::move(keys)), writer_conn_(std::move(writer)) {
  writer_ = std::thread([this] { writer_loop(); });
}

Database::~Database() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_cv_.notify_all();
  writer_.join();
}

Result<std::unique_ptr<SqlConnection>> Database::borrow_reader() {
  {
    std::unique_lock lock(readers_mutex_);
    reader_returned_.wait(lock,
                          [this] { return !idle_readers_.empty() || open_readers_ < kMaxReaders; });
    if (!idle_readers_.empty()) {
      auto c = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return c;
    }
    ++open_readers_;
  }
  // Readers open read-only: a read can never change the database.
  auto c = factory_(true);
  if (!c.ok()) {
    std::lock_guard lock(readers_mutex_);
    --open_readers_;
    reader_returned_.notify_one();
  }
  return c;
}

void Database::give_back_reader(std::unique_ptr<SqlConnection> c) {
  {
    std::lock_guard lock(readers_mutex_);
    idle_readers_.push_back(std::move(c));
  }
  reader_returned_.notify_one();
}

Status Database::write(std::function<Status(SqlConnection&)> fn) {
  Job job{std::move(fn), {}};
  auto future = job.done.get_future();
  {
    std::lock_guard lock(queue_mutex_);
    if (stopping_)
      return make_error(ErrorCode::unavailable, "store.stopping", "the server is stopping",
                        "máy chủ đang dừng");
    queue_.push_back(&job);
  }
  queue_cv_.notify_one();
  return future.get();
}

Status Database::empty_write_ahead_log() {
  if (writer_conn_->engine() != "sqlite") return ok_status();
  auto c = factory_(false);
  if (!c.ok()) return c.error();
  // One row: busy (1 when readers kept it from finishing), frames in the log, frames written.
  auto r = c.value()->query("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!r.ok()) return r.error();
  if (r->empty() || r->front().integer(0) != 0)
    return make_error(ErrorCode::unavailable, "store.log_busy",
                      "readers kept the write-ahead log from being emptied",
                      "nhật ký ghi trước đang được đọc nên chưa làm trống được");
  return ok_status();
}

void Database::writer_loop() {
  for (;;) {
    std::vector<Job*> group;
    {
      std::unique_lock lock(queue_mutex_);
      queue_cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      while (!queue_.empty() && group.size() < kMaxGroup) {
        group.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    run_group(std::move(group));
  }
}

namespace {

Status run_job(const std::function<Status(SqlConnection&)>& fn, SqlConnection& c) {
  try {
    return fn(c);
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, "internal", e.what(), "lỗi nội bộ");
  }
}

Error transaction_lost(const Status& cause) {
  return make_error(ErrorCode::unavailable, "store.transaction_lost",
                    "the database ended the transaction: " +
                        (cause.ok() ? std::string("no reason given") : cause.error().message),
                    "cơ sở dữ liệu đã hủy giao dịch, thay đổi chưa được lưu");
}

}  // namespace

void Database::count_group(std::size_t size) {
  std::size_t slot = 0;
  while (slot + 1 < kGroupSizeBounds.size() && size > kGroupSizeBounds[slot]) ++slot;
  groups_by_size_[slot].fetch_add(1, std::memory_order_relaxed);
  grouped_changes_.fetch_add(size, std::memory_order_relaxed);
}

Database::Gauges Database::gauges() {
  Gauges g;
  {
    std::lock_guard lock(queue_mutex_);
    g.queue_depth = queue_.size();
  }
  {
    std::lock_guard lock(readers_mutex_);
    g.readers_open = open_readers_;
    g.readers_lent = open_readers_ - idle_readers_.size();
  }
  std::uint64_t running = 0;
  for (std::size_t i = 0; i < kGroupSizeBounds.size(); ++i) {
    running += groups_by_size_[i].load(std::memory_order_relaxed);
    g.groups_up_to[i] = running;
  }
  g.groups = running;
  g.grouped_changes = grouped_changes_.load(std::memory_order_relaxed);
  return g;
}

void Database::run_group(std::vector<Job*> group) {
  SqlConnection& c = *writer_conn_;
  int attempts = 1;
  // Each pass either commits the group or removes the job in which the transaction was lost,
  // so the loop ends.
  while (!group.empty()) {
    Status begun = c.begin_write();
    if (!begun.ok()) {
      if (c.in_transaction()) (void)c.execute_script("ROLLBACK");
      for (Job* j : group) j->done.set_value(begun.error());
      return;
    }
    std::vector<Status> results;
    results.reserve(group.size());
    std::optional<size_t> lost_in;
    Status lost_cause = ok_status();
    for (size_t i = 0; i < group.size() && !lost_in; ++i) {
      Status step = c.execute_script("SAVEPOINT job");
      Status s = step.ok() ? run_job(group[i]->fn, c) : step;
      // A job's own failure undoes only its changes.
      if (step.ok() && !s.ok() && c.in_transaction()) step = c.execute_script("ROLLBACK TO job");
      if (step.ok() && c.in_transaction()) step = c.execute_script("RELEASE job");
      if (!step.ok() || !c.in_transaction()) {
        lost_in = i;
        lost_cause = !s.ok() ? s : step;
      }
      results.push_back(std::move(s));
    }
    // A deadlock with another node's transaction: the server undid one statement, but this
    // transaction still holds its earlier jobs' rows, which the other may be waiting for. All
    // of it is undone (the other goes on) and the whole group runs again, a little later.
    const bool collided = std::any_of(results.begin(), results.end(), [](const Status& s) {
      return !s.ok() && s.error().key == kRetryTransactionKey;
    });
    if (collided && attempts < kMaxGroupAttempts) {
      if (c.in_transaction()) (void)c.execute_script("ROLLBACK");
      ++attempts;
      std::this_thread::sleep_for(std::chrono::milliseconds(attempts * 5));
      continue;
    }
    if (lost_in) {
      // Nothing of this transaction persists: the job it was lost in answers with the cause,
      // and every other job runs again in a fresh one.
      if (c.in_transaction()) (void)c.execute_script("ROLLBACK");
      group[*lost_in]->done.set_value(transaction_lost(lost_cause));
      group.erase(group.begin() + std::ptrdiff_t(*lost_in));
      continue;
    }
    Status committed = c.execute_script("COMMIT");
    if (!committed.ok() && c.in_transaction()) (void)c.execute_script("ROLLBACK");
    if (committed.ok()) count_group(group.size());
    for (size_t i = 0; i < group.size(); ++i)
      group[i]->done.set_value(committed.ok() ? std::move(results[i]) : committed.error());
    return;
  }
}

}  // namespace motcua::store

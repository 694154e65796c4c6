#include "motcua/store/database.hpp"

#include <future>

#include "store/sqlite/sqlite_connection.hpp"

namespace motcua::store {

namespace {
// Enough to amortise one fsync over many requests, small enough to keep latency low.
constexpr size_t kMaxGroup = 128;
}  // namespace

struct Database::Job {
  std::function<Status(SqlConnection&)> fn;
  std::promise<Status> done;
};

Result<std::unique_ptr<Database>> Database::open_sqlite(const std::string& path) {
  ConnectionFactory factory = [path](bool read_only)
      -> Result<std::unique_ptr<SqlConnection>> {
    auto c = SqliteConnection::open(path, read_only);
    if (!c.ok()) return c.error();
    return std::unique_ptr<SqlConnection>(std::move(c.value()));
  };
  auto writer = factory(false);
  if (!writer.ok()) return writer.error();
  MOTCUA_TRY(apply_migrations(*writer.value()));
  return std::unique_ptr<Database>(new Database(std::move(factory), std::move(writer.value())));
}

Database::Database(ConnectionFactory factory, std::unique_ptr<SqlConnection> writer)
    : factory_(std::move(factory)), writer_conn_(std::move(writer)) {
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
    std::lock_guard lock(readers_mutex_);
    if (!idle_readers_.empty()) {
      auto c = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return c;
    }
  }
  return factory_(false);
}

void Database::give_back_reader(std::unique_ptr<SqlConnection> c) {
  std::lock_guard lock(readers_mutex_);
  idle_readers_.push_back(std::move(c));
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

void Database::writer_loop() {
  SqlConnection& c = *writer_conn_;
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
    std::vector<Status> results;
    results.reserve(group.size());
    Status begun = c.execute_script("BEGIN IMMEDIATE");
    if (!begun.ok()) {
      for (Job* j : group) j->done.set_value(begun.error());
      continue;
    }
    for (Job* j : group) {
      (void)c.execute_script("SAVEPOINT job");
      Status s = ok_status();
      try {
        s = j->fn(c);
      } catch (const std::exception& e) {
        s = make_error(ErrorCode::unavailable, "internal", e.what(), "lỗi nội bộ");
      }
      if (!s.ok()) (void)c.execute_script("ROLLBACK TO job");
      (void)c.execute_script("RELEASE job");
      results.push_back(std::move(s));
    }
    Status committed = c.execute_script("COMMIT");
    if (!committed.ok()) (void)c.execute_script("ROLLBACK");
    for (size_t i = 0; i < group.size(); ++i)
      group[i]->done.set_value(committed.ok() ? std::move(results[i]) : committed.error());
  }
}

}  // namespace motcua::store

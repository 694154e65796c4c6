#include "motcua/store/sqlite_backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace motcua::store {

namespace {

struct CloseDb {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Handle = std::unique_ptr<sqlite3, CloseDb>;

Error backup_error(const std::string& code, const std::string& en, const std::string& vi) {
  return make_error(ErrorCode::unavailable, code, en, vi);
}

Result<Handle> open_file(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Handle db(raw);
  if (rc != SQLITE_OK) {
    const std::string msg = raw ? sqlite3_errmsg(raw) : "out of memory";
    return backup_error("backup.open_failed", "cannot open " + path + ": " + msg,
                        "không mở được " + path + ": " + msg);
  }
  // A server may be committing: wait for its lock rather than fail at once.
  sqlite3_busy_timeout(db.get(), 10000);
  return db;
}

// The renamed file's name is durable only once its folder is flushed.
bool flush_file_and_folder(const std::string& path) {
  for (const std::string& p : {path, std::filesystem::path(path).parent_path().string()}) {
    const int fd = ::open(p.empty() ? "." : p.c_str(), O_RDONLY);
    if (fd < 0) return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) return false;
  }
  return true;
}

}  // namespace

Status backup_sqlite_file(const std::string& from, const std::string& to) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(from, ec))
    return make_error(ErrorCode::invalid, "backup.no_source", "no SQLite store at " + from,
                      "không có cơ sở dữ liệu SQLite tại " + from);
  if (std::filesystem::exists(to, ec))
    return make_error(ErrorCode::conflict, "backup.target_exists",
                      to + " exists already: a backup never writes over a file",
                      to + " đã tồn tại: sao lưu không ghi đè lên tệp có sẵn");
  // SQLite would replay a leftover journal or WAL of that name onto the new file.
  for (const char* side : {"-wal", "-shm", "-journal"})
    if (std::filesystem::exists(to + side, ec))
      return make_error(ErrorCode::conflict, "backup.target_exists",
                        to + side + " exists: move it aside with the file it belonged to",
                        to + side + " đã tồn tại: hãy chuyển nó đi cùng tệp của nó");
  const std::string partial = to + ".partial";
  for (const char* side : {"", "-journal", "-wal", "-shm"})
    std::filesystem::remove(partial + side, ec);
  // Read-write without create: a read-only connection could not join the server's WAL index.
  auto source = open_file(from, SQLITE_OPEN_READWRITE);
  if (!source.ok()) return source.error();
  auto target = open_file(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!target.ok()) return target.error();
  sqlite3_backup* backup = sqlite3_backup_init(target->get(), "main", source->get(), "main");
  if (!backup) {
    const std::string msg = sqlite3_errmsg(target->get());
    return backup_error("backup.failed", "the backup could not start: " + msg,
                        "không bắt đầu được sao lưu: " + msg);
  }
  int rc = sqlite3_backup_step(backup, -1);
  // A writer holding the lock at the very start: wait and try again, a few times.
  for (int tries = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && tries < 50; ++tries) {
    sqlite3_sleep(100);
    rc = sqlite3_backup_step(backup, -1);
  }
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finished != SQLITE_OK) {
    const std::string msg = sqlite3_errstr(rc != SQLITE_DONE ? rc : finished);
    target->reset();
    std::filesystem::remove(partial, ec);
    return backup_error("backup.failed", "the backup failed: " + msg, "sao lưu thất bại: " + msg);
  }
  target->reset();
  source->reset();
  if (!flush_file_and_folder(partial)) {
    std::filesystem::remove(partial, ec);
    return backup_error("backup.flush_failed", "the copy could not be flushed to disk",
                        "không ghi được bản sao xuống đĩa");
  }
  std::filesystem::rename(partial, to, ec);
  if (ec || !flush_file_and_folder(to))
    return backup_error("backup.rename_failed", "the copy could not be put at " + to,
                        "không đặt được bản sao vào " + to);
  return ok_status();
}

Status check_sqlite_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return make_error(ErrorCode::invalid, "backup.no_file", "no file at " + path,
                      "không có tệp " + path);
  auto db = open_file(path, SQLITE_OPEN_READONLY);
  if (!db.ok()) return db.error();
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db->get(), "PRAGMA quick_check(1)", -1, &raw, nullptr) != SQLITE_OK) {
    const std::string msg = sqlite3_errmsg(db->get());
    return make_error(ErrorCode::invalid, "backup.not_sqlite",
                      path + " is not a SQLite database: " + msg,
                      path + " không phải cơ sở dữ liệu SQLite: " + msg);
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
  const int rc = sqlite3_step(statement.get());
  const char* verdict = rc == SQLITE_ROW
                            ? reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0))
                            : nullptr;
  if (!verdict || std::string(verdict) != "ok") {
    const std::string msg = verdict ? verdict : sqlite3_errmsg(db->get());
    return make_error(ErrorCode::invalid, "backup.damaged", path + " is damaged: " + msg,
                      path + " bị hỏng: " + msg);
  }
  return ok_status();
}

}  // namespace motcua::store

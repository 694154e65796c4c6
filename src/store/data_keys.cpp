#include "motcua/store/data_keys.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "motcua/secret/seal.hpp"

namespace motcua::store {

namespace {

Error file_error(const std::string& file, const std::string& what) {
  return make_error(ErrorCode::unavailable, "data_keys.file",
                    "key file " + file + ": " + what + ": " + std::strerror(errno),
                    "tệp khoá " + file + ": " + what);
}

Result<secret::KeyRing> read_ring(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return file_error(file, "cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  auto ring = secret::parse_key_ring(text.str());
  if (!ring.ok()) {
    Error e = ring.error();
    e.message = file + ": " + e.message;
    e.message_vi = file + ": " + e.message_vi;
    return e;
  }
  return ring;
}

// Writes `text` to a new file beside `file`, flushed to disk, readable by its owner only.
Result<std::string> write_temporary(const std::string& file, const std::string& text) {
  const std::filesystem::path dir = std::filesystem::path(file).parent_path();
  std::error_code ec;
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  std::string temp = file + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return file_error(temp, "cannot be created");
  bool ok = ::fchmod(fd, 0600) == 0;
  for (std::size_t done = 0; ok && done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0)
      ok = false;
    else
      done += std::size_t(n);
  }
  ok = ok && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    Error e = file_error(temp, "cannot be written");
    ::unlink(temp.c_str());
    return e;
  }
  return temp;
}

}  // namespace

Result<std::string> DataKeys::default_file(const std::string& where) {
  if (const char* env = std::getenv("MOTCUA_DATA_KEY_FILE"); env && *env) return std::string(env);
  if (!where.starts_with("postgresql://") && !where.starts_with("postgres://"))
    return where + ".keys";
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
    return std::string(state) + "/motcua/data.keys";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/state/motcua/data.keys";
  return make_error(ErrorCode::invalid, "data_keys.no_file",
                    "no key file for personal data: set MOTCUA_DATA_KEY_FILE",
                    "chưa có tệp khoá dữ liệu cá nhân: hãy đặt MOTCUA_DATA_KEY_FILE");
}

Result<std::shared_ptr<DataKeys>> DataKeys::load(const std::string& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec))
    return std::shared_ptr<DataKeys>(new DataKeys(file, secret::new_key_ring(), false));
  auto ring = read_ring(file);
  if (!ring.ok()) return ring.error();
  return std::shared_ptr<DataKeys>(new DataKeys(file, std::move(*ring), true));
}

std::shared_ptr<DataKeys> DataKeys::in_memory() {
  return std::shared_ptr<DataKeys>(new DataKeys("", secret::new_key_ring(), true));
}

bool DataKeys::saved() const {
  std::shared_lock lock(mutex_);
  return saved_;
}

Status DataKeys::save_new() {
  std::lock_guard lock(mutex_);
  if (saved_) return ok_status();
  auto temp = write_temporary(file_, secret::format_key_ring(ring_));
  if (!temp.ok()) return temp.error();
  // link() fails when the name exists: the first process to save wins, the others read it.
  const int linked = ::link(temp->c_str(), file_.c_str());
  const int link_errno = errno;
  ::unlink(temp->c_str());
  if (linked != 0 && link_errno != EEXIST) {
    errno = link_errno;
    return file_error(file_, "cannot be created");
  }
  if (linked != 0) {
    auto theirs = read_ring(file_);
    if (!theirs.ok()) return theirs.error();
    ring_ = std::move(*theirs);
  }
  saved_ = true;
  return ok_status();
}

Result<secret::SealingKey> DataKeys::add_sealing_key() {
  std::lock_guard lock(mutex_);
  if (file_.empty())
    return make_error(ErrorCode::invalid, "data_keys.in_memory",
                      "an in-memory store's keys are not kept", "kho trong bộ nhớ không lưu khoá");
  auto current = read_ring(file_);  // another process may have added one since we read it
  if (!current.ok()) return current.error();
  secret::KeyRing next = std::move(*current);
  next.sealing.push_back(secret::new_sealing_key(next));
  auto temp = write_temporary(file_, secret::format_key_ring(next));
  if (!temp.ok()) return temp.error();
  if (::rename(temp->c_str(), file_.c_str()) != 0) {
    Error e = file_error(file_, "cannot be replaced");
    ::unlink(temp->c_str());
    return e;
  }
  ring_ = std::move(next);
  return ring_.current();
}

Status DataKeys::reload() {
  if (file_.empty()) return ok_status();
  auto ring = read_ring(file_);
  if (!ring.ok()) return ring.error();
  std::lock_guard lock(mutex_);
  ring_ = std::move(*ring);
  return ok_status();
}

Status DataKeys::adopt_if_written() {
  std::lock_guard lock(mutex_);
  std::error_code ec;
  if (saved_ || file_.empty() || !std::filesystem::exists(file_, ec)) return ok_status();
  auto ring = read_ring(file_);
  if (!ring.ok()) return ring.error();
  ring_ = std::move(*ring);
  saved_ = true;
  return ok_status();
}

secret::KeyRing DataKeys::ring() const {
  std::shared_lock lock(mutex_);
  return ring_;
}

std::string DataKeys::seal(std::string_view where, std::string_view plain) const {
  std::shared_lock lock(mutex_);
  return secret::seal(ring_.current(), where, plain);
}

Result<std::string> DataKeys::open(std::string_view where, std::string_view stored) {
  {
    std::shared_lock lock(mutex_);
    const auto id = secret::sealing_key_id(stored);
    if (!id || ring_.find(*id)) return secret::open(ring_, where, stored);
  }
  // Sealed under a key added after this process read the file (`pdp rotate-key`).
  MOTCUA_TRY(reload());
  std::shared_lock lock(mutex_);
  return secret::open(ring_, where, stored);
}

std::string DataKeys::lookup_hash(std::string_view id_number) const {
  std::shared_lock lock(mutex_);
  return secret::lookup_hash(ring_, id_number);
}

std::string sealed_place(std::string_view table, std::string_view column, std::string_view row) {
  std::string out;
  out.reserve(table.size() + column.size() + row.size() + 2);
  return out.append(table).append(".").append(column).append("|").append(row);
}

}  // namespace motcua::store

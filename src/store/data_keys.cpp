#include "motcua/store/data_keys.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include "key_file.hpp"
#include "motcua/secret/seal.hpp"
#include "motcua/store/database.hpp"

namespace motcua::store {

using detail::KeyFileLock;
using detail::read_key_file;

namespace {

// Whether `next` still holds every key of `known` (same bytes) and the same lookup key: the
// only change a key file may see while a store uses it is a key added by a rotation.
bool extends(const secret::KeyRing& next, const secret::KeyRing& known) {
  if (next.lookup != known.lookup) return false;
  for (const auto& k : known.sealing) {
    const secret::SealingKey* same = next.find(k.id);
    if (!same || same->bytes != k.bytes) return false;
  }
  return true;
}

Error replaced_file(const std::string& file) {
  return make_error(ErrorCode::internal, "data_keys.file_replaced",
                    "key file " + file +
                        " no longer holds the keys this process read from it: it was replaced, "
                        "not extended by a rotation; put the right file back",
                    "tệp khoá " + file + " đã bị thay bằng tệp khác; hãy đặt lại tệp đúng");
}

}  // namespace

Result<std::string> DataKeys::default_file(const std::string& where) {
  if (const char* env = std::getenv("MOTCUA_DATA_KEY_FILE"); env && *env) return std::string(env);
  if (!Database::names_server(where)) return where + ".keys";
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state)
    return std::string(state) + "/motcua/data.keys";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.local/state/motcua/data.keys";
  return make_error(ErrorCode::invalid, "data_keys.no_file",
                    "no key file for personal data: set MOTCUA_DATA_KEY_FILE",
                    "chưa có tệp khoá dữ liệu cá nhân: hãy đặt MOTCUA_DATA_KEY_FILE");
}

Result<std::shared_ptr<DataKeys>> DataKeys::load(const std::string& file) {
  auto exists = detail::key_file_exists(file);
  if (!exists.ok()) return exists.error();
  if (!*exists) return std::shared_ptr<DataKeys>(new DataKeys(file, secret::new_key_ring(), false));
  auto ring = read_key_file(file);
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
  auto file_lock = KeyFileLock::take(file_);
  if (!file_lock.ok()) return file_lock.error();
  auto exists = detail::key_file_exists(file_);
  if (!exists.ok()) return exists.error();
  if (*exists) {  // another process wrote it since we looked: its ring is the one
    auto theirs = read_key_file(file_);
    if (!theirs.ok()) return theirs.error();
    ring_ = std::move(*theirs);
  } else {
    // Never over a file: link() refuses an existing name, even one a writer that takes no lock
    // made. The store records these keys next: the file must outlive a crash as surely as that.
    Status created = detail::create_key_file(file_, secret::format_key_ring(ring_));
    if (!created.ok() && created.error().key != "data_keys.file_exists") return created;
    if (!created.ok()) {
      auto theirs = read_key_file(file_);
      if (!theirs.ok()) return theirs.error();
      ring_ = std::move(*theirs);
    }
  }
  saved_ = true;
  return ok_status();
}

Result<secret::SealingKey> DataKeys::add_sealing_key() {
  std::lock_guard lock(mutex_);
  if (file_.empty())
    return make_error(ErrorCode::invalid, "data_keys.in_memory",
                      "an in-memory store's keys are not kept", "kho trong bộ nhớ không lưu khoá");
  // Two rotations at once would each append to what it read and the last would drop the
  // other's key: the lock makes them one after the other.
  auto file_lock = KeyFileLock::take(file_);
  if (!file_lock.ok()) return file_lock.error();
  auto current = read_key_file(file_);  // another process may have added one since we read it
  if (!current.ok()) return current.error();
  if (!extends(*current, ring_)) return replaced_file(file_);
  secret::KeyRing next = std::move(*current);
  next.sealing.push_back(secret::new_sealing_key(next));
  MOTCUA_TRY(detail::replace_key_file(file_, secret::format_key_ring(next)));
  ring_ = std::move(next);
  return ring_.current();
}

Status DataKeys::reload() {
  if (file_.empty()) return ok_status();
  auto ring = read_key_file(file_);
  if (!ring.ok()) return ring.error();
  std::lock_guard lock(mutex_);
  // Another thread may have installed a newer read of the file meanwhile: keep it.
  if (extends(ring_, *ring)) return ok_status();
  if (!extends(*ring, ring_)) return replaced_file(file_);
  ring_ = std::move(*ring);
  return ok_status();
}

Status DataKeys::adopt_if_written() {
  std::lock_guard lock(mutex_);
  if (saved_ || file_.empty()) return ok_status();
  auto exists = detail::key_file_exists(file_);
  if (!exists.ok()) return exists.error();
  if (!*exists) return ok_status();
  auto ring = read_key_file(file_);
  if (!ring.ok()) return ring.error();
  ring_ = std::move(*ring);
  saved_ = true;
  return ok_status();
}

Status DataKeys::save_copy_to(const std::string& file) const {
  return detail::create_key_file(file, secret::format_key_ring(ring()));
}

void DataKeys::use_unsealed_store() {
  std::lock_guard lock(mutex_);
  unsealed_store_ = true;
}

void DataKeys::use_without_keys() {
  std::lock_guard lock(mutex_);
  without_keys_ = true;
}

bool DataKeys::unsealed_store() const {
  std::shared_lock lock(mutex_);
  return unsealed_store_;
}

secret::KeyRing DataKeys::ring() const {
  std::shared_lock lock(mutex_);
  return ring_;
}

secret::SealingKey DataKeys::sealing_key() const {
  std::shared_lock lock(mutex_);
  if (unsealed_store_ || without_keys_)
    throw std::logic_error("personal data written to a store opened without its keys");
  return ring_.current();
}

std::string DataKeys::seal(std::string_view where, std::string_view plain) const {
  return secret::seal(sealing_key(), where, plain);
}

std::string DataKeys::seal_binary(std::string_view where, std::string_view plain) const {
  // The key is copied out of the lock: a file of megabytes is sealed without holding it.
  return secret::seal_binary(sealing_key(), where, plain);
}

Result<std::string> DataKeys::open(std::string_view where, std::string_view stored) {
  {
    std::shared_lock lock(mutex_);
    const auto id = secret::sealing_key_id(stored);
    if (!id && unsealed_store_) return std::string(stored);
    if (without_keys_ && !stored.empty())
      return make_error(ErrorCode::internal, "data_keys.absent",
                        "personal data read by a command run without the store's key file",
                        "lệnh đọc dữ liệu cá nhân nhưng không có tệp khoá của kho");
    if (!id || ring_.find(*id)) return secret::open(ring_, where, stored);
  }
  // Sealed under a key added after this process read the file (`pdp rotate-key`).
  MOTCUA_TRY(reload());
  std::shared_lock lock(mutex_);
  return secret::open(ring_, where, stored);
}

std::string DataKeys::lookup_hash(std::string_view id_number) const {
  std::shared_lock lock(mutex_);
  if (without_keys_)  // a hash under a key that is not the store's would find nobody
    throw std::logic_error("a lookup by identity number without the store's keys");
  return secret::lookup_hash(ring_, id_number);
}

std::string sealed_place(std::string_view table, std::string_view column, std::string_view row) {
  std::string out;
  out.reserve(table.size() + column.size() + row.size() + 2);
  return out.append(table).append(".").append(column).append("|").append(row);
}

}  // namespace motcua::store

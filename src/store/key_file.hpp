#pragma once
// The key file on disk (data_keys.hpp): read, written whole beside its name and moved into
// place, the directory flushed, and a lock file that keeps two rotations from losing a key.
#include <string>

#include "motcua/common/result.hpp"
#include "motcua/secret/key_ring.hpp"

namespace motcua::store::detail {

// Whether `file` exists; an error when that cannot be told (a directory without permission).
Result<bool> key_file_exists(const std::string& file);
Result<secret::KeyRing> read_key_file(const std::string& file);
// `text` in a new file beside `file` (created with its directory when missing), flushed to
// disk, readable and writable by its owner only. Returns the new file's path.
Result<std::string> write_beside(const std::string& file, const std::string& text);
// Flushes the directory of `file`, so a link or rename into it survives a crash.
Status sync_directory_of(const std::string& file);
// `text` becomes the new file `file` (write_beside, link, directory flushed); an existing file
// is never written over: the error's key is then "data_keys.file_exists".
Status create_key_file(const std::string& file, const std::string& text);
// `text` becomes `file` whole or not at all (write_beside, rename, directory flushed).
Status replace_key_file(const std::string& file, const std::string& text);

// An exclusive lock (flock) on "<file>.lock" for as long as it lives.
class KeyFileLock {
 public:
  static Result<KeyFileLock> take(const std::string& file);
  KeyFileLock(KeyFileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  KeyFileLock(const KeyFileLock&) = delete;
  KeyFileLock& operator=(const KeyFileLock&) = delete;
  KeyFileLock& operator=(KeyFileLock&&) = delete;
  ~KeyFileLock();

 private:
  explicit KeyFileLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace motcua::store::detail

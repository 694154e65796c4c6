#include "key_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::store::detail {

namespace {

// `err`: the errno of the failed call, taken before anything else could change it.
Error file_error(const std::string& file, const std::string& what, int err) {
  return make_error(ErrorCode::unavailable, "data_keys.file",
                    "key file " + file + ": " + what + ": " + std::strerror(err),
                    "tệp khoá " + file + ": " + what);
}

std::string directory_of(const std::string& file) {
  const std::string dir = std::filesystem::path(file).parent_path().string();
  return dir.empty() ? "." : dir;
}

}  // namespace

Result<bool> key_file_exists(const std::string& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) == 0) return true;
  if (errno == ENOENT) return false;
  return file_error(file, "cannot be looked at", errno);
}

Result<secret::KeyRing> read_key_file(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return file_error(file, "cannot be read", errno);
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

Result<std::string> write_beside(const std::string& file, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(directory_of(file), ec);
  std::string temp = file + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temp.data());  // mode 0600
  if (fd < 0) return file_error(temp, "cannot be created", errno);
  int err = 0;
  for (std::size_t done = 0; err == 0 && done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0)
      err = n < 0 ? errno : EIO;
    else
      done += std::size_t(n);
  }
  if (err == 0 && ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    ::unlink(temp.c_str());
    return file_error(temp, "cannot be written", err);
  }
  return temp;
}

Status sync_directory_of(const std::string& file) {
  const std::string dir = directory_of(file);
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return file_error(dir, "cannot be opened to flush", errno);
  const int err = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  if (err != 0) return file_error(dir, "cannot be flushed", err);
  return ok_status();
}

Status create_key_file(const std::string& file, const std::string& text) {
  auto temp = write_beside(file, text);
  if (!temp.ok()) return temp.error();
  const int linked = ::link(temp->c_str(), file.c_str());
  const int err = errno;
  ::unlink(temp->c_str());
  if (linked != 0 && err == EEXIST)
    return make_error(ErrorCode::conflict, "data_keys.file_exists",
                      "key file " + file + " exists already", "tệp khoá " + file + " đã có");
  if (linked != 0) return file_error(file, "cannot be created", err);
  return sync_directory_of(file);
}

Status replace_key_file(const std::string& file, const std::string& text) {
  auto temp = write_beside(file, text);
  if (!temp.ok()) return temp.error();
  if (::rename(temp->c_str(), file.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp->c_str());
    return file_error(file, "cannot be put in place", err);
  }
  return sync_directory_of(file);
}

Result<KeyFileLock> KeyFileLock::take(const std::string& file) {
  std::error_code ec;
  std::filesystem::create_directories(directory_of(file), ec);
  const std::string lock = file + ".lock";
  const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return file_error(lock, "cannot be opened", errno);
  if (::flock(fd, LOCK_EX) != 0) {
    const int err = errno;
    ::close(fd);
    return file_error(lock, "cannot be locked", err);
  }
  return KeyFileLock(fd);
}

KeyFileLock::~KeyFileLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace motcua::store::detail

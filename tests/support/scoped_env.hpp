#pragma once
// Sets an environment variable for a scope (and the processes started in it), then puts back
// what was there.
#include <cstdlib>
#include <optional>
#include <string>

namespace motcua::testing {

class ScopedEnv {
 public:
  // value "" unsets the variable.
  ScopedEnv(std::string name, const std::string& value) : name_(std::move(name)) {
    if (const char* before = std::getenv(name_.c_str())) before_ = before;
    if (value.empty())
      ::unsetenv(name_.c_str());
    else
      ::setenv(name_.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (before_)
      ::setenv(name_.c_str(), before_->c_str(), 1);
    else
      ::unsetenv(name_.c_str());
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> before_;
};

// The key file a store's personal data is sealed with, by the product's rule
// (store::DataKeys::default_file): $MOTCUA_DATA_KEY_FILE, else "<SQLite file>.keys".
inline std::string key_file_of_sqlite(const std::string& db) {
  const char* env = std::getenv("MOTCUA_DATA_KEY_FILE");
  return env && *env ? std::string(env) : db + ".keys";
}

}  // namespace motcua::testing

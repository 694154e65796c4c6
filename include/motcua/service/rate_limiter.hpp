#pragma once
// Fixed-window request limits kept in the database, so every node of a province shares them.
#include <chrono>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::service {

class RateLimiter {
 public:
  RateLimiter(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // Counts one hit for bucket; too_many once more than `limit` hits fall in the current window.
  Status hit(const std::string& bucket, int limit, std::chrono::seconds window);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace motcua::service

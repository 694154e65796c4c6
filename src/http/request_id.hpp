#pragma once
// Request ids that no two server processes share, so a log line of any node of a province
// leads back to one request: a random prefix drawn once per process, then a counter.
#include <atomic>
#include <cstdint>
#include <string>

#include "motcua/common/result.hpp"

namespace motcua::http {

// 16 hex digits from OpenSSL's RAND_bytes (64 bits: two processes collide with probability
// 2^-64). unavailable when the random generator cannot be seeded.
Result<std::string> random_node_prefix();

class RequestIds {
 public:
  explicit RequestIds(std::string node_prefix) : prefix_(std::move(node_prefix)) {}
  // "<prefix>-<n>", n counting from 1 in this process.
  std::string next();

 private:
  std::string prefix_;
  std::atomic<std::uint64_t> counter_{0};
};

}  // namespace motcua::http

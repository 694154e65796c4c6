#include "request_id.hpp"

#include <openssl/rand.h>

namespace motcua::http {

Result<std::string> random_node_prefix() {
  unsigned char bytes[8];
  if (RAND_bytes(bytes, sizeof bytes) != 1)
    return make_error(ErrorCode::unavailable, "server.no_random",
                      "the random number generator is not available",
                      "bộ sinh số ngẫu nhiên không hoạt động");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

std::string RequestIds::next() {
  return prefix_ + "-" + std::to_string(counter_.fetch_add(1, std::memory_order_relaxed) + 1);
}

}  // namespace motcua::http

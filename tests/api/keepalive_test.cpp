#include <gtest/gtest.h>

#include <chrono>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

// Browsers keep their connections open. With Nagle's algorithm on the server's sockets each
// response's body waited for the client's delayed ACK of its headers: ~44 ms a request, 2.2 s
// for these 50. Without it they take a few milliseconds in all.
TEST(KeepAlive, FiftyRequestsOnOneConnectionTakeWellUnderNaglesCost) {
  ServerProcess server(std::vector<std::string>{});
  httplib::Client cli = server.client();
  cli.set_keep_alive(true);
  ASSERT_TRUE(cli.Get("/healthz"));  // connected and warmed up before the clock starts
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 50; ++i) {
    auto res = cli.Get("/healthz");
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    ASSERT_EQ(res->status, 200);
    // The server kept the connection, so the loop measures requests, not connects.
    EXPECT_NE(res->get_header_value("Connection"), "close");
    EXPECT_TRUE(res->has_header("Keep-Alive"));
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::milliseconds(500))
      << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms";
}

}  // namespace
}  // namespace motcua::testing

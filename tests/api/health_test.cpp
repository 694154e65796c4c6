#include <gtest/gtest.h>

#include <sstream>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

TEST(Health, AnswersOkOnceServing) {
  ServerProcess server(std::vector<std::string>{});
  auto res = server.client().Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

// A burst of new connections (every desk opening at 07:30, a crowd scanning receipts) must
// queue in the kernel, not be dropped: cpp-httplib alone listens with a backlog of 5, and a
// dropped SYN costs the client a second, or its request.
TEST(Health, ListenQueueTakesABurstOfConnections) {
  ServerProcess server(std::vector<std::string>{});
  std::string out;
  ASSERT_EQ(run_command("ss -Hltn 'sport = :" + std::to_string(server.port()) + "'", &out), 0);
  std::istringstream line(out);
  std::string state;
  long queued = -1, backlog = -1;
  line >> state >> queued >> backlog;
  EXPECT_EQ(state, "LISTEN") << out;
  EXPECT_GE(backlog, 128) << out;
}

}  // namespace
}  // namespace motcua::testing

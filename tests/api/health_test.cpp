#include <gtest/gtest.h>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

TEST(Health, AnswersOkOnceServing) {
  ServerProcess server(std::vector<std::string>{});
  auto res = server.client().Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

}  // namespace
}  // namespace motcua::testing

#include <gtest/gtest.h>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

TEST(PublicLimits, LookupsStopAt30AMinuteButTheCatalogueDoesNot) {
  ServerProcess server;
  ApiClient api(server);
  int ok_or_404 = 0, limited = 0;
  for (int i = 0; i < 35; ++i) {
    auto r = api.get("/api/v1/public/dossiers/20410-260101-0001?phone_last4=1234");
    if (r.status == 404) ++ok_or_404;
    if (r.status == 429) {
      ++limited;
      EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
      // Retry-After names the end of the present minute's window.
      const int wait = std::stoi(r.header("Retry-After"));
      EXPECT_GE(wait, 1);
      EXPECT_LE(wait, 60);
      EXPECT_EQ(r.json["error"]["retry_after"], wait);
    }
  }
  EXPECT_EQ(ok_or_404, 30);
  EXPECT_EQ(limited, 5);
  for (int i = 0; i < 60; ++i) ASSERT_EQ(api.get("/api/v1/procedures?q=khai%20sinh").status, 200);
}

}  // namespace
}  // namespace motcua::testing

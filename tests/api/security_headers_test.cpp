// Every answer carries the security headers (issue 14, point 4): no type sniffing, no framing
// by another site, no referrer; the API's answers are not cached and cannot run as a document;
// the pages keep their own policy, which lets only the server's own scripts run.
#include <gtest/gtest.h>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

TEST(SecurityHeaders, EveryKindOfAnswerCarriesThem) {
  ServerProcess server;
  ApiClient api(server);
  api.login("receiver");
  const std::string code =
      api.post("/api/v1/dossiers", application_for(api, "1.004222")).json.value("code", "");
  ASSERT_FALSE(code.empty());
  ApiClient anyone(server);
  struct Case {
    ApiClient* who;
    std::string path;
    int status;
    bool api;
  };
  const Case cases[] = {
      {&api, "/api/v1/dossiers/" + code, 200, true},
      {&api, "/api/v1/dossiers/" + code + "/receipt.pdf", 200, true},
      {&anyone, "/api/v1/me", 401, true},
      {&anyone, "/api/v1/procedures?limit=1", 200, true},
      {&anyone, "/api/v1/no-such-route", 404, true},
      {&anyone, "/", 200, false},
      {&anyone, "/can-bo/dang-nhap", 200, false},
  };
  for (const auto& c : cases) {
    auto r = c.who->get(c.path);
    EXPECT_EQ(r.status, c.status) << c.path;
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff") << c.path;
    EXPECT_NE(r.header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos)
        << c.path;
    EXPECT_FALSE(r.header("Referrer-Policy").empty()) << c.path;
    if (c.api) {
      EXPECT_EQ(r.header("Cache-Control"), "no-store") << c.path;
    } else {
      EXPECT_NE(r.header("Content-Security-Policy").find("script-src 'self'"), std::string::npos)
          << c.path;
    }
    if (r.header("Content-Type").starts_with("application/json")) {
      EXPECT_EQ(r.header("Content-Security-Policy").find("default-src 'none'"), 0u) << c.path;
    }
  }
}

}  // namespace
}  // namespace motcua::testing

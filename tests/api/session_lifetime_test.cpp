// How long a staff session lives and how it ends (issue 14, point 4): 30 minutes without a
// request end it, and so do 12 hours after the login however busy; "log out everywhere" ends
// every session of the account on every node; the officer sees their sessions; the cookie is
// Secure when the site is reached over HTTPS.
#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

class SessionLifetime : public DemoServerTest {
 protected:
  // The server's clock moved to `minutes` after Monday 09:00.
  void at_minute(int minutes) {
    api_->set_clock(format_iso(*parse_iso(kMonday) + std::chrono::minutes(minutes)));
  }
  std::string error_code(const ApiResponse& r) {
    return r.json.is_object() && r.json.contains("error") ? r.json["error"].value("code", "") : "";
  }
};

TEST_F(SessionLifetime, ThirtyMinutesWithoutARequestEndTheSession) {
  api_->fresh_login("receiver");
  const json login_view = api_->get("/api/v1/auth/sessions").json;
  EXPECT_EQ(login_view["idle_timeout_seconds"], 1800);
  // Each request within the half hour keeps it: minute 29, 58, 87 after the login.
  for (int minute : {29, 58, 87}) {
    at_minute(minute);
    auto me = api_->get("/api/v1/me");
    EXPECT_EQ(me.status, 200) << "minute " << minute << ": " << me.body;
  }
  // 31 minutes after the last request: ended.
  at_minute(87 + 31);
  auto me = api_->get("/api/v1/me");
  EXPECT_EQ(me.status, 401) << me.body;
  EXPECT_EQ(error_code(me), "auth.session_expired");
  EXPECT_FALSE(me.json["error"]["message_vi"].get<std::string>().empty());
  // A new login works at once.
  api_->fresh_login("receiver");
  EXPECT_EQ(api_->get("/api/v1/me").status, 200);
}

TEST_F(SessionLifetime, TwelveHoursAfterTheLoginTheSessionEndsHoweverBusy) {
  api_->fresh_login("specialist");
  // A request every 20 minutes for 11 h 40 min.
  for (int minute = 20; minute < 12 * 60; minute += 20) {
    at_minute(minute);
    ASSERT_EQ(api_->get("/api/v1/me").status, 200) << "minute " << minute;
  }
  at_minute(12 * 60);
  auto me = api_->get("/api/v1/me");
  EXPECT_EQ(me.status, 401) << me.body;
  EXPECT_EQ(error_code(me), "auth.session_expired");
}

TEST_F(SessionLifetime, LogoutEverywhereEndsEverySessionOfTheAccountAndNoOther) {
  ApiClient counter(*server_), phone(*server_), desk(*server_), colleague(*server_);
  counter.fresh_login("haichau_receiver");
  at_minute(5);
  phone.fresh_login("haichau_receiver");
  at_minute(10);
  desk.fresh_login("haichau_receiver");
  colleague.fresh_login("haichau_leader");

  auto listed = desk.get("/api/v1/auth/sessions");
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json["items"].size(), 3u) << listed.body;
  int current = 0;
  for (const auto& s : listed.json["items"]) {
    current += s["current"].get<bool>();
    EXPECT_EQ(s["id"].get<std::string>().size(), 16u);
    EXPECT_EQ(s["address"], "127.0.0.1");
    EXPECT_EQ(s["expires_at"].get<std::string>().substr(0, 10), "2026-03-02");
  }
  EXPECT_EQ(current, 1);
  // The newest first; the ids are not the token.
  EXPECT_EQ(listed.json["items"][0]["current"], true);
  EXPECT_EQ(listed.json["items"][0]["created_at"], "2026-03-02T09:10:00+07:00");

  auto ended = desk.post("/api/v1/auth/logout-all", json::object());
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(ended.json["sessions_ended"], 3);
  for (ApiClient* c : {&counter, &phone, &desk}) EXPECT_EQ(c->get("/api/v1/me").status, 401);
  EXPECT_EQ(colleague.get("/api/v1/me").status, 200) << "another account keeps its session";
  // Without a session there is nothing to end.
  EXPECT_EQ(desk.post("/api/v1/auth/logout-all", json::object()).status, 401);
  ApiClient none(*server_);
  EXPECT_EQ(none.get("/api/v1/auth/sessions").status, 401);
}

TEST_F(SessionLifetime, ASessionSeenByAnotherRequestIsListedWithItsLastSeenTime) {
  api_->fresh_login("leader");
  at_minute(7);
  ASSERT_EQ(api_->get("/api/v1/me").status, 200);
  auto listed = api_->get("/api/v1/auth/sessions");
  ASSERT_EQ(listed.status, 200) << listed.body;
  json mine;
  for (const auto& s : listed.json["items"])
    if (s["current"].get<bool>()) mine = s;
  ASSERT_TRUE(mine.is_object()) << listed.body;
  EXPECT_EQ(mine["created_at"], "2026-03-02T09:00:00+07:00");
  EXPECT_EQ(mine["last_seen_at"], "2026-03-02T09:07:00+07:00");
  EXPECT_EQ(mine["expires_at"], "2026-03-02T21:00:00+07:00");
}

// Behind nginx (a trusted proxy) that terminates TLS, the cookie must not travel in clear.
TEST(SessionCookieSecure, SecureWhenTheTrustedProxySaysTheRequestCameOverHttps) {
  ServerProcess server({"--demo", "--trusted-proxy", "127.0.0.1", "--session-idle-minutes", "5"});
  auto cli = server.client();
  const std::string body = R"({"username":"receiver","password":"motcua-demo"})";
  auto plain = cli.Post("/api/v1/auth/login", body, "application/json");
  ASSERT_TRUE(plain);
  ASSERT_EQ(plain->status, 200) << plain->body;
  EXPECT_EQ(plain->get_header_value("Set-Cookie").find("Secure"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(plain->body)["idle_timeout_seconds"], 300);

  // The client's scheme is the first value, in whatever case the proxy writes it.
  httplib::Headers https = {{"X-Forwarded-Proto", "HTTPS, http"}, {"X-Forwarded-For", "10.1.2.3"}};
  auto secure = cli.Post("/api/v1/auth/login", https, body, "application/json");
  ASSERT_TRUE(secure);
  ASSERT_EQ(secure->status, 200) << secure->body;
  const std::string cookie = secure->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  // The session records the client the proxy named.
  const std::string token = nlohmann::json::parse(secure->body)["token"];
  auto listed = cli.Get("/api/v1/auth/sessions", {{"Authorization", "Bearer " + token}});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->status, 200) << listed->body;
  bool seen = false;
  const json sessions = json::parse(listed->body);
  for (const auto& s : sessions["items"])
    seen |= s["current"].get<bool>() && s["address"] == "10.1.2.3";
  EXPECT_TRUE(seen) << listed->body;
}

}  // namespace
}  // namespace motcua::testing

namespace motcua::testing {
namespace {

// A node reached over HTTPS without a proxy in front (serve --secure-cookie).
TEST(SessionCookieSecure, TheFlagMakesTheCookieSecureAndLogoutClearsItAlike) {
  ServerProcess server({"--demo", "--secure-cookie"});
  auto cli = server.client();
  auto login = cli.Post("/api/v1/auth/login", R"({"username":"receiver","password":"motcua-demo"})",
                        "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  EXPECT_NE(login->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);
  const std::string token = nlohmann::json::parse(login->body)["token"];
  auto out = cli.Post("/api/v1/auth/logout", {{"Authorization", "Bearer " + token}}, "{}",
                      "application/json");
  ASSERT_TRUE(out);
  ASSERT_EQ(out->status, 200) << out->body;
  const std::string cleared = out->get_header_value("Set-Cookie");
  EXPECT_NE(cleared.find("Max-Age=0"), std::string::npos) << cleared;
  EXPECT_NE(cleared.find("; Secure"), std::string::npos) << cleared;
}

}  // namespace
}  // namespace motcua::testing

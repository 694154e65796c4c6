// The console's browser session: the login sets an HttpOnly, SameSite=Strict cookie and gives
// a CSRF token; a request that changes state with the cookie alone must carry that token in
// X-CSRF-Token (403 auth.csrf otherwise), while bearer-token clients need none.
#include <gtest/gtest.h>

#include <regex>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class SessionCookie : public DemoServerTest {
 protected:
  struct Session {
    std::string cookie;  // "motcua_session=…"
    std::string csrf;
    std::string set_cookie;
  };

  Session browser_login(const std::string& user) {
    auto cli = server_->client();
    auto r = cli.Post("/api/v1/auth/login",
                      nlohmann::json{{"username", user}, {"password", "motcua-demo"}}.dump(),
                      "application/json");
    EXPECT_TRUE(r);
    if (!r) return {};
    EXPECT_EQ(r->status, 200) << r->body;
    Session s;
    s.set_cookie = r->get_header_value("Set-Cookie");
    s.cookie = s.set_cookie.substr(0, s.set_cookie.find(';'));
    s.csrf = nlohmann::json::parse(r->body).value("csrf_token", "");
    return s;
  }

  // A request as the browser sends it: the cookie, and the CSRF header when given.
  httplib::Result send(const std::string& method, const std::string& path, const Session& s,
                       const std::string& csrf, const nlohmann::json& body = nullptr) {
    auto cli = server_->client();
    httplib::Headers h = {{"Cookie", s.cookie}};
    if (!csrf.empty()) h.emplace("X-CSRF-Token", csrf);
    if (method == "GET") return cli.Get(path, h);
    return cli.Post(path, h, body.is_null() ? "{}" : body.dump(), "application/json");
  }

  static std::string error_code(const httplib::Result& r) {
    auto j = nlohmann::json::parse(r->body, nullptr, false);
    return j.is_object() ? j["error"].value("code", "") : "";
  }
};

TEST_F(SessionCookie, LoginSetsAStrictHttpOnlyCookieAndGivesItsCsrfToken) {
  const Session s = browser_login("receiver");
  EXPECT_EQ(s.cookie.rfind("motcua_session=", 0), 0u) << s.set_cookie;
  EXPECT_NE(s.set_cookie.find("HttpOnly"), std::string::npos) << s.set_cookie;
  EXPECT_NE(s.set_cookie.find("SameSite=Strict"), std::string::npos) << s.set_cookie;
  EXPECT_NE(s.set_cookie.find("Path=/"), std::string::npos) << s.set_cookie;
  EXPECT_TRUE(std::regex_match(s.csrf, std::regex("[0-9a-f]{64}"))) << s.csrf;
  // The token is not the session token itself.
  EXPECT_EQ(s.cookie.find(s.csrf), std::string::npos);

  // A reload learns the same token from GET /api/v1/me, which needs none.
  auto me = send("GET", "/api/v1/me", s, "");
  ASSERT_TRUE(me);
  ASSERT_EQ(me->status, 200) << me->body;
  const auto j = nlohmann::json::parse(me->body);
  EXPECT_EQ(j["username"], "receiver");
  EXPECT_EQ(j["csrf_token"], s.csrf);
  // Reading never needs the token.
  auto queue = send("GET", "/api/v1/me/queue", s, "");
  ASSERT_TRUE(queue);
  EXPECT_EQ(queue->status, 200) << queue->body;
}

TEST_F(SessionCookie, AChangeWithTheCookieAloneNeedsTheSessionsCsrfToken) {
  const Session s = browser_login("receiver");
  const Session other = browser_login("receiver");
  ASSERT_NE(s.csrf, other.csrf);
  api_->login("receiver");
  const nlohmann::json body = application_for(*api_, "1.001193");

  for (const std::string& csrf : {std::string(), other.csrf, std::string("x"), s.csrf + "0"}) {
    auto r = send("POST", "/api/v1/dossiers", s, csrf, body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403) << "token '" << csrf << "': " << r->body;
    EXPECT_EQ(error_code(r), "auth.csrf") << r->body;
    EXPECT_NE(r->body.find("X-CSRF-Token"), std::string::npos) << r->body;
  }
  auto r = send("POST", "/api/v1/dossiers", s, s.csrf, body);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;

  // A bearer client sends no CSRF token: no browser adds an Authorization header by itself.
  EXPECT_EQ(api_->post("/api/v1/dossiers", body).status, 201);
}

TEST_F(SessionCookie, AnExpiredCookieIsUnauthenticatedBeforeAnyCsrfQuestion) {
  Session s = browser_login("receiver");
  s.cookie = "motcua_session=00";
  auto r = send("POST", "/api/v1/dossiers", s, "");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401) << r->body;
}

TEST_F(SessionCookie, LogoutWithTheCookieNeedsTheTokenAndEndsTheSession) {
  const Session s = browser_login("specialist");
  auto refused = send("POST", "/api/v1/auth/logout", s, "");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403) << refused->body;
  EXPECT_EQ(error_code(refused), "auth.csrf");
  EXPECT_EQ(send("GET", "/api/v1/me", s, "")->status, 200) << "a refused logout ends nothing";

  auto done = send("POST", "/api/v1/auth/logout", s, s.csrf);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 200) << done->body;
  EXPECT_NE(done->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(send("GET", "/api/v1/me", s, "")->status, 401);
}

// A cross-site form can post a body that parses as JSON, but not with this content type.
TEST_F(SessionCookie, LoginAcceptsOnlyAJsonContentType) {
  auto cli = server_->client();
  const std::string body = R"({"username":"receiver","password":"motcua-demo"})";
  for (const char* type : {"text/plain", "application/x-www-form-urlencoded"}) {
    auto r = cli.Post("/api/v1/auth/login", body, type);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << type << ": " << r->body;
    EXPECT_EQ(nlohmann::json::parse(r->body)["error"]["field"], "Content-Type");
    EXPECT_TRUE(r->get_header_value("Set-Cookie").empty());
  }
  auto ok = cli.Post("/api/v1/auth/login", body, "application/json; charset=utf-8");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
}

}  // namespace
}  // namespace motcua::testing

#pragma once
// The fixture API tests share: one demo server with a test clock per test suite (started once,
// shared by the suite's tests, its users' logins at the smallest Argon2id cost), a fresh client per
// test with the clock at Monday 2 March 2026 09:00, and the two steps most scenarios take: receive
// a dossier, act on it.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "support/api_client.hpp"
#include "support/cheap_logins.hpp"

namespace motcua::testing {

class DemoServerTest : public ::testing::Test {
 protected:
  static constexpr const char* kMonday = "2026-03-02T09:00:00+07:00";

  static void SetUpTestSuite() {
    server_ = new ServerProcess();
    if (make_all_logins_cheap(server_->db_path()) != 0)
      throw std::runtime_error("could not make the demo logins cheap");
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    api_ = std::make_unique<ApiClient>(*server_);
    api_->set_clock(kMonday);
  }

  // A dossier of `procedure` received at the counter by the demo receiver, every mandatory
  // document handed in; `adjust` may change the request body first. Returns its code.
  std::string receive(const std::string& procedure,
                      const std::function<void(nlohmann::json&)>& adjust = {}) {
    api_->login("receiver");
    nlohmann::json body = application_for(*api_, procedure);
    if (adjust) adjust(body);
    auto r = api_->post("/api/v1/dossiers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json.value("code", "");
  }

  // One workflow action by the demo user `user`.
  ApiResponse act(const std::string& code, const std::string& user, const nlohmann::json& body) {
    api_->login(user);
    return api_->post("/api/v1/dossiers/" + code + "/actions", body);
  }

  inline static ServerProcess* server_ = nullptr;
  std::unique_ptr<ApiClient> api_;
};

}  // namespace motcua::testing

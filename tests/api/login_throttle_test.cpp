// Login throttling (issue 10, point 10): per username and per client address, 429 with
// Retry-After, recorded in the database so that a restart keeps it.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <memory>

#include "motcua/common/time.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/login_throttle_repository.hpp"
#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

constexpr const char* kRight = "motcua-demo";
constexpr const char* kWrong = "mat-khau-sai";

struct Attempt {
  int status = 0;
  nlohmann::json error;
  std::string retry_after;  // the header
};

// A client whose connections come from `source` (another loopback address): the server sees
// another client address.
struct Client {
  Client(const ServerProcess& server, const std::string& source = "127.0.0.1")
      : cli(server.client()), bound(std::make_shared<bool>(false)) {
    cli.set_socket_options([source, bound = bound](int sock) {
      sockaddr_in a{};
      a.sin_family = AF_INET;
      *bound = ::inet_pton(AF_INET, source.c_str(), &a.sin_addr) == 1 &&
               ::bind(sock, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    });
  }

  Attempt login(const std::string& username, const std::string& password) {
    auto res = cli.Post("/api/v1/auth/login",
                        nlohmann::json{{"username", username}, {"password", password}}.dump(),
                        "application/json");
    EXPECT_TRUE(res) << "no answer";
    EXPECT_TRUE(*bound) << "could not connect from the chosen address";
    if (!res) return {};
    auto body = nlohmann::json::parse(res->body, nullptr, false);
    return {res->status, body.is_object() ? body.value("error", nlohmann::json()) : nullptr,
            res->get_header_value("Retry-After")};
  }

  httplib::Client cli;
  std::shared_ptr<bool> bound;
};

std::string without_digits(const nlohmann::json& text) {
  std::string out = text.is_string() ? text.get<std::string>() : text.dump();
  std::erase_if(out, [](char c) { return c >= '0' && c <= '9'; });
  return out;
}

TimePoint server_now(ApiClient& api) {
  return *parse_iso(api.get("/api/v1/_test/clock").json["now"].get<std::string>());
}

// Moves the server's clock past a Retry-After it gave.
void wait_out(ApiClient& api, const std::string& retry_after) {
  const TimePoint later = server_now(api) + std::chrono::seconds(std::stoi(retry_after) + 1);
  api.set_clock(format_iso(later));
}

// Each test uses its own usernames and its own day, so the address's counts of one test (an
// hour's window) never meet another's.
class LoginThrottle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override { api_ = std::make_unique<ApiClient>(*server_); }

  inline static ServerProcess* server_ = nullptr;
  std::unique_ptr<ApiClient> api_;
};

TEST_F(LoginThrottle, ThirtyWrongPasswordsLockTheUsernameUntilTheLockEnds) {
  api_->set_clock("2026-03-02T09:00:00+07:00");
  Client here(*server_);
  int wrong = 0, refused = 0;
  Attempt last;
  for (int i = 0; i < 30; ++i) {
    last = here.login("receiver", kWrong);
    if (last.status == 401) ++wrong;
    if (last.status == 429) {
      ++refused;
      EXPECT_EQ(last.error["code"], "auth.too_many_attempts");
      EXPECT_EQ(last.error["field"], "username");
      EXPECT_NE(last.error["message"].get<std::string>().find("try again"), std::string::npos);
      EXPECT_NE(last.error["message_vi"].get<std::string>().find("thử lại"), std::string::npos);
      const int wait = std::stoi(last.retry_after);
      EXPECT_GE(wait, 1);
      EXPECT_LE(wait, 60);
      EXPECT_EQ(last.error["retry_after"], wait);
    }
  }
  EXPECT_EQ(wrong, 5) << "five wrong passwords are checked";
  EXPECT_EQ(refused, 25) << "then the username is locked";

  // Locked means locked: the right password too, and from any address.
  auto right = here.login("receiver", kRight);
  EXPECT_EQ(right.status, 429);
  EXPECT_FALSE(right.retry_after.empty());
  Client elsewhere(*server_, "127.0.0.2");
  EXPECT_EQ(elsewhere.login("receiver", kRight).status, 429);
  // The address is not locked (5 failures of its 30): another username logs in from it.
  EXPECT_EQ(here.login("specialist", kRight).status, 200);

  // After the lock the right password works, and clears the count: five wrong ones again
  // before the next lock, which is one minute again.
  wait_out(*api_, right.retry_after);
  EXPECT_EQ(here.login("receiver", kRight).status, 200);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(here.login("receiver", kWrong).status, 401) << i;
  auto again = here.login("receiver", kWrong);
  EXPECT_EQ(again.status, 429);
  EXPECT_GE(std::stoi(again.retry_after), 55);
  EXPECT_LE(std::stoi(again.retry_after), 60);
}

TEST_F(LoginThrottle, UnknownUsernamesAreThrottledAsKnownOnesAre) {
  api_->set_clock("2026-03-03T09:00:00+07:00");
  Client here(*server_);
  for (int i = 0; i < 7; ++i) {
    const Attempt known = here.login("leader", kWrong);
    const Attempt unknown = here.login("khong-ai-co-ten-nay", kWrong);
    EXPECT_EQ(known.status, i < 5 ? 401 : 429) << i;
    EXPECT_EQ(unknown.status, known.status) << i;
    EXPECT_EQ(unknown.error["code"], known.error["code"]) << i;
    EXPECT_EQ(unknown.error["field"], known.error["field"]) << i;
    // The same words; the wait may differ by the second that passed between the two.
    EXPECT_EQ(without_digits(unknown.error["message_vi"]),
              without_digits(known.error["message_vi"]))
        << i;
  }
}

TEST_F(LoginThrottle, OneAddressCannotTryManyUsernames) {
  api_->set_clock("2026-03-04T09:00:00+07:00");
  Client here(*server_);
  // Thirty wrong passwords, each for another username: no username reaches its five.
  for (int i = 0; i < 30; ++i)
    EXPECT_EQ(here.login("nguoi-dung-" + std::to_string(i), kWrong).status, 401) << i;
  auto locked = here.login("admin", kRight);
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.error["code"], "auth.too_many_attempts_from_address");
  EXPECT_FALSE(locked.retry_after.empty());
  // Another address is not affected, and the username itself is not locked.
  Client elsewhere(*server_, "127.0.0.3");
  EXPECT_EQ(elsewhere.login("admin", kRight).status, 200);
  // A right password from the locked address does not clear its count: once the lock ends,
  // the next wrong password locks it again (for two minutes now).
  wait_out(*api_, locked.retry_after);
  EXPECT_EQ(here.login("admin", kRight).status, 200);
  EXPECT_EQ(here.login("nguoi-dung-khac", kWrong).status, 401);
  auto relocked = here.login("admin", kRight);
  EXPECT_EQ(relocked.status, 429);
  EXPECT_GT(std::stoi(relocked.retry_after), 60);
}

// The counts and the record of logins live in the database: a restarted server (or another
// node on the same database) refuses as the first one did.
TEST(LoginThrottleDurability, ARestartKeepsTheLockAndEveryAttemptIsRecorded) {
  const char* kNow = "2026-03-05T09:00:00+07:00";
  auto first = std::make_unique<ServerProcess>();
  const std::string db_path = first->db_path();
  {
    ApiClient api(*first);
    api.set_clock(kNow);
    Client here(*first);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(here.login("leader", kWrong).status, 401);
    EXPECT_EQ(here.login("leader", kWrong).status, 429);
  }
  first->stop();

  std::string retry_after;
  {
    ServerProcess second({"--test-clock"}, db_path);
    ApiClient api(second);
    api.set_clock(kNow);
    Client here(second);
    auto refused = here.login("leader", kRight);
    EXPECT_EQ(refused.status, 429);
    retry_after = refused.retry_after;
    wait_out(api, retry_after);
    EXPECT_EQ(here.login("leader", kRight).status, 200);
  }

  auto db = store::Database::open_at(db_path);
  ASSERT_TRUE(db.ok()) << db.error().message;
  auto events = (*db)->read<std::vector<store::LoginEvent>>(
      [](store::SqlConnection& c) { return store::login_events_for(c, "leader", 100); });
  ASSERT_TRUE(events.ok()) << events.error().message;
  std::vector<std::string> outcomes;
  for (const auto& e : *events) {
    outcomes.push_back(e.outcome);
    EXPECT_EQ(e.address, "127.0.0.1");
    if (e.outcome == "locked") {
      EXPECT_EQ(e.locked_subject, auth::ThrottleSubject::username);
      ASSERT_TRUE(e.locked_until);
      EXPECT_EQ(*e.locked_until, e.at + std::chrono::minutes(1));
    }
  }
  // Refused attempts checked no password and are not recorded.
  EXPECT_EQ(outcomes, (std::vector<std::string>{"failure", "failure", "failure", "failure",
                                                "failure", "locked", "success"}));
}

}  // namespace
}  // namespace motcua::testing

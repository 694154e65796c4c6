// Issue 13, point 4: two motcua nodes on one database (PostgreSQL in `make test`'s second run,
// one SQLite file in the first) take intake and workflow at the same time. Codes stay unique
// and gap-free per agency and day, every dossier is seen by both nodes, and every history
// chain is intact: nothing a node needs lives only in the other's memory.
#include <gtest/gtest.h>

#include <latch>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

constexpr int kThreadsPerNode = 3;
constexpr int kDossiersPerThread = 12;

TEST(TwoNodes, ConcurrentIntakeAndWorkKeepCodesHistoryAndViewsWhole) {
  ServerProcess a;
  ServerProcess b(std::vector<std::string>{}, a.db_path());
  std::mutex mutex;
  std::vector<std::string> codes;
  std::vector<std::string> failures;
  // Logged in one after the other: logins of one username at the same moment count as a
  // password-guessing attack (login_throttle), which is not what this test is about.
  std::vector<std::unique_ptr<ApiClient>> receivers, specialists;
  for (int t = 0; t < 2 * kThreadsPerNode; ++t) {
    ServerProcess& node = t % 2 ? b : a;
    receivers.push_back(std::make_unique<ApiClient>(node));
    receivers.back()->login("receiver");
    specialists.push_back(std::make_unique<ApiClient>(node));
    specialists.back()->login("specialist");
  }
  auto desk = [&](int thread) {
    ApiClient& api = *receivers[std::size_t(thread)];
    ApiClient& specialist = *specialists[std::size_t(thread)];
    for (int i = 0; i < kDossiersPerThread; ++i) {
      auto body = application_for(api, "1.001193", "Nguyễn Văn Hai Nút",
                                  "0010" + std::to_string(90000000 + thread * 100 + i),
                                  "0905" + std::to_string(100000 + thread * 100 + i));
      auto r = api.post("/api/v1/dossiers", body);
      std::lock_guard lock(mutex);
      if (r.status != 201) {
        failures.push_back("reception " + std::to_string(r.status) + ": " + r.body);
        continue;
      }
      codes.push_back(r.json["code"]);
    }
    // The same chain (one receiving agency) grows from both nodes at once.
    std::vector<std::string> mine;
    {
      std::lock_guard lock(mutex);
      for (std::size_t k = std::size_t(thread); k < codes.size(); k += 2 * kThreadsPerNode)
        mine.push_back(codes[k]);
    }
    for (const auto& code : mine) {
      auto r = specialist.post("/api/v1/dossiers/" + code + "/actions", {{"action", "claim"}});
      std::lock_guard lock(mutex);
      if (r.status != 200) failures.push_back("claim " + std::to_string(r.status) + ": " + r.body);
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 2 * kThreadsPerNode; ++t) threads.emplace_back(desk, t);
  for (auto& t : threads) t.join();
  EXPECT_TRUE(failures.empty()) << failures.size() << " failed, first: " << failures.front();
  ASSERT_EQ(codes.size(), std::size_t(2 * kThreadsPerNode * kDossiersPerThread));

  // Unique, and per agency and day numbered 1..n without a gap: AGENCY-YYMMDD-NNNN.
  std::map<std::string, std::set<int>> numbers;
  for (const auto& code : codes) {
    const auto dash = code.rfind('-');
    ASSERT_NE(dash, std::string::npos) << code;
    EXPECT_TRUE(numbers[code.substr(0, dash)].insert(std::stoi(code.substr(dash + 1))).second)
        << "code given twice: " << code;
  }
  for (const auto& [prefix, taken] : numbers) {
    EXPECT_EQ(*taken.begin(), 1) << prefix;
    EXPECT_EQ(*taken.rbegin(), int(taken.size())) << prefix << ": a gap in the numbers";
  }

  // Each node shows every dossier, with the claim made through the other.
  ApiClient on_a(a), on_b(b);
  on_a.login("specialist");
  on_b.login("specialist");
  for (const auto& code : codes)
    for (ApiClient* node : {&on_a, &on_b}) {
      auto r = node->get("/api/v1/dossiers/" + code);
      ASSERT_EQ(r.status, 200) << code << ": " << r.body;
    }

  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", a.db_path()}, &out), 0) << out;
  EXPECT_EQ(out.find("BROKEN"), std::string::npos) << out;
  EXPECT_NE(out.find("0 broken"), std::string::npos) << out;
}

// A desk's retry may reach the other node while the first attempt is still being written
// there (a proxy that gave up on a slow node). Both answers name one dossier, and no second is
// made: each pair of requests below leaves the two nodes at the same instant.
TEST(TwoNodes, OneIdempotencyKeySentToBothNodesAtOnceMakesOneDossier) {
  ServerProcess a;
  ServerProcess b(std::vector<std::string>{}, a.db_path());
  ApiClient on_a(a), on_b(b);
  on_a.login("receiver");
  on_b.login("receiver");
  constexpr int kKeys = 12;
  std::set<std::string> made;
  for (int k = 0; k < kKeys; ++k) {
    const std::string key = "hai-nut-" + std::to_string(k);
    const auto body =
        application_for(on_a, "1.001193", "Trần Thị Thử Lại", "0010" + std::to_string(80000000 + k),
                        "0905" + std::to_string(200000 + k));
    ApiResponse answers[2];
    std::latch start(2);
    auto send = [&](int node) {
      start.arrive_and_wait();
      answers[node] =
          (node == 0 ? on_a : on_b).post("/api/v1/dossiers", body, {{"Idempotency-Key", key}});
    };
    std::thread first(send, 0), second(send, 1);
    first.join();
    second.join();
    ASSERT_EQ(answers[0].status, 201) << key << ": " << answers[0].body;
    ASSERT_EQ(answers[1].status, 201) << key << ": " << answers[1].body;
    EXPECT_EQ(answers[0].json["code"], answers[1].json["code"]) << key;
    made.insert(answers[0].json["code"].get<std::string>());
  }
  EXPECT_EQ(made.size(), std::size_t(kKeys));
  // Nothing else was numbered: the day's codes run 1..kKeys.
  for (const auto& code : made)
    EXPECT_LE(std::stoi(code.substr(code.rfind('-') + 1)), kKeys) << code;
}

}  // namespace
}  // namespace motcua::testing

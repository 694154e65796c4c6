// `serve --demo` seeds no dossiers (tests count on an empty book); `--demo-dossiers N` adds N in
// varied states through the real reception and workflow, at past times, with intact history
// chains (issue 11, point 4).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

// The open dossiers of the demo commune, as its admin's queue lists them.
nlohmann::json admin_queue(ApiClient& api) {
  api.login("admin");
  auto r = api.get("/api/v1/me/queue?limit=200");
  EXPECT_EQ(r.status, 200) << r.body;
  return r.json["items"];
}

// The seeding's summary line: "demo dossiers: 50 added, 135 actions; by status: a=1 b=2; …".
std::map<std::string, int> seeded_statuses(const ServerProcess& server, int* added) {
  std::ifstream in(server.log_path());
  std::map<std::string, int> out;
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (!std::regex_search(line, m,
                           std::regex(R"(^demo dossiers: (\d+) added.*by status:([^;]*);)")))
      continue;
    *added = std::stoi(m[1]);
    const std::string list = m[2];
    const std::regex pair(R"((\w+)=(\d+))");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), pair);
         it != std::sregex_iterator(); ++it)
      out[(*it)[1]] = std::stoi((*it)[2]);
  }
  return out;
}

TEST(DemoDossiers, DemoAloneSeedsNone) {
  ServerProcess server;
  ApiClient api(server);
  EXPECT_TRUE(admin_queue(api).empty());
}

TEST(DemoDossiers, FiftyInVariedStatesWithIntactHistory) {
  ServerProcess server({"--demo", "--test-clock", "--demo-dossiers", "50"});
  int added = 0;
  const auto statuses = seeded_statuses(server, &added);
  EXPECT_EQ(added, 50);
  int sum = 0;
  for (const auto& [status, n] : statuses) sum += n;
  EXPECT_EQ(sum, 50);
  for (const char* s : {"in_progress", "approved", "result_ready", "supplement_requested", "paused",
                        "returned", "refused", "withdrawn"})
    EXPECT_GT(statuses.count(s) ? statuses.at(s) : 0, 0) << s;

  ApiClient api(server);
  const auto queue = admin_queue(api);
  std::set<std::string> open_statuses;
  std::string now = api.get("/api/v1/_test/clock").json.value("now", "");
  ASSERT_FALSE(now.empty());
  for (const auto& item : queue) {
    const std::string code = item["code"];
    open_statuses.insert(item["status"].get<std::string>());
    auto h = api.get("/api/v1/dossiers/" + code + "/history");
    ASSERT_EQ(h.status, 200) << h.body.substr(0, 300);
    const auto& events = h.json["events"];
    ASSERT_FALSE(events.empty()) << code;
    EXPECT_EQ(events.front()["action"], "receive") << code;
    std::string previous;
    for (const auto& e : events) {
      EXPECT_FALSE(e["hash"].get<std::string>().empty()) << code;
      const std::string at = e["at"];
      EXPECT_LE(previous, at) << code;  // same +07:00 offset: text order is time order
      EXPECT_LE(at, now) << code;       // received and acted on in the past
      previous = at;
    }
    EXPECT_EQ(events.back()["to_status"], item["status"]) << code;
  }
  EXPECT_GE(open_statuses.size(), 4u);
  api.login("leader");
  auto paused = api.get("/api/v1/reports/paused");
  ASSERT_EQ(paused.status, 200) << paused.body;
  EXPECT_FALSE(paused.json["items"].empty());

  server.stop();
  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", server.db_path()}, &out), 0) << out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(out, m, std::regex(R"(ok chain 20410 events (\d+))"))) << out;
  EXPECT_GT(std::stoi(m[1]), 100) << out;  // 50 receptions and their actions
}

}  // namespace
}  // namespace motcua::testing

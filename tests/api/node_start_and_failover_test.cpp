// Issue 13: nodes come and go around one database. Two nodes started at the same instant on an
// empty database migrate it once between them (PostgreSQL: an advisory lock; SQLite: the
// writer's lock, taken before a file is applied). A node whose database connections are ended
// under it, as a failover or an administrator's pg_terminate_backend does, goes on serving
// reads and writes on new connections, without a failed request.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <thread>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"

namespace motcua::testing {
namespace {

// A node given a port another process holds says so and fails at once: an operator (or
// systemd) sees exit status 1, not a node announced as serving that is not there.
TEST(NodeStart, APortInUseFailsTheCommandAtOnce) {
  ServerProcess first({"--demo"});
  std::string out;
  const auto started = std::chrono::steady_clock::now();
  // Bounded: a second node that did bind (SO_REUSEPORT) would serve until killed, exit 124.
  EXPECT_EQ(run_command("timeout 20 " + motcua_binary() + " serve --db " + first.dir() +
                            "/second.db --port " + std::to_string(first.port()) + " --demo",
                        &out),
            1)
      << out;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_NE(out.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())),
            std::string::npos)
      << out;
  EXPECT_EQ(out.find("motcua serving on"), std::string::npos) << out;
  // The first node goes on serving.
  auto res = first.client().Get("/healthz");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST(NodeStart, TwoNodesStartedTogetherOnAnEmptyDatabaseBothServe) {
  std::string scratch = (std::filesystem::temp_directory_path() / "motcua-pair-XXXXXX").string();
  ASSERT_NE(::mkdtemp(scratch.data()), nullptr);
  const std::string db = fresh_database(scratch);
  {
    std::unique_ptr<ServerProcess> nodes[2];
    std::string failures[2];
    auto start = [&](int k) {
      try {
        nodes[k] = std::make_unique<ServerProcess>(std::vector<std::string>{"--demo"}, db);
      } catch (const std::exception& e) {
        failures[k] = e.what();
      }
    };
    std::thread first(start, 0), second(start, 1);
    first.join();
    second.join();
    ASSERT_EQ(failures[0], "");
    ASSERT_EQ(failures[1], "");
    // Each migration is recorded once and each node takes a dossier.
    const auto twice =
        raw_rows(db, "SELECT name FROM schema_migrations GROUP BY name HAVING COUNT(*) > 1");
    EXPECT_TRUE(twice.empty()) << twice.dump();
    EXPECT_FALSE(raw_rows(db, "SELECT name FROM schema_migrations").empty());
    for (auto& node : nodes) {
      ApiClient api(*node);
      api.login("receiver");
      auto r = api.post("/api/v1/dossiers", application_for(api, "1.001193"));
      EXPECT_EQ(r.status, 201) << r.body;
    }
  }
  drop_fresh_database(scratch);
  std::filesystem::remove_all(scratch);
}

TEST(PostgresConnections, ANodeGoesOnWhenItsConnectionsAreEndedUnderIt) {
  if (!std::getenv("MOTCUA_TEST_PG"))
    GTEST_SKIP() << "needs a PostgreSQL server: MOTCUA_TEST_PG (make test's second pass)";
  ServerProcess node;
  ApiClient api(node);
  api.login("receiver");
  auto first = api.post("/api/v1/dossiers", application_for(api, "1.001193"));
  ASSERT_EQ(first.status, 201) << first.body;
  const std::string code = first.json["code"];
  for (int round = 0; round < 3; ++round) {
    // Every connection the node holds (its writer and its readers) ends at once.
    const auto ended = raw_rows(
        node.db_path(),
        "SELECT COUNT(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = "
        "current_database() AND pid <> pg_backend_pid()");
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_GE(ended[0]["n"].get<long long>(), 1) << "round " << round;
    // A moment for the server's FATAL message to reach the node's sockets.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto read = api.get("/api/v1/dossiers/" + code);
    EXPECT_EQ(read.status, 200) << "round " << round << ": " << read.body;
    auto write = api.post("/api/v1/dossiers", application_for(api, "1.001193"));
    EXPECT_EQ(write.status, 201) << "round " << round << ": " << write.body;
    auto queue = api.get("/api/v1/me/queue");
    EXPECT_EQ(queue.status, 200) << "round " << round << ": " << queue.body;
  }
  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", node.db_path()}, &out), 0) << out;
}

}  // namespace
}  // namespace motcua::testing

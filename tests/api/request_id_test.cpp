// Request ids: every response carries one (X-Request-Id), two server processes never hand out
// the same one, and a real fault of the server answers 500 in the error envelope with the id
// that its log line carries too.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"
#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

std::string node_of(const std::string& request_id) {
  return request_id.substr(0, request_id.find('-'));
}

// The JSON lines of the server's log that carry `request_id`.
std::vector<nlohmann::json> log_lines_of(const ServerProcess& server, const std::string& id) {
  std::ifstream in(server.log_path());
  std::vector<nlohmann::json> out;
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.value("request_id", "") == id) out.push_back(std::move(j));
  }
  return out;
}

TEST(RequestId, EveryResponseCarriesOneAndNoTwoServersShareThem) {
  ServerProcess first(std::vector<std::string>{});
  ServerProcess second(std::vector<std::string>{});
  std::set<std::string> ids;
  std::set<std::string> nodes;
  for (const ServerProcess* server : {&first, &second}) {
    ApiClient api(*server);
    // A route, an unknown API path, and the static web files.
    for (const char* path : {"/healthz", "/api/v1/no-such-thing", "/"}) {
      auto r = api.get(path);
      const std::string id = r.header("X-Request-Id");
      ASSERT_FALSE(id.empty()) << path;
      EXPECT_TRUE(ids.insert(id).second) << "repeated request id " << id;
      nodes.insert(node_of(id));
    }
  }
  // Each process draws its own random prefix (16 hex digits).
  EXPECT_EQ(nodes.size(), 2u);
  for (const auto& n : nodes) EXPECT_EQ(n.size(), 16u) << n;
}

TEST(RequestId, InternalFaultAnswers500WithTheIdItLogs) {
  ServerProcess server(std::vector<std::string>{});
  // A real fault, no mock: the table behind the public lookup's rate limit disappears while
  // the server runs.
  std::string out;
  ASSERT_EQ(raw_sql(server.db_path(), "DROP TABLE rate_limits", &out), 0) << out;
  ApiClient api(server);
  auto r = api.get("/api/v1/public/dossiers/X-260101-0001?phone_last4=1234");
  ASSERT_EQ(r.status, 500) << r.body;
  ASSERT_TRUE(r.json.is_object()) << r.body;
  const auto& err = r.json["error"];
  const std::string id = r.header("X-Request-Id");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(err["request_id"], id);
  EXPECT_TRUE(err["code"].is_string());
  // The envelope keeps its shape; the cause (SQL, table names) stays in the log.
  EXPECT_NE(err["message"].get<std::string>().find(id), std::string::npos);
  EXPECT_NE(err["message_vi"].get<std::string>().find(id), std::string::npos);
  EXPECT_EQ(r.body.find("rate_limits"), std::string::npos) << r.body;

  server.stop();  // every line is written
  bool failure_logged = false, request_logged = false;
  for (const auto& line : log_lines_of(server, id)) {
    if (line["level"] == "error" &&
        line.value("error", "").find("rate_limits") != std::string::npos)
      failure_logged = true;
    if (line["msg"] == "request" && line["status"] == 500 && line["method"] == "GET")
      request_logged = true;
  }
  EXPECT_TRUE(failure_logged) << "no error line with the cause under " << id;
  EXPECT_TRUE(request_logged) << "no request line under " << id;
}

}  // namespace
}  // namespace motcua::testing

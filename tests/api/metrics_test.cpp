// GET /metrics (issue 13, point 6): what Prometheus reads from each node, and who may read it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

// The value of one series line ("name{labels} value"), or -1 when the exposition lacks it.
double series(const std::string& text, const std::string& name_and_labels) {
  const auto at = text.find("\n" + name_and_labels + " ");
  if (at == std::string::npos) return -1;
  return std::strtod(text.c_str() + at + name_and_labels.size() + 2, nullptr);
}

TEST(Metrics, CountRequestsByRoutePatternWithLatencyAndTheDatabase) {
  ServerProcess server;
  auto cli = server.client();
  ApiClient api(server);
  api.login("receiver");
  for (const char* code : {"1.001193", "1.004222", "no-such-code"})
    (void)api.get(std::string("/api/v1/procedures/") + code);
  (void)api.get("/nowhere");

  auto r = cli.Get("/metrics");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::string& m = r->body;
  // A procedure's code is not a series of its own: the route's pattern is.
  EXPECT_EQ(
      series(
          m,
          R"(motcua_http_requests_total{method="GET",route="/api/v1/procedures/{}",status="200"})"),
      2)
      << m;
  EXPECT_EQ(
      series(
          m,
          R"(motcua_http_requests_total{method="GET",route="/api/v1/procedures/{}",status="404"})"),
      1)
      << m;
  EXPECT_EQ(m.find("1.001193"), std::string::npos);
  EXPECT_GE(series(m, R"(motcua_http_requests_total{method="GET",route="",status="404"})"), 1) << m;
  EXPECT_GE(
      series(
          m,
          R"(motcua_http_requests_total{method="POST",route="/api/v1/auth/login",status="200"})"),
      1)
      << m;
  // The histogram's buckets only grow, and the last is every request.
  const std::string labels = R"(method="GET",route="/api/v1/procedures/{}")";
  double previous = 0;
  for (const char* le : {"0.0005", "0.001", "0.01", "0.1", "1", "5", "+Inf"}) {
    const double n =
        series(m, "motcua_http_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"}");
    EXPECT_GE(n, previous) << le << "\n" << m;
    previous = n;
  }
  EXPECT_EQ(previous, 3);
  EXPECT_EQ(series(m, "motcua_http_request_duration_seconds_count{" + labels + "}"), 3);
  EXPECT_GT(series(m, "motcua_http_request_duration_seconds_sum{" + labels + "}"), 0);
  // The login wrote its session through the writer: at least one group committed.
  EXPECT_GE(series(m, "motcua_db_commit_group_size_count"), 1) << m;
  EXPECT_EQ(series(m, "motcua_db_commit_group_size_count"),
            series(m, R"(motcua_db_commit_group_size_bucket{le="+Inf"})"));
  EXPECT_EQ(series(m, "motcua_db_writer_queue_depth"), 0);
  EXPECT_EQ(series(m, "motcua_db_readers_max"), 16);
  EXPECT_GE(series(m, "motcua_db_readers_open"), 1);
  // Every line is a comment or "name{labels} number": what Prometheus parses.
  const std::regex line(
      R"((# (HELP|TYPE) .*)|([a-z_]+(\{([a-z_]+="([^"\\]|\\.)*",?)*\})? [0-9.e+-]+))");
  std::size_t start = 0;
  while (start < m.size()) {
    const auto end = m.find('\n', start);
    const std::string one = m.substr(start, end - start);
    EXPECT_TRUE(std::regex_match(one, line)) << one;
    start = end == std::string::npos ? m.size() : end + 1;
  }
}

TEST(Metrics, AreNotForTheOutsideWorld) {
  {
    ServerProcess server;
    auto cli = server.client();
    // Through a proxy (nginx adds X-Forwarded-For) is not from the node's own machine.
    auto proxied = cli.Get("/metrics", {{"X-Forwarded-For", "203.0.113.7"}});
    ASSERT_TRUE(proxied);
    EXPECT_EQ(proxied->status, 403) << proxied->body;
    EXPECT_NE(proxied->body.find("metrics.not_local"), std::string::npos) << proxied->body;
  }
  ::setenv("MOTCUA_METRICS_TOKEN", "scrape-me-7f3a", 1);
  ServerProcess server;
  ::unsetenv("MOTCUA_METRICS_TOKEN");
  auto cli = server.client();
  for (const char* given : {"", "Bearer wrong-token-77", "Bearer scrape-me-7f3"}) {
    httplib::Headers h;
    if (*given) h.emplace("Authorization", given);
    auto r = cli.Get("/metrics", h);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 401) << given;
    EXPECT_NE(r->body.find("\"field\":\"Authorization\""), std::string::npos) << r->body;
  }
  auto r = cli.Get("/metrics", {{"Authorization", "Bearer scrape-me-7f3a"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

}  // namespace
}  // namespace motcua::testing

// Keep-alive latency benchmark (issue 10, point 11). Browsers keep their connections open, so
// what a screen pays is one request on a connection that is already open. For /healthz, a
// catalogue search and a dossier read it times requests on one kept-alive connection and on
// many at once (one client thread each) against the real server on loopback, and prints p50,
// p99 and requests/s. A response held back by Nagle's algorithm against the client's delayed
// ACK shows as a p50 near 40 ms.
//   build/bench/keepalive_bench [--seconds S] [--connections N]
//   MOTCUA_PG_DURABLE=1 scripts/with-postgres.sh build/bench/keepalive_bench   # and PostgreSQL
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "support/api_client.hpp"

using namespace motcua::testing;

namespace {

using Clock = std::chrono::steady_clock;

struct Case {
  std::string name;
  std::string path;
  httplib::Headers headers;
};

struct Figures {
  size_t requests = 0;
  int failures = 0;
  double seconds = 0, p50 = 0, p99 = 0;
};

// One kept-alive connection, as a browser holds it: TCP_NODELAY on the client too, so that
// only the server's behaviour is measured.
httplib::Client kept_alive(const ServerProcess& server) {
  httplib::Client cli = server.client();
  cli.set_keep_alive(true);
  cli.set_tcp_nodelay(true);
  return cli;
}

// Runs `c` on `connections` connections at once for `seconds` (after a short warm-up on each).
Figures run(const ServerProcess& server, const Case& c, int connections, double seconds) {
  std::vector<double> all_ms;
  int failures = 0;
  std::mutex mutex;
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  const auto stop_at =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  for (int t = 0; t < connections; ++t) {
    threads.emplace_back([&] {
      httplib::Client cli = kept_alive(server);
      std::vector<double> mine;
      int failed = 0;
      for (int i = 0; i < 3; ++i) (void)cli.Get(c.path, c.headers);
      while (Clock::now() < stop_at) {
        const auto t0 = Clock::now();
        auto res = cli.Get(c.path, c.headers);
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!res || res->status != 200) ++failed;
      }
      std::lock_guard lock(mutex);
      all_ms.insert(all_ms.end(), mine.begin(), mine.end());
      failures += failed;
    });
  }
  for (auto& t : threads) t.join();
  Figures f;
  f.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  f.requests = all_ms.size();
  f.failures = failures;
  if (all_ms.empty()) return f;
  std::sort(all_ms.begin(), all_ms.end());
  auto pct = [&](double p) {
    return all_ms[std::min(all_ms.size() - 1, size_t(p * all_ms.size()))];
  };
  f.p50 = pct(0.50);
  f.p99 = pct(0.99);
  return f;
}

std::string bearer_token(const ServerProcess& server, const std::string& username) {
  httplib::Client cli = server.client();
  auto res = cli.Post("/api/v1/auth/login",
                      nlohmann::json{{"username", username}, {"password", "motcua-demo"}}.dump(),
                      "application/json");
  if (!res || res->status != 200) throw std::runtime_error("login failed for " + username);
  return nlohmann::json::parse(res->body)["token"].get<std::string>();
}

// Every case on a fresh server on the engine ServerProcess picks; returns the failed requests.
int run_engine(const char* engine, double seconds, int many) {
  // A kept-alive connection holds a pool thread (DESIGN.md §3b): room for all of them.
  ServerProcess server({"--demo", "--threads", std::to_string(std::max(128, many * 2))});
  ApiClient desk(server);
  desk.login("receiver");
  auto received = desk.post("/api/v1/dossiers", application_for(desk, "1.001193"));
  if (received.status != 201) {
    std::fprintf(stderr, "reception failed: %s\n", received.body.c_str());
    return 1;
  }
  const std::string code = received.json["code"].get<std::string>();
  const httplib::Headers leader = {{"Authorization", "Bearer " + bearer_token(server, "leader")}};

  const std::vector<Case> cases = {
      {"GET /healthz", "/healthz", {}},
      {"catalogue search", "/api/v1/procedures?limit=20&q=khai%20sinh", {}},
      {"dossier read (leader)", "/api/v1/dossiers/" + code, leader},
  };
  std::printf("keep-alive latency on loopback, %s, %.1f s per case\n", engine, seconds);
  std::printf("%-24s %5s %9s %10s %9s %9s\n", "request", "conns", "requests", "req/s", "p50 ms",
              "p99 ms");
  int failures = 0;
  for (const auto& c : cases) {
    for (int connections : {1, many}) {
      const Figures f = run(server, c, connections, seconds);
      failures += f.failures;
      std::printf("%-24s %5d %9zu %10.0f %9.3f %9.3f%s\n", c.name.c_str(), connections, f.requests,
                  double(f.requests) / f.seconds, f.p50, f.p99,
                  f.failures ? ("  (" + std::to_string(f.failures) + " failed)").c_str() : "");
      std::fflush(stdout);
    }
  }
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 2.0;
  int many = 64;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : "";
    if (a == "--seconds") {
      seconds = std::atof(v), ++i;
    } else if (a == "--connections") {
      many = std::atoi(v), ++i;
    } else {
      std::fprintf(stderr, "usage: %s [--seconds S] [--connections N]\n", argv[0]);
      return 2;
    }
  }
  const int failures = motcua::bench::on_each_engine(
      [&](const char* engine) { return run_engine(engine, seconds, many); });
  return failures == 0 ? 0 : 1;
}

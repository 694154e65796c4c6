// Intake benchmark: N concurrent HTTP clients post dossiers to a real server on loopback
// (group commit, every commit durable); prints dossiers/s and latency percentiles. On SQLite
// always, and on PostgreSQL too when MOTCUA_TEST_PG names a server (issue 13, point 7):
//   build/bench/intake_bench [--clients N] [--requests-per-client M]
//   MOTCUA_PG_DURABLE=1 scripts/with-postgres.sh build/bench/intake_bench   # both engines
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "support/api_client.hpp"

using namespace motcua::testing;

namespace {

// One run against a fresh server on the engine ServerProcess picks (MOTCUA_TEST_PG or not);
// returns the failed requests.
int run(const char* engine, int clients, int per_client) {
  ServerProcess server({"--demo", "--threads", std::to_string(std::max(64, clients * 2))});
  ApiClient setup(server);
  setup.login("receiver");
  const auto body = application_for(setup, "1.001193");

  // Every desk logs in before the clock starts: a login is a deliberately slow Argon2id hash,
  // and sixteen of them at once would otherwise stall the first receptions for a second.
  std::vector<std::unique_ptr<ApiClient>> desks;
  for (int c = 0; c < clients; ++c) {
    desks.push_back(std::make_unique<ApiClient>(server));
    desks.back()->login("receiver");
  }
  std::vector<double> latencies_ms;
  std::mutex mutex;
  int failures = 0;
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      ApiClient& api = *desks[c];
      std::vector<double> mine;
      int failed = 0;
      for (int i = 0; i < per_client; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        auto r = api.post("/api/v1/dossiers", body);
        const auto t1 = std::chrono::steady_clock::now();
        if (r.status != 201) ++failed;
        mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      }
      std::lock_guard lock(mutex);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
      failures += failed;
    });
  }
  for (auto& t : threads) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies_ms.begin(), latencies_ms.end());
  auto pct = [&](double p) {
    return latencies_ms[std::min(latencies_ms.size() - 1, size_t(p * latencies_ms.size()))];
  };
  std::printf(
      "intake on %s: %d clients x %d dossiers = %zu in %.2f s -> %.0f dossiers/s, %d failed\n",
      engine, clients, per_client, latencies_ms.size(), seconds, latencies_ms.size() / seconds,
      failures);
  std::printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", pct(0.50), pct(0.90),
              pct(0.99), latencies_ms.back());
  std::fflush(stdout);
  return failures;
}

}  // namespace

int main(int argc, char** argv) {
  int clients = 16;
  int per_client = 200;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--clients")) clients = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--requests-per-client")) per_client = std::atoi(argv[i + 1]);
  }
  const int failures = motcua::bench::on_each_engine(
      [&](const char* engine) { return run(engine, clients, per_client); });
  return failures == 0 ? 0 : 1;
}

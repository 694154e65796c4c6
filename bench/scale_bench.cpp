// Scale benchmark: what a person's request costs as history grows. For each size it seeds a
// fresh SQLite file with the demo data, loads N dossiers through the store's own functions,
// starts the real server on it (loopback) and times each kind of request a person makes.
//   build/bench/scale_bench [--dossiers N] [--sizes N1,N2,...] [--iterations K] [--keep-db]
// Without --sizes it runs N/10 and N (N defaults to 1,000,000).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_support.hpp"
#include "scale_load.hpp"
#include "support/api_client.hpp"

using namespace motcua;
using namespace motcua::testing;
using motcua::bench::file_mib;
using motcua::bench::status_kib;
using motcua::bench::time_it;
using motcua::bench::Timing;

namespace {

// The moment the data is built around and the server's clock starts from: a Tuesday morning.
constexpr const char* kNow = "2026-03-03T10:00:00+07:00";
constexpr const char* kDemoCommune = "20410";

struct SizeReport {
  long long n = 0;
  double load_seconds = 0;
  double db_mib = 0;
  long rss_kib = 0, hwm_kib = 0;
  std::vector<Timing> timings;
};

// The page after `pages` pages of `path`, following next_cursor (or, from a server without
// cursors, the same position by offset).
std::string deep_page(ApiClient& api, const std::string& path, int pages) {
  std::string cursor;
  for (int p = 0; p < pages; ++p) {
    auto r = api.get(path + (cursor.empty() ? "" : "&cursor=" + cursor));
    if (r.status != 200 || !r.json.contains("next_cursor"))
      return path + "&offset=" + std::to_string(pages * 50);
    if (r.json["next_cursor"].is_null()) break;
    cursor = r.json["next_cursor"].get<std::string>();
  }
  return path + (cursor.empty() ? "" : "&cursor=" + cursor);
}

SizeReport run_size(long long n, int iterations, bool keep_db) {
  SizeReport rep;
  rep.n = n;
  const std::string dir =
      std::filesystem::temp_directory_path() / ("motcua-scale-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_path = dir + "/scale-" + std::to_string(n) + ".db";
  std::filesystem::remove(db_path);
  { ServerProcess seed({"--demo"}, db_path); }  // the demo data, seeded by the server itself

  const auto t0 = std::chrono::steady_clock::now();
  bench::LoadResult loaded;
  {
    auto db = store::Database::open_sqlite(db_path);
    if (!db.ok()) throw std::runtime_error(db.error().message);
    auto r = bench::load_dossiers(**db, n, *parse_iso(kNow), kDemoCommune);
    if (!r.ok()) throw std::runtime_error(r.error().message);
    loaded = std::move(*r);
  }
  rep.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rep.db_mib = file_mib(db_path);
  std::printf(
      "\n== %lld dossiers: loaded in %.1f s (%.0f dossiers/s, %lld events); file %.0f MiB; "
      "demo commune: %lld open, %lld overdue\n",
      n, rep.load_seconds, double(n) / rep.load_seconds, loaded.events, rep.db_mib,
      loaded.demo_open, loaded.demo_overdue);
  std::fflush(stdout);

  ServerProcess server({"--test-clock"}, db_path);
  ApiClient clock(server);
  clock.set_clock(kNow);
  auto user = [&](const char* name) {
    auto api = std::make_unique<ApiClient>(server);
    api->login(name);
    return api;
  };
  auto specialist = user("specialist");
  auto leader = user("leader");
  auto admin = user("admin");
  auto anyone = std::make_unique<ApiClient>(server);
  auto ok = [](const ApiResponse& r) { return r.status == 200; };
  const auto& samples = loaded.samples;
  auto sample = [&](int i) -> const bench::Sample& { return samples[size_t(i) % samples.size()]; };

  const std::string queue = "/api/v1/me/queue?limit=50";
  const std::string deep_queue = deep_page(*specialist, queue, 20);
  const std::string report = "/api/v1/reports/apologies?limit=50";
  const std::string deep_report = deep_page(*leader, report, 5);
  rep.timings.push_back(time_it("queue, first page (specialist)", iterations,
                                [&](int) { return ok(specialist->get(queue)); }));
  rep.timings.push_back(time_it("queue, page 21 by cursor", iterations,
                                [&](int) { return ok(specialist->get(deep_queue)); }));
  rep.timings.push_back(time_it("queue, first page (admin: agency)", iterations,
                                [&](int) { return ok(admin->get(queue)); }));
  rep.timings.push_back(time_it("apology report, first page", iterations,
                                [&](int) { return ok(leader->get(report)); }));
  rep.timings.push_back(time_it("apology report, counts over a year", iterations, [&](int) {
    return ok(leader->get(report + "&from=2025-03-03T00:00:00%2B07:00"));
  }));
  rep.timings.push_back(time_it("apology report, page 6 by cursor", iterations,
                                [&](int) { return ok(leader->get(deep_report)); }));
  rep.timings.push_back(time_it("dossier read", iterations, [&](int i) {
    return ok(leader->get("/api/v1/dossiers/" + sample(i).code));
  }));
  rep.timings.push_back(time_it("dossier history", iterations, [&](int i) {
    return ok(leader->get("/api/v1/dossiers/" + sample(i + 7).code + "/history"));
  }));
  // Lookups are limited to 30 a minute per address: the clock moves a minute on every 25.
  int minute = 0;
  rep.timings.push_back(time_it("public lookup", iterations, [&](int i) {
    if (i % 25 == 0) {
      TimePoint t = *parse_iso(kNow) + std::chrono::minutes(++minute);
      clock.set_clock(format_iso(t));
    }
    const auto& s = sample(i + 13);
    return ok(anyone->get("/api/v1/public/dossiers/" + s.code + "?phone_last4=" + s.phone_last4));
  }));
  const char* queries[] = {"khai%20sinh", "ket%20hon", "chung%20thuc", "dat%20dai", "ho%20tich"};
  rep.timings.push_back(time_it("catalogue search", iterations, [&](int i) {
    return ok(anyone->get(std::string("/api/v1/procedures?limit=20&q=") + queries[i % 5]));
  }));
  rep.rss_kib = status_kib(server.pid(), "VmRSS:");
  rep.hwm_kib = status_kib(server.pid(), "VmHWM:");

  std::printf("%-36s %9s %9s %9s\n", "request", "p50 ms", "p99 ms", "max ms");
  for (const auto& t : rep.timings)
    std::printf("%-36s %9.2f %9.2f %9.2f%s\n", t.name.c_str(), t.p50, t.p99, t.max,
                t.failures ? ("  (" + std::to_string(t.failures) + " failed)").c_str() : "");
  std::printf("server RSS %.1f MiB (peak %.1f MiB)\n", rep.rss_kib / 1024.0, rep.hwm_kib / 1024.0);
  std::fflush(stdout);
  server.stop();
  if (!keep_db)
    std::filesystem::remove_all(dir);
  else
    std::printf("database kept: %s\n", db_path.c_str());
  return rep;
}

}  // namespace

int main(int argc, char** argv) {
  motcua::bench::SizeOptions o;
  o.iterations = 300;
  if (!motcua::bench::parse_size_options(argc, argv, o)) return 2;
  const int iterations = o.iterations;
  const bool keep_db = o.keep_db;
  const std::vector<long long>& sizes = o.sizes;
  std::vector<SizeReport> reports;
  int failures = 0;
  for (long long s : sizes) {
    reports.push_back(run_size(s, iterations, keep_db));
    for (const auto& t : reports.back().timings) failures += t.failures;
  }
  // How each figure grows from the smallest size to the largest.
  std::printf("\n== growth (p99 ms)\n%-36s", "request");
  for (const auto& r : reports) std::printf(" %10lld", r.n);
  std::printf("\n");
  for (size_t k = 0; k < reports.front().timings.size(); ++k) {
    std::printf("%-36s", reports.front().timings[k].name.c_str());
    for (const auto& r : reports) std::printf(" %10.2f", r.timings[k].p99);
    std::printf("\n");
  }
  std::printf("%-36s", "load s / file MiB / RSS MiB");
  for (const auto& r : reports)
    std::printf(" %4.0f/%4.0f/%3.0f", r.load_seconds, r.db_mib, r.rss_kib / 1024.0);
  std::printf("\n");
  return failures == 0 ? 0 : 1;
}

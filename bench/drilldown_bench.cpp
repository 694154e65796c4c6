// The dossiers behind each figure (issue 12, point 4): what a page of a drill-down list, the
// backlog and the bottlenecks cost as history grows. For each size it seeds a fresh SQLite
// file with the demo data, loads N dossiers with realistic histories (scale_load.hpp),
// rebuilds the counters and the marks, then starts the real server and times, over loopback,
// the first page and a page 20 pages deep (by cursor) of several lists, as the province and
// as the commune.
//   build/bench/drilldown_bench [--dossiers N] [--sizes N1,N2,...] [--iterations K]
// Without --sizes it runs N/10 and N (N defaults to 1,000,000).
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "bench_support.hpp"
#include "motcua/service/stats_service.hpp"
#include "scale_load.hpp"
#include "support/api_client.hpp"

using namespace motcua;
using namespace motcua::testing;
using motcua::bench::Timing;

namespace {

constexpr const char* kNow = "2026-03-03T10:00:00+07:00";

std::vector<Timing> run_size(long long n, int iterations) {
  const std::string dir =
      std::filesystem::temp_directory_path() / ("motcua-drill-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_path = dir + "/drill-" + std::to_string(n) + ".db";
  std::filesystem::remove(db_path);
  { ServerProcess seed({"--demo"}, db_path); }
  {
    auto db = store::Database::open_sqlite(db_path);
    if (!db.ok()) throw std::runtime_error(db.error().message);
    auto loaded = bench::load_dossiers(**db, n, *parse_iso(kNow), "20410");
    if (!loaded.ok()) throw std::runtime_error(loaded.error().message);
    SystemClock clock;
    service::StatsService stats(**db, clock);
    const auto t0 = std::chrono::steady_clock::now();
    if (Status s = stats.rebuild(); !s.ok()) throw std::runtime_error(s.error().message);
    std::printf("\n== %lld dossiers: counters and marks rebuilt in %.1f s; file %.0f MiB\n", n,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                bench::file_mib(db_path));
  }
  ServerProcess server({"--test-clock"}, db_path);
  ApiClient clock(server);
  clock.set_clock(kNow);
  ApiClient province(server), commune(server);
  province.login("province_admin");
  commune.login("leader");
  // The cursor 20 pages into each list, found once.
  auto deep_cursor = [](ApiClient& who, const std::string& path) {
    std::string cursor;
    for (int i = 0; i < 20; ++i) {
      auto r = who.get(path + (cursor.empty() ? "" : "&cursor=" + cursor));
      if (r.status != 200 || r.json["next_cursor"].is_null()) break;
      cursor = r.json["next_cursor"];
    }
    return cursor;
  };
  struct Query {
    std::string name;
    ApiClient* who;
    std::string path;
  };
  const std::string list = "/api/v1/stats/dossiers?limit=50&";
  std::vector<Query> queries;
  for (const auto& [who_name, who] :
       {std::pair{std::string("province"), &province}, {std::string("commune"), &commune}}) {
    for (const auto& [name, q] : std::vector<std::pair<std::string, std::string>>{
             {"received, a month", "measure=received&from=2026-02-01&to=2026-02-28"},
             {"finished late, a year", "measure=finished_late&from=2025-03-01&to=2026-02-28"},
             {"overdue now", "measure=in_progress_overdue&from=2026-03-01&to=2026-03-31"},
             {"open on time now", "measure=in_progress_on_time&from=2026-03-01&to=2026-03-31"},
             {"overdue at a past month's end",
              "measure=in_progress_overdue&from=2026-01-01&to=2026-01-31"}}) {
      queries.push_back({who_name + ", " + name, who, list + q});
      const std::string cursor = deep_cursor(*who, list + q);
      if (!cursor.empty())
        queries.push_back(
            {who_name + ", " + name + ", page 21", who, list + q + "&cursor=" + cursor});
    }
  }
  queries.push_back({"commune, backlog", &commune, "/api/v1/stats/backlog?limit=50"});
  queries.push_back({"commune, bottlenecks, a month", &commune,
                     "/api/v1/stats/bottlenecks?from=2026-02-01&to=2026-02-28"});
  std::vector<Timing> timings;
  for (const auto& q : queries)
    timings.push_back(
        bench::time_it(q.name, iterations, [&](int) { return q.who->get_status(q.path) == 200; }));
  std::printf("%-52s %9s %9s %9s\n", "query", "p50 ms", "p99 ms", "max ms");
  for (const auto& t : timings)
    std::printf("%-52s %9.2f %9.2f %9.2f%s\n", t.name.c_str(), t.p50, t.p99, t.max,
                t.failures ? ("  (" + std::to_string(t.failures) + " failed)").c_str() : "");
  std::printf("server RSS %.1f MiB\n", bench::status_kib(server.pid(), "VmRSS:") / 1024.0);
  std::fflush(stdout);
  server.stop();
  std::filesystem::remove_all(dir);
  return timings;
}

}  // namespace

int main(int argc, char** argv) {
  motcua::bench::SizeOptions o;
  o.iterations = 100;
  if (!motcua::bench::parse_size_options(argc, argv, o)) return 2;
  int failures = 0;
  for (long long s : o.sizes)
    for (const auto& t : run_size(s, o.iterations)) failures += t.failures;
  return failures == 0 ? 0 : 1;
}

// Statistics benchmark (issue 12): what the leaders' dashboard costs as history grows. For each
// size it seeds a fresh SQLite file with the demo data, loads N dossiers with realistic
// histories (scale_load.hpp), times the full rebuild of the counters and their verification,
// then starts the real server on it and times each dashboard query over loopback. Last, it
// exports the dossiers (`motcua export dossiers`) and has DuckDB recount the same figures
// (bench/duckdb/stats_duckdb.mjs): both results are printed and must be identical.
//   build/bench/stats_bench [--dossiers N] [--sizes N1,N2,...] [--iterations K] [--keep-db]
//                           [--loaded-db FILE]   (a kept file: the load is skipped)
//                           [--counters-built]   (and its counters, rebuilt and verified by
//                                                 an earlier run: only the queries are timed)
// Without --sizes it runs N/10 and N (N defaults to 1,000,000).
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_support.hpp"
#include "motcua/service/stats_service.hpp"
#include "scale_load.hpp"
#include "support/api_client.hpp"

using namespace motcua;
using namespace motcua::testing;
using motcua::bench::Timing;

namespace {

constexpr const char* kNow = "2026-03-03T10:00:00+07:00";
constexpr const char* kDemoCommune = "20410";

struct SizeReport {
  long long n = 0;
  double load_seconds = 0, rebuild_seconds = 0, verify_seconds = 0;
  double db_mib = 0;
  long rss_kib = 0, hwm_kib = 0;
  std::vector<Timing> timings;
  double export_seconds = 0, export_mib = 0;
  int mismatches = 0;
};

// A figure the API and DuckDB both give for a query without grouping.
struct CrossCheck {
  const char* name;
  ApiClient* who;
  std::string from, to;
  bool includes_now;  // stocks are judged at the export's time only then
};

const char* const kStocks[] = {"in_progress_on_time", "in_progress_overdue",
                               "waiting_for_applicant"};

// Compares one query's figures; prints and counts each difference.
int compare(const CrossCheck& q, const nlohmann::json& api, const nlohmann::json& duck) {
  int differences = 0;
  for (const auto& [name, value] : duck.items()) {
    if (!q.includes_now &&
        std::find(std::begin(kStocks), std::end(kStocks), name) != std::end(kStocks))
      continue;
    nlohmann::json expected = value;
    if (name == "processing_seconds" || name == "allowed_seconds") {
      const double n = duck["processing_finished"].get<double>();
      const char* mean =
          name == "processing_seconds" ? "processing_hours_mean" : "statutory_hours_mean";
      const double theirs = n > 0 ? value.get<double>() / (n * 3600.0) : 0;
      const double ours = api[mean].is_number() ? api[mean].get<double>() : 0;
      if (std::abs(theirs - ours) > 1e-9 * std::max(1.0, ours)) {
        std::printf("  DIFFERENT %s %s: motcua %.9f, DuckDB %.9f\n", q.name, mean, ours, theirs);
        ++differences;
      }
      continue;
    }
    if ((name == "processing_hours_p50" || name == "processing_hours_p90") && value == 1000000)
      expected = nullptr;
    if (api[name] != expected) {
      std::printf("  DIFFERENT %s %s: motcua %s, DuckDB %s\n", q.name, name.c_str(),
                  api[name].dump().c_str(), expected.dump().c_str());
      ++differences;
    }
  }
  return differences;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

SizeReport run_size(long long n, int iterations, bool keep_db, const std::string& loaded_db,
                    bool counters_built) {
  SizeReport rep;
  rep.n = n;
  const std::string dir =
      std::filesystem::temp_directory_path() / ("motcua-stats-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string db_path =
      loaded_db.empty() ? dir + "/stats-" + std::to_string(n) + ".db" : loaded_db;
  if (loaded_db.empty()) {
    std::filesystem::remove(db_path);
    ServerProcess seed({"--demo"}, db_path);
  }

  auto t0 = std::chrono::steady_clock::now();
  {
    auto db = store::Database::open_sqlite(db_path);
    if (!db.ok()) throw std::runtime_error(db.error().message);
    if (loaded_db.empty()) {
      auto loaded = bench::load_dossiers(**db, n, *parse_iso(kNow), kDemoCommune,
                                         bench::OpenShare::realistic);
      if (!loaded.ok()) throw std::runtime_error(loaded.error().message);
    }
    rep.load_seconds = seconds_since(t0);
    // Said at once: a 10 M load takes over an hour, and the timed phases start now.
    if (loaded_db.empty())
      std::printf("loaded %lld dossiers in %.1f s; rebuilding the counters\n", n, rep.load_seconds);
    else
      std::printf("%lld dossiers as loaded earlier in %s, opened in %.1f s; %s\n", n,
                  loaded_db.c_str(), rep.load_seconds,
                  counters_built ? "its counters as an earlier run rebuilt and verified them"
                                 : "rebuilding the counters");
    std::fflush(stdout);
    if (counters_built) rep.load_seconds = 0;
    // The loader writes rows as the server would but keeps no counters: the rebuild makes them.
    SystemClock clock;
    service::StatsService stats(**db, clock);
    if (!counters_built) {
      t0 = std::chrono::steady_clock::now();
      if (Status s = stats.rebuild(); !s.ok()) throw std::runtime_error(s.error().message);
      rep.rebuild_seconds = seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      auto diff = stats.verify();
      if (!diff.ok()) throw std::runtime_error(diff.error().message);
      if (*diff) throw std::runtime_error("verify found a difference: " + **diff);
      rep.verify_seconds = seconds_since(t0);
    }
  }
  rep.db_mib = bench::file_mib(db_path);
  std::printf(
      "\n== %lld dossiers: loaded in %.1f s; counters rebuilt in %.1f s (%.0f dossiers/s), "
      "verified in %.1f s; file %.0f MiB\n",
      n, rep.load_seconds, rep.rebuild_seconds, double(n) / rep.rebuild_seconds, rep.verify_seconds,
      rep.db_mib);
  std::fflush(stdout);

  ServerProcess server({"--test-clock"}, db_path);
  ApiClient clock(server);
  clock.set_clock(kNow);
  ApiClient province(server), commune(server);
  province.login("province_admin");
  commune.login("leader");
  const std::string base = "/api/v1/stats/indicators?";
  struct Query {
    const char* name;
    ApiClient* who;
    std::string query;
  };
  const std::vector<Query> queries = {
      {"province, this month", &province, "from=2026-03-01&to=2026-03-31"},
      {"province, last month", &province, "from=2026-02-01&to=2026-02-28"},
      {"province, a year by month", &province, "from=2025-03-01&to=2026-02-28&group_by=month"},
      {"province, 30 days by day", &province, "from=2026-02-02&to=2026-03-03&group_by=day"},
      {"province, a quarter by agency", &province, "from=2025-12-01&to=2026-02-28&group_by=agency"},
      {"province, a quarter by procedure", &province,
       "from=2025-12-01&to=2026-02-28&group_by=procedure"},
      {"province, a year by field", &province, "from=2025-03-01&to=2026-02-28&group_by=field"},
      {"commune, this month", &commune, "from=2026-03-01&to=2026-03-31"},
      {"commune, a year by channel", &commune, "from=2025-03-01&to=2026-02-28&group_by=channel"},
  };
  for (const auto& q : queries)
    rep.timings.push_back(bench::time_it(
        q.name, iterations, [&](int) { return q.who->get_status(base + q.query) == 200; }));
  rep.rss_kib = bench::status_kib(server.pid(), "VmRSS:");
  rep.hwm_kib = bench::status_kib(server.pid(), "VmHWM:");
  std::printf("%-36s %9s %9s %9s\n", "dashboard query", "p50 ms", "p99 ms", "max ms");
  for (const auto& t : rep.timings)
    std::printf("%-36s %9.2f %9.2f %9.2f%s\n", t.name.c_str(), t.p50, t.p99, t.max,
                t.failures ? ("  (" + std::to_string(t.failures) + " failed)").c_str() : "");
  std::printf("server RSS %.1f MiB (peak %.1f MiB)\n", rep.rss_kib / 1024.0, rep.hwm_kib / 1024.0);
  std::fflush(stdout);

  // The same figures recounted by DuckDB over the analysts' export.
  const std::string csv = dir + "/export-" + std::to_string(n) + ".csv";
  std::string out;
  t0 = std::chrono::steady_clock::now();
  if (run_motcua({"export", "dossiers", "--db", db_path, "--out", csv, "--at", kNow}, &out) != 0)
    throw std::runtime_error("export failed: " + out);
  rep.export_seconds = seconds_since(t0);
  rep.export_mib = bench::file_mib(csv);
  std::printf("export: %lld dossiers in %.1f s (%.0f dossiers/s), %.0f MiB\n", n,
              rep.export_seconds, double(n) / rep.export_seconds, rep.export_mib);
  const std::vector<CrossCheck> checks = {
      {"province, this month", &province, "2026-03-01", "2026-03-31", true},
      {"province, last month", &province, "2026-02-01", "2026-02-28", false},
      {"province, a year", &province, "2025-03-01", "2026-02-28", false},
      {"commune, this month", &commune, "2026-03-01", "2026-03-31", true},
      {"commune, last month", &commune, "2026-02-01", "2026-02-28", false},
  };
  nlohmann::json plan = nlohmann::json::array();
  std::vector<nlohmann::json> answers;
  for (const auto& q : checks) {
    auto r = q.who->get(base + "from=" + q.from + "&to=" + q.to);
    if (r.status != 200) throw std::runtime_error("indicators: " + r.body);
    answers.push_back(r.json["rows"][0]);
    plan.push_back({{"name", q.name},
                    {"from", q.from},
                    {"to", q.to},
                    {"agency_path", "/" + r.json["agency"].get<std::string>() + "/"}});
  }
  const std::string script = std::string(MOTCUA_SOURCE_DIR) + "/bench/duckdb";
  if (!std::filesystem::exists(script + "/node_modules") &&
      run_command("cd '" + script + "' && npm ci --no-audit --no-fund", &out) != 0)
    throw std::runtime_error("npm ci in bench/duckdb failed: " + out);
  const std::string plan_file = dir + "/duckdb-plan.json";
  std::ofstream(plan_file) << plan.dump();
  if (run_command("node '" + script + "/stats_duckdb.mjs' --csv '" + csv + "' --judged-at '" +
                      kNow + "' --iterations " + std::to_string(std::max(5, iterations / 10)) +
                      " --queries \"$(cat '" + plan_file + "')\"",
                  &out) != 0)
    throw std::runtime_error("DuckDB failed: " + out);
  const auto duck = nlohmann::json::parse(out.substr(out.find('{')), nullptr, false);
  if (!duck.is_object()) throw std::runtime_error("DuckDB said: " + out);
  std::printf("DuckDB: %lld rows loaded from the CSV in %.0f ms\n", duck["rows"].get<long long>(),
              duck["load_ms"].get<double>());
  std::printf("%-24s %9s %9s %9s %9s %9s %9s  %s\n", "same figures", "received", "late", "overdue",
              "p50 h", "motcua ms", "DuckDB ms", "verdict");
  for (std::size_t k = 0; k < checks.size(); ++k) {
    const auto& d = duck["queries"][k];
    const int diff = compare(checks[k], answers[k], d["figures"]);
    rep.mismatches += diff;
    const auto t = bench::time_it(checks[k].name, iterations, [&](int) {
      return checks[k].who->get_status(base + "from=" + checks[k].from + "&to=" + checks[k].to) ==
             200;
    });
    std::printf("%-24s %9lld %9lld %9lld %9s %9.2f %9.2f  %s\n", checks[k].name,
                answers[k]["received"].get<long long>(),
                answers[k]["finished_late"].get<long long>(),
                answers[k]["in_progress_overdue"].get<long long>(),
                answers[k]["processing_hours_p50"].dump().c_str(), t.p50, d["p50_ms"].get<double>(),
                diff == 0 ? "identical" : "DIFFERENT");
  }
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
  o.iterations = 200;
  if (!motcua::bench::parse_size_options(argc, argv, o)) return 2;
  const int iterations = o.iterations;
  const bool keep_db = o.keep_db;
  const std::vector<long long>& sizes = o.sizes;
  std::vector<SizeReport> reports;
  int failures = 0;
  for (long long s : sizes) {
    reports.push_back(run_size(s, iterations, keep_db, o.loaded_db, o.counters_built));
    for (const auto& t : reports.back().timings) failures += t.failures;
    failures += reports.back().mismatches;
  }
  std::printf("\n== growth (p99 ms)\n%-36s", "dashboard query");
  for (const auto& r : reports) std::printf(" %10lld", r.n);
  std::printf("\n");
  for (size_t k = 0; k < reports.front().timings.size(); ++k) {
    std::printf("%-36s", reports.front().timings[k].name.c_str());
    for (const auto& r : reports) std::printf(" %10.2f", r.timings[k].p99);
    std::printf("\n");
  }
  std::printf("%-36s", "export s / CSV MiB");
  for (const auto& r : reports) std::printf(" %6.0f/%5.0f", r.export_seconds, r.export_mib);
  std::printf("\n%-36s", "rebuild s / file MiB / RSS MiB");
  for (const auto& r : reports)
    std::printf(" %4.0f/%4.0f/%3.0f", r.rebuild_seconds, r.db_mib, r.rss_kib / 1024.0);
  std::printf("\n");
  return failures == 0 ? 0 : 1;
}

#pragma once
// What the benchmarks share: timing a request many times (p50, p99, max), a process's memory
// from /proc, and a database file's size.
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace motcua::bench {

// Runs `run(engine name)` on SQLite, then, when MOTCUA_TEST_PG names a PostgreSQL server, on
// PostgreSQL (the test support's ServerProcess picks the engine from that variable), so one
// benchmark run prints both engines' figures (issue 13, point 7). Returns the sum of failures.
template <class Run>
int on_each_engine(Run run) {
  const char* pg = std::getenv("MOTCUA_TEST_PG");
  const std::string postgres = pg ? pg : "";
  ::unsetenv("MOTCUA_TEST_PG");
  int failures = run("SQLite");
  if (!postgres.empty()) {
    ::setenv("MOTCUA_TEST_PG", postgres.c_str(), 1);
    failures += run("PostgreSQL");
  }
  return failures;
}

struct Timing {
  std::string name;
  double p50 = 0, p99 = 0, max = 0;
  int failures = 0;
};

inline long status_kib(int pid, const char* key) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::atol(line.c_str() + std::strlen(key));
  return -1;
}

inline double file_mib(const std::string& path) {
  double total = 0;
  for (const char* suffix : {"", "-wal"}) {
    struct stat st {};
    if (::stat((path + suffix).c_str(), &st) == 0) total += double(st.st_size);
  }
  return total / (1024.0 * 1024.0);
}

// Runs `request` `iterations` times after a short warm-up; the request answers whether it
// succeeded.
template <class F>
Timing time_it(const std::string& name, int iterations, F request) {
  Timing t{name};
  for (int i = 0; i < 3; ++i) request(i);
  std::vector<double> ms;
  for (int i = 0; i < iterations; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const bool ok = request(i);
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    if (!ok) ++t.failures;
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * ms.size()))]; };
  t.p50 = pct(0.50);
  t.p99 = pct(0.99);
  t.max = ms.back();
  return t;
}

// The options every size-growth benchmark takes:
//   [--dossiers N] [--sizes N1,N2,...] [--iterations K] [--keep-db] [--loaded-db FILE]
// Without --sizes it runs N/10 and N. --loaded-db: a file an earlier run loaded and kept
// (--keep-db), used for the one size given instead of loading again (a 10 M load takes over
// an hour). False after printing the usage on a bad option.
struct SizeOptions {
  long long dossiers = 1'000'000;
  int iterations = 0;
  bool keep_db = false;
  std::string loaded_db;
  bool counters_built = false;  // with loaded_db: its counters were rebuilt and verified before
  std::vector<long long> sizes;
};
inline bool parse_size_options(int argc, char** argv, SizeOptions& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : "";
    if (a == "--dossiers")
      o.dossiers = std::atoll(v), ++i;
    else if (a == "--iterations")
      o.iterations = std::atoi(v), ++i;
    else if (a == "--keep-db")
      o.keep_db = true;
    else if (a == "--loaded-db")
      o.loaded_db = v, ++i;
    else if (a == "--counters-built")
      o.counters_built = true;
    else if (a == "--sizes") {
      std::stringstream ss(v);
      for (std::string s; std::getline(ss, s, ',');) o.sizes.push_back(std::atoll(s.c_str()));
      ++i;
    } else {
      std::fprintf(stderr,
                   "usage: %s [--dossiers N] [--sizes N1,N2] [--iterations K] [--keep-db] "
                   "[--loaded-db FILE [--counters-built]]\n",
                   argv[0]);
      return false;
    }
  }
  if (o.sizes.empty()) o.sizes = {std::max(1LL, o.dossiers / 10), o.dossiers};
  if (!o.loaded_db.empty() && o.sizes.size() != 1) {
    std::fprintf(stderr, "--loaded-db holds one size: give it with --sizes N\n");
    return false;
  }
  if (o.counters_built && o.loaded_db.empty()) {
    std::fprintf(stderr, "--counters-built is said of a --loaded-db file\n");
    return false;
  }
  return true;
}

}  // namespace motcua::bench

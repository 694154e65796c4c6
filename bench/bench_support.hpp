#pragma once
// What the benchmarks share: timing a request many times (p50, p99, max), a process's memory
// from /proc, and a database file's size.
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace motcua::bench {

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

}  // namespace motcua::bench

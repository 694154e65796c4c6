#pragma once
// What a node tells Prometheus at GET /metrics (issue 13, point 6; docs/deploy.md says what to
// watch): requests by route and status, their latency, and the database's writer and reader
// pool. The text exposition format 0.0.4 is written here: Debian ships no C++ Prometheus
// client, and the format is a few lines of text per series.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "motcua/store/database.hpp"

namespace motcua::http {

class RequestMetrics {
 public:
  // Latency bucket bounds in seconds: from a cached read (~0.2 ms) to a slow report.
  static constexpr std::array<double, 12> kLatencyBounds = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5};

  // One answered request. `route` is the route's pattern as OpenAPI writes it
  // (/api/v1/dossiers/{}), so that a dossier code never becomes a series of its own; empty when
  // no route matched.
  void record(std::string_view method, std::string_view route, int status, double seconds);

  // Every series, these and the database's, as Prometheus reads them.
  std::string exposition(const store::Database::Gauges& db) const;

 private:
  struct Latency {
    std::array<std::uint64_t, kLatencyBounds.size()> up_to{};  // not cumulative here
    double sum = 0;
    std::uint64_t count = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Latency> latency_;
};

}  // namespace motcua::http

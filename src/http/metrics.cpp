#include "metrics.hpp"

#include <charconv>

namespace motcua::http {

namespace {

// A label value as the format wants it: backslash, double quote and newline escaped.
std::string label(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// Shortest form that reads back exactly; `fixed` for bucket bounds, which people read ("0.0005",
// not "5e-04").
std::string number(double v, std::chars_format format = std::chars_format::general) {
  char buf[64];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, format);
  return std::string(buf, ec == std::errc() ? end : buf);
}

void header(std::string& out, const char* name, const char* type, const char* help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void gauge(std::string& out, const char* name, const char* help, std::uint64_t value) {
  header(out, name, "gauge", help);
  out += name;
  out += ' ' + std::to_string(value) + '\n';
}

}  // namespace

void RequestMetrics::record(std::string_view method, std::string_view route, int status,
                            double seconds) {
  std::size_t slot = 0;
  while (slot < kLatencyBounds.size() && seconds > kLatencyBounds[slot]) ++slot;
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(method), std::string(route), status}];
  auto& l = latency_[{std::string(method), std::string(route)}];
  if (slot < kLatencyBounds.size()) ++l.up_to[slot];
  l.sum += seconds;
  ++l.count;
}

std::string RequestMetrics::exposition(const store::Database::Gauges& db) const {
  std::string out;
  {
    std::lock_guard lock(mutex_);
    header(out, "motcua_http_requests_total", "counter",
           "Requests answered, by method, route pattern (\"\" when none matched) and status.");
    for (const auto& [key, n] : requests_) {
      const auto& [method, route, status] = key;
      out += "motcua_http_requests_total{method=\"" + label(method) + "\",route=\"" + label(route) +
             "\",status=\"" + std::to_string(status) + "\"} " + std::to_string(n) + '\n';
    }
    header(out, "motcua_http_request_duration_seconds", "histogram",
           "Time from the request's arrival to its answer, by method and route pattern.");
    for (const auto& [key, l] : latency_) {
      const std::string labels =
          "method=\"" + label(key.first) + "\",route=\"" + label(key.second) + "\"";
      std::uint64_t running = 0;
      for (std::size_t i = 0; i < kLatencyBounds.size(); ++i) {
        running += l.up_to[i];
        out += "motcua_http_request_duration_seconds_bucket{" + labels + ",le=\"" +
               number(kLatencyBounds[i], std::chars_format::fixed) + "\"} " +
               std::to_string(running) + '\n';
      }
      out += "motcua_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
             std::to_string(l.count) + '\n';
      out += "motcua_http_request_duration_seconds_sum{" + labels + "} " + number(l.sum) + '\n';
      out += "motcua_http_request_duration_seconds_count{" + labels + "} " +
             std::to_string(l.count) + '\n';
    }
  }
  gauge(out, "motcua_db_writer_queue_depth", "Changes waiting for the database writer.",
        db.queue_depth);
  header(out, "motcua_db_commit_group_size", "histogram",
         "Changes committed together in one writer transaction.");
  for (std::size_t i = 0; i < db.groups_up_to.size(); ++i)
    out += "motcua_db_commit_group_size_bucket{le=\"" +
           std::to_string(store::Database::kGroupSizeBounds[i]) + "\"} " +
           std::to_string(db.groups_up_to[i]) + '\n';
  out += "motcua_db_commit_group_size_bucket{le=\"+Inf\"} " + std::to_string(db.groups) + '\n';
  out += "motcua_db_commit_group_size_sum " + std::to_string(db.grouped_changes) + '\n';
  out += "motcua_db_commit_group_size_count " + std::to_string(db.groups) + '\n';
  gauge(out, "motcua_db_readers_in_use", "Reader connections lent to requests now.",
        db.readers_lent);
  gauge(out, "motcua_db_readers_open", "Reader connections open, in use or idle.", db.readers_open);
  gauge(out, "motcua_db_readers_max", "The most reader connections a node opens.", db.readers_max);
  return out;
}

}  // namespace motcua::http

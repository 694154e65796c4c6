#include "route_table.hpp"

#include <optional>
#include <stdexcept>
#include <string_view>

#include "json_io.hpp"
#include "motcua/text/normalize.hpp"

namespace motcua::http {

std::string openapi_path_of(const std::string& pattern) {
  constexpr std::string_view kSyntax = "^$.*+?()[]{}|";
  std::string path;
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    const bool escaped = c == '\\';
    if (escaped && ++i == pattern.size())
      throw std::invalid_argument("route pattern ends in a backslash: " + pattern);
    if (depth > 0) {
      // Inside a group only the parentheses matter; [] may not hold one ("[(]" is not used).
      if (!escaped && c == '(') ++depth;
      if (!escaped && c == ')' && --depth == 0) path += "{}";
      continue;
    }
    if (escaped) {
      // Only an escaped literal such as \. may stand outside a group, not a class such as \d.
      if (kSyntax.find(pattern[i]) == std::string_view::npos && pattern[i] != '-' &&
          pattern[i] != '/')
        throw std::invalid_argument("route pattern has a character class outside a group: " +
                                    pattern);
      path += pattern[i];
    } else if (c == '(') {
      depth = 1;
    } else if (kSyntax.find(c) != std::string_view::npos) {
      throw std::invalid_argument("route pattern has regular-expression syntax outside a group: " +
                                  pattern);
    } else {
      path += c;
    }
  }
  if (depth != 0) throw std::invalid_argument("route pattern has an unclosed group: " + pattern);
  return path;
}

namespace {
thread_local std::string current_route;

// The first part of a request that is not well-formed UTF-8 once percent-decoded: "path", a
// query parameter's name, or the Idempotency-Key header.
std::optional<std::string> ill_formed_part(const httplib::Request& req) {
  if (!text::is_valid_utf8(req.path)) return "path";
  for (const auto& [name, value] : req.params) {
    if (!text::is_valid_utf8(name)) return "query";
    if (!text::is_valid_utf8(value)) return name;
  }
  if (!text::is_valid_utf8(req.get_header_value("Idempotency-Key"))) return "Idempotency-Key";
  return std::nullopt;
}
}  // namespace

const std::string& matched_route() { return current_route; }
void clear_matched_route() { current_route.clear(); }

httplib::Server::Handler RouteTable::record(const char* method, const std::string& pattern,
                                            httplib::Server::Handler handler) {
  routes_.push_back({method, pattern, openapi_path_of(pattern)});
  return [path = routes_.back().path, handler = std::move(handler)](const httplib::Request& req,
                                                                    httplib::Response& res) {
    current_route = path;
    // Percent-decoding can make any bytes of a path or query; only text reaches a handler, so
    // that no log line or database (PostgreSQL refuses ill-formed UTF-8) meets the rest. Here,
    // after the body was read, so that the client reads the answer rather than a reset.
    if (auto field = ill_formed_part(req)) {
      send_error(res, make_error(ErrorCode::invalid, "request.not_utf8",
                                 "the request's " + *field + " is not valid UTF-8 text",
                                 *field + " của yêu cầu không phải văn bản UTF-8 hợp lệ", *field));
      return;
    }
    handler(req, res);
  };
}

void RouteTable::Get(const std::string& pattern, httplib::Server::Handler handler) {
  server_.Get(pattern, record("GET", pattern, std::move(handler)));
}

void RouteTable::Post(const std::string& pattern, httplib::Server::Handler handler) {
  server_.Post(pattern, record("POST", pattern, std::move(handler)));
}

void RouteTable::Put(const std::string& pattern, httplib::Server::Handler handler) {
  server_.Put(pattern, record("PUT", pattern, std::move(handler)));
}

void RouteTable::Delete(const std::string& pattern, httplib::Server::Handler handler) {
  server_.Delete(pattern, record("DELETE", pattern, std::move(handler)));
}

}  // namespace motcua::http

#pragma once
// The HTTP server: routes, the error boundary and the worker pool.
#include <httplib.h>

#include <memory>

#include "api_context.hpp"
#include "metrics.hpp"
#include "request_id.hpp"
#include "route_table.hpp"

namespace motcua::http {

class ApiServer {
 public:
  // threads: pool size; keep-alive connections hold a thread each (DESIGN.md §3b).
  // node_prefix: this process's random_node_prefix(), which starts every request id.
  ApiServer(ApiContext& ctx, int threads, std::string node_prefix);
  // Takes the port; false when it cannot (in use, no such address).
  bool bind(const std::string& host, int port);
  // After bind(): serves, blocking until stop() is called or listening fails.
  bool listen();
  void stop();
  // Every route registered, in registration order (what `motcua routes` prints).
  const std::vector<RouteInfo>& routes() const { return routes_.routes(); }

 private:
  // Sets the request's id (X-Request-Id) and notes when it started.
  void begin_request(httplib::Response& res);
  // Every request leaves one log line: id, method, path, status, milliseconds.
  void log_request(const httplib::Request& req, const httplib::Response& res);
  // Since begin_request on this thread.
  static double elapsed_ms();

  ApiContext& ctx_;
  RequestIds request_ids_;
  RequestMetrics metrics_;
  httplib::Server server_;
  RouteTable routes_{server_};
};

}  // namespace motcua::http

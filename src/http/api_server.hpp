#pragma once
// The HTTP server: routes, the error boundary and the worker pool.
#include <httplib.h>

#include <memory>

#include "api_context.hpp"
#include "route_table.hpp"

namespace motcua::http {

class ApiServer {
 public:
  // threads: pool size; keep-alive connections hold a thread each (DESIGN.md §3b).
  ApiServer(ApiContext& ctx, int threads);
  // Blocks until stop() is called or listening fails.
  bool listen(const std::string& host, int port);
  void stop();
  // Every route registered, in registration order (what `motcua routes` prints).
  const std::vector<RouteInfo>& routes() const { return routes_.routes(); }

 private:
  ApiContext& ctx_;
  httplib::Server server_;
  RouteTable routes_{server_};
};

}  // namespace motcua::http

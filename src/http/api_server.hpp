#pragma once
// The HTTP server: routes, the error boundary and the worker pool.
#include <httplib.h>

#include <memory>

#include "http/api_context.hpp"

namespace motcua::http {

class ApiServer {
 public:
  // threads: pool size; keep-alive connections hold a thread each (DESIGN.md §3b).
  ApiServer(ApiContext& ctx, int threads);
  // Blocks until stop() is called or listening fails.
  bool listen(const std::string& host, int port);
  void stop();

 private:
  ApiContext& ctx_;
  httplib::Server server_;
};

}  // namespace motcua::http

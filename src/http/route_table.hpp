#pragma once
// Every route goes through a RouteTable, which registers it on the httplib::Server and keeps a
// list of what was registered: httplib cannot list its own routes, and the OpenAPI document is
// checked against this list (tests/api/openapi_test.cpp, `motcua routes`).
#include <httplib.h>

#include <string>
#include <vector>

namespace motcua::http {

struct RouteInfo {
  std::string method;   // "GET", "POST", "PUT", "DELETE"
  std::string pattern;  // the regular expression httplib matches the whole path against
  // The OpenAPI path template: each capture group becomes "{}" (the handler reads it as
  // req.matches[i]; the document names it), escapes are dropped: "/api/v1/dossiers/{}/history".
  std::string path;
};

// The path template of a route pattern. Throws std::invalid_argument when the pattern has
// regular-expression syntax outside a capture group, since no OpenAPI path could describe it.
std::string openapi_path_of(const std::string& pattern);

// The path template of the route handling the request in hand on this thread ("" before one
// matched): what /metrics counts requests by. httplib runs a request's routing, handler and
// logger on one thread; the pre-routing handler clears it.
const std::string& matched_route();
void clear_matched_route();

class RouteTable {
 public:
  explicit RouteTable(httplib::Server& server) : server_(server) {}

  // Named as httplib::Server's own registration methods, so that a route file registers
  // through the table exactly as it would on the server.
  void Get(const std::string& pattern, httplib::Server::Handler handler);
  void Post(const std::string& pattern, httplib::Server::Handler handler);
  void Put(const std::string& pattern, httplib::Server::Handler handler);
  void Delete(const std::string& pattern, httplib::Server::Handler handler);

  // In registration order (the order httplib tries them).
  const std::vector<RouteInfo>& routes() const { return routes_; }

 private:
  // Adds the route to the list and returns its handler, which first notes the route matched.
  httplib::Server::Handler record(const char* method, const std::string& pattern,
                                  httplib::Server::Handler handler);

  httplib::Server& server_;
  std::vector<RouteInfo> routes_;
};

}  // namespace motcua::http

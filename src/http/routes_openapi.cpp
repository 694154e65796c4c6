// The OpenAPI 3.1 document of this API, written by hand in data/embed/openapi.json and kept
// true by tests/api/openapi_test.cpp, which compares its paths with the routes registered.
#include <stdexcept>

#include "json_io.hpp"
#include "motcua/common/embedded.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {
constexpr const char* kTestClockPath = "/api/v1/_test/clock";
}  // namespace

void register_openapi_routes(RouteTable& s, ApiContext& ctx) {
  auto bytes = embedded::find("openapi.json");
  if (!bytes) throw std::logic_error("openapi.json is not embedded");
  auto doc = nlohmann::json::parse(*bytes, nullptr, false);
  if (doc.is_discarded() || !doc.contains("paths"))
    throw std::logic_error("the embedded openapi.json is not an OpenAPI document");
  // The document describes what this server answers: the test clock only where it exists.
  if (!ctx.test_clock) doc["paths"].erase(kTestClockPath);
  const std::string body = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
  s.Get(R"(/api/v1/openapi\.json)", [body](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-cache");
    res.set_content(body, "application/json; charset=utf-8");
  });
}

}  // namespace motcua::http

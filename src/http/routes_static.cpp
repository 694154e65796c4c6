#include "motcua/common/embedded.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {
std::string content_type(const std::string& path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() &&
           path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

void serve_embedded(httplib::Response& res, const std::string& path) {
  auto bytes = embedded::find(path);
  if (!bytes) {
    res.status = 404;
    res.set_content("Không tìm thấy trang / page not found", "text/plain; charset=utf-8");
    return;
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::string(*bytes), content_type(path));
}
}  // namespace

// The web pages are compiled into the binary from web/.
void register_static_routes(RouteTable& s) {
  s.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/tra-cuu"); });
  s.Get("/tra-cuu", [](const httplib::Request&, httplib::Response& res) {
    serve_embedded(res, "web/tra-cuu.html");
  });
  s.Get(R"(/static/([A-Za-z0-9_.\-/]+))", [](const httplib::Request& req, httplib::Response& res) {
    const std::string rel = req.matches[1];
    if (rel.find("..") != std::string::npos) {
      res.status = 404;
      return;
    }
    serve_embedded(res, "web/static/" + rel);
  });
}

}  // namespace motcua::http

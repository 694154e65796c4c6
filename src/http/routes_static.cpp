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
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_content(std::string(*bytes), content_type(path));
}

// A page of the web interface: only this server's own scripts and styles run in it (no
// inline script, no CDN), and no other site may frame it.
void serve_page(httplib::Response& res, const std::string& path) {
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set_header("Referrer-Policy", "same-origin");
  serve_embedded(res, path);
}

httplib::Server::Handler page(std::string path) {
  return [path = std::move(path)](const httplib::Request&, httplib::Response& res) {
    serve_page(res, path);
  };
}
}  // namespace

// The web pages are compiled into the binary from web/ (the bundles from web/src/, built by
// esbuild at build time). Each page is one HTML shell; its script reads the path.
void register_static_routes(RouteTable& s) {
  // The citizen portal: the catalogue search and a procedure's page.
  s.Get("/", page("web/index.html"));
  s.Get(R"(/thu-tuc/([^/]+))", page("web/index.html"));
  s.Get(R"(/nop-ho-so/([^/]+))", page("web/index.html"));
  s.Get("/tra-cuu", page("web/tra-cuu.html"));
  // The officer console: its login page, the queue, reception at the counter and a dossier.
  s.Get("/can-bo",
        [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/can-bo/"); });
  s.Get("/can-bo/", page("web/can-bo.html"));
  s.Get("/can-bo/dang-nhap", page("web/can-bo.html"));
  s.Get("/can-bo/tiep-nhan", page("web/can-bo.html"));
  s.Get("/can-bo/nop-truc-tuyen", page("web/can-bo.html"));
  s.Get(R"(/can-bo/ho-so/([^/]+))", page("web/can-bo.html"));
  // The reception notices (Forms 02/03) the agency issued, the consulted agencies that answered
  // late, and the admin pages: process definitions, office hours, holiday schedules (one
  // schedule at .../ngay-nghi/{id}), the boundary-free list (Decree 118/2025).
  s.Get("/can-bo/phieu-tiep-nhan", page("web/can-bo.html"));
  s.Get("/can-bo/phoi-hop-tra-loi-cham", page("web/can-bo.html"));
  s.Get("/can-bo/phien-dang-nhap", page("web/can-bo.html"));
  s.Get("/can-bo/quan-tri/quy-trinh", page("web/can-bo.html"));
  s.Get("/can-bo/quan-tri/gio-lam-viec", page("web/can-bo.html"));
  s.Get("/can-bo/quan-tri/ngay-nghi", page("web/can-bo.html"));
  s.Get(R"(/can-bo/quan-tri/ngay-nghi/([^/]+))", page("web/can-bo.html"));
  s.Get("/can-bo/quan-tri/khong-phu-thuoc-dia-gioi", page("web/can-bo.html"));
  // The leaders' dashboard (staff login through the console's page) and the lists behind its
  // numbers.
  s.Get("/bao-cao",
        [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/bao-cao/"); });
  s.Get("/bao-cao/", page("web/bao-cao.html"));
  s.Get("/bao-cao/ho-so", page("web/bao-cao.html"));
  s.Get("/bao-cao/qua-han", page("web/bao-cao.html"));
  s.Get("/bao-cao/buoc-cham", page("web/bao-cao.html"));
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

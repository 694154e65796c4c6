#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"

namespace motcua::http {

// Exists only with serve --test-clock: tests and demos move the server's time.
void register_test_clock_routes(RouteTable& s, ApiContext& ctx) {
  if (!ctx.test_clock) return;
  s.Put("/api/v1/_test/clock", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    auto now = required_string(*body, "now");
    if (!now.ok()) return send_error(res, now.error());
    auto t = parse_iso(*now);
    if (!t)
      return send_error(res,
                        make_error(ErrorCode::invalid, "request.time",
                                   "now must be an ISO-8601 time, e.g. 2026-03-02T09:00:00+07:00",
                                   "now phải là thời điểm ISO-8601", "now"));
    ctx.test_clock->set(*t);
    send_json(res, 200, {{"now", format_iso(ctx.test_clock->now())}});
  });
  s.Get("/api/v1/_test/clock", [&ctx](const httplib::Request&, httplib::Response& res) {
    send_json(res, 200, {{"now", format_iso(ctx.test_clock->now())}});
  });
}

}  // namespace motcua::http

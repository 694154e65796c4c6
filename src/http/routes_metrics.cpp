// GET /metrics (issue 13, point 6): what Prometheus scrapes from each node. No personal data,
// but the routes, the load and the pool are for the people who run the service, not the
// public: a request needs the bearer token of MOTCUA_METRICS_TOKEN, or, when none is set, must
// come from the node's own machine and not through a proxy (nginx adds X-Forwarded-For).
#include <openssl/crypto.h>

#include "json_io.hpp"
#include "metrics.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

bool loopback(const std::string& address) {
  return address == "127.0.0.1" || address == "::1" || address == "::ffff:127.0.0.1";
}

Status may_read_metrics(const httplib::Request& req, const ApiContext& ctx) {
  if (!ctx.metrics_token.empty()) {
    const std::string given = req.get_header_value("Authorization");
    const std::string wanted = "Bearer " + ctx.metrics_token;
    if (given.size() == wanted.size() &&
        CRYPTO_memcmp(given.data(), wanted.data(), wanted.size()) == 0)
      return ok_status();
    return make_error(ErrorCode::unauthenticated, "metrics.token",
                      "metrics need the bearer token of MOTCUA_METRICS_TOKEN",
                      "cần mã truy cập (MOTCUA_METRICS_TOKEN) để xem số liệu vận hành",
                      "Authorization");
  }
  if (loopback(req.remote_addr) && !req.has_header("X-Forwarded-For")) return ok_status();
  return make_error(ErrorCode::forbidden, "metrics.not_local",
                    "metrics are served to the node's own machine only, unless "
                    "MOTCUA_METRICS_TOKEN is set",
                    "số liệu vận hành chỉ xem được từ chính máy chủ, trừ khi đặt "
                    "MOTCUA_METRICS_TOKEN");
}

}  // namespace

void register_metrics_routes(RouteTable& s, ApiContext& ctx, const RequestMetrics& metrics) {
  s.Get("/metrics", [&ctx, &metrics](const httplib::Request& req, httplib::Response& res) {
    if (Status allowed = may_read_metrics(req, ctx); !allowed.ok())
      return send_error(res, allowed.error());
    res.set_content(metrics.exposition(ctx.db.gauges()),
                    "text/plain; version=0.0.4; charset=utf-8");
  });
}

}  // namespace motcua::http

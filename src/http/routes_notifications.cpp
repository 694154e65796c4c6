// The applicant outbox: staff and delivery gateways read it and record deliveries.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "notification_json.hpp"
#include "routes.hpp"

namespace motcua::http {

void register_notification_routes(RouteTable& s, ApiContext& ctx) {
  s.Get("/api/v1/notifications", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    store::OutboxFilter filter;
    if (req.has_param("status")) {
      notification::DeliveryStatus status = notification::DeliveryStatus::queued;
      if (!notification::parse_delivery_status(req.get_param_value("status"), status))
        return send_error(res, make_error(ErrorCode::invalid, "notification.status",
                                          "status must be queued, sent or failed",
                                          "trạng thái phải là queued, sent hoặc failed", "status"));
      filter.status = status;
    }
    filter.agency_code = req.get_param_value("agency");
    filter.dossier_code = req.get_param_value("dossier");
    auto limit = limit_param(req, 50, 500);
    if (!limit.ok()) return send_error(res, limit.error());
    auto offset = offset_param(req);
    if (!offset.ok()) return send_error(res, offset.error());
    filter.limit = *limit;
    filter.offset = *offset;
    auto items = ctx.notifications.outbox(*user, filter);
    if (!items.ok()) return send_error(res, items.error());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : *items) out.push_back(outbox_json(n));
    send_json(res, 200, {{"items", out}, {"limit", filter.limit}, {"offset", filter.offset}});
  });

  s.Post(R"(/api/v1/notifications/([^/]+)/delivery)",
         [&ctx](const httplib::Request& req, httplib::Response& res) {
           auto user = current_user(req, ctx);
           if (!user.ok()) return send_error(res, user.error());
           auto body = parse_json_body(req);
           if (!body.ok()) return send_error(res, body.error());
           auto status = required_string(*body, "status");
           if (!status.ok()) return send_error(res, status.error());
           auto n = ctx.notifications.record_delivery(*user, req.matches[1], *status,
                                                      optional_string(*body, "error"));
           if (!n.ok()) return send_error(res, n.error());
           send_json(res, 200, outbox_json(*n));
         });
}

}  // namespace motcua::http

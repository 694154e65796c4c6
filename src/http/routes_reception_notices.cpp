// Reception notices: Form 02 or Form 03 issued at the desk for a dossier that is not received.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "reception_notice_json.hpp"
#include "routes.hpp"

namespace motcua::http {

void register_reception_notice_routes(RouteTable& s, ApiContext& ctx) {
  s.Post("/api/v1/reception-notices", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    auto request = reception_notice_request_from_json(*body);
    if (!request.ok()) return send_error(res, request.error());
    const std::string key = req.get_header_value("Idempotency-Key");
    if (key.size() > 200)
      return send_error(res, make_error(ErrorCode::invalid, "request.idempotency_key",
                                        "Idempotency-Key is at most 200 characters",
                                        "Idempotency-Key tối đa 200 ký tự", "Idempotency-Key"));
    auto issued = ctx.notices.issue(*user, std::move(*request), key);
    if (!issued.ok()) return send_error(res, issued.error());
    res.set_header("Location", "/api/v1/reception-notices/" + issued->notice.id + ".pdf");
    send_json(res, 201, reception_notice_json(*issued));
  });

  s.Get("/api/v1/reception-notices", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    service::NoticeQuery q;
    q.agency_code = req.get_param_value("agency");
    auto from = bound_param(req, "from", DayEdge::start);
    if (!from.ok()) return send_error(res, from.error());
    auto to = bound_param(req, "to", DayEdge::last_second);
    if (!to.ok()) return send_error(res, to.error());
    q.from = *from;
    q.to = *to;
    if (req.has_param("kind")) {
      q.kind = dossier::parse_notice_kind(req.get_param_value("kind"));
      if (!q.kind)
        return send_error(res, make_error(ErrorCode::invalid, "request.invalid_param",
                                          "kind must be supplement or refusal",
                                          "kind phải là supplement hoặc refusal", "kind"));
    }
    if (q.from && q.to && *q.to < *q.from)
      return send_error(
          res, make_error(ErrorCode::invalid, "request.time_range", "to must not be before from",
                          "thời điểm to không được trước from", "to"));
    auto limit = limit_param(req, 50, 200);
    if (!limit.ok()) return send_error(res, limit.error());
    q.limit = *limit;
    auto cursor = cursor_param(req);
    if (!cursor.ok()) return send_error(res, cursor.error());
    q.after = *cursor;
    auto page = ctx.notices.list(*user, q);
    if (!page.ok()) return send_error(res, page.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& n : page->items) items.push_back(reception_notice_list_json(n));
    nlohmann::json out = {{"agency_code", page->agency_code},
                          {"from", q.from ? nlohmann::json(format_iso(*q.from)) : nullptr},
                          {"to", q.to ? nlohmann::json(format_iso(*q.to)) : nullptr},
                          {"items", items},
                          {"limit", q.limit},
                          {"next_cursor", next_cursor_json(page->next)}};
    if (page->counts)
      out["counts"] = {{"supplement", page->counts->supplement},
                       {"refusal", page->counts->refusal},
                       {"total", page->counts->supplement + page->counts->refusal}};
    send_json(res, 200, out);
  });

  s.Get(R"(/api/v1/reception-notices/([^/]+)\.pdf)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          const std::string id = req.matches[1];
          auto pdf = ctx.notices.pdf(*user, id, client_address(req, ctx));
          if (!pdf.ok()) return send_error(res, pdf.error());
          res.set_header("Content-Disposition", "inline; filename=\"" + id + ".pdf\"");
          res.set_content(std::move(*pdf), "application/pdf");
        });
}

}  // namespace motcua::http

#include "auth_guard.hpp"
#include "dossier_json.hpp"
#include "json_io.hpp"
#include "reception_request_json.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {
bool may_receive(auth::Role r) {
  return r == auth::Role::receiver || r == auth::Role::manager || r == auth::Role::admin;
}
}  // namespace

void register_dossier_routes(RouteTable& s, ApiContext& ctx) {
  s.Post("/api/v1/dossiers", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    if (!may_receive(user->role))
      return send_error(res, make_error(ErrorCode::forbidden, "dossier.forbidden",
                                        "only reception staff may receive dossiers",
                                        "chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ"));
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    auto request = reception_request_from_json(*body);
    if (!request.ok()) return send_error(res, request.error());
    const std::string key = req.get_header_value("Idempotency-Key");
    if (key.size() > 200)
      return send_error(res, make_error(ErrorCode::invalid, "request.idempotency_key",
                                        "Idempotency-Key is at most 200 characters",
                                        "Idempotency-Key tối đa 200 ký tự", "Idempotency-Key"));
    auto d = ctx.reception.receive(*user, std::move(*request), key);
    if (!d.ok()) return send_error(res, d.error());
    res.set_header("Location", "/api/v1/dossiers/" + d->code);
    send_json(res, 201, staff_dossier_json(*d));
  });

  s.Get(R"(/api/v1/dossiers/([^/]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    auto view = ctx.dossiers.get_for_staff(*user, req.matches[1], "view", client_address(req, ctx));
    if (!view.ok()) return send_error(res, view.error());
    nlohmann::json j = staff_dossier_json(view->dossier);
    if (auto timely = add_timeliness(j, view->dossier, view->events); !timely.ok())
      return send_error(res, timely.error());
    auto allowed = ctx.workflow.allowed_for(*user, view->dossier);
    if (!allowed.ok()) return send_error(res, allowed.error());
    j["allowed_actions"] = nlohmann::json::array();
    for (auto a : *allowed) j["allowed_actions"].push_back(dossier::to_string(a));
    send_json(res, 200, j);
  });

  s.Get(R"(/api/v1/dossiers/([^/]+)/receipt\.pdf)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto pdf = ctx.receipts.receipt_pdf(*user, req.matches[1], client_address(req, ctx));
          if (!pdf.ok()) return send_error(res, pdf.error());
          res.set_header("Content-Disposition",
                         "inline; filename=\"" + std::string(req.matches[1]) + "-receipt.pdf\"");
          res.set_content(std::move(*pdf), "application/pdf");
        });

  s.Get(R"(/api/v1/dossiers/([^/]+)/history)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto view = ctx.dossiers.get_for_staff(*user, req.matches[1], "history",
                                                 client_address(req, ctx));
          if (!view.ok()) return send_error(res, view.error());
          nlohmann::json events = nlohmann::json::array();
          for (const auto& e : view->events) events.push_back(event_json(e));
          send_json(res, 200, {{"code", view->dossier.code}, {"events", events}});
        });
}

}  // namespace motcua::http

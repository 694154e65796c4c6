// Process definitions of procedures: the one in force, its versions, and an admin's new one.
#include "auth_guard.hpp"
#include "json_io.hpp"
#include "routes.hpp"

namespace motcua::http {

namespace {

nlohmann::json view_json(const service::ProcessView& v) {
  nlohmann::json j = dossier::to_json(v.definition);
  j["default"] = v.is_default;
  j["created_at"] = v.created_at.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.created_at);
  j["created_by"] = v.created_by.empty() ? nlohmann::json(nullptr) : nlohmann::json(v.created_by);
  return j;
}

}  // namespace

void register_process_routes(RouteTable& s, ApiContext& ctx) {
  s.Get(R"(/api/v1/procedures/([^/]+)/process)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto view = ctx.processes.in_force(req.matches[1], req.get_param_value("channel"));
          if (!view.ok()) return send_error(res, view.error());
          send_json(res, 200, view_json(*view));
        });

  s.Get(R"(/api/v1/procedures/([^/]+)/process/versions)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto limit = limit_param(req, 50, 200);
          if (!limit.ok()) return send_error(res, limit.error());
          auto offset = offset_param(req);
          if (!offset.ok()) return send_error(res, offset.error());
          auto list = ctx.processes.versions(req.matches[1], *limit, *offset);
          if (!list.ok()) return send_error(res, list.error());
          nlohmann::json items = nlohmann::json::array();
          for (const auto& v : *list) items.push_back(view_json(v));
          send_json(res, 200,
                    {{"procedure_code", std::string(req.matches[1])},
                     {"items", items},
                     {"limit", *limit},
                     {"offset", *offset}});
        });

  s.Put(R"(/api/v1/admin/procedures/([^/]+)/process)",
        [&ctx](const httplib::Request& req, httplib::Response& res) {
          auto user = current_user(req, ctx);
          if (!user.ok()) return send_error(res, user.error());
          auto body = parse_json_body(req);
          if (!body.ok()) return send_error(res, body.error());
          auto saved =
              ctx.processes.save_as(*user, req.matches[1], req.get_param_value("channel"), *body);
          if (!saved.ok()) return send_error(res, saved.error());
          nlohmann::json j = view_json(saved->view);
          j["created"] = saved->created;
          send_json(res, saved->created ? 201 : 200, j);
        });
}

}  // namespace motcua::http

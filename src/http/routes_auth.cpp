#include "auth_guard.hpp"
#include "json_io.hpp"
#include "motcua/common/time.hpp"
#include "routes.hpp"

namespace motcua::http {

void register_auth_routes(RouteTable& s, ApiContext& ctx) {
  s.Post("/api/v1/auth/login", [&ctx](const httplib::Request& req, httplib::Response& res) {
    // A cross-site HTML form can post text that parses as JSON, and logging an officer into
    // someone else's account needs no cookie; it cannot set this content type without CORS.
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0)
      return send_error(res, make_error(ErrorCode::invalid, "request.content_type",
                                        "log in with Content-Type: application/json",
                                        "hãy gửi yêu cầu đăng nhập với Content-Type: "
                                        "application/json",
                                        "Content-Type"));
    auto body = parse_json_body(req);
    if (!body.ok()) return send_error(res, body.error());
    auto username = required_string(*body, "username");
    if (!username.ok()) return send_error(res, username.error());
    auto password = required_string(*body, "password");
    if (!password.ok()) return send_error(res, password.error());
    auto login = ctx.auth.login(*username, *password, client_address(req, ctx));
    if (!login.ok()) return send_error(res, login.error());
    res.set_header("Set-Cookie",
                   session_cookie(req, ctx, login->token, ctx.auth.policy().lifetime));
    send_json(res, 200,
              {{"token", login->token},
               {"csrf_token", csrf_token_for(login->token)},
               {"expires_at", format_iso(login->expires_at)},
               {"idle_timeout_seconds", ctx.auth.policy().idle.count()},
               {"user",
                {{"username", login->user.username},
                 {"full_name", login->user.full_name},
                 {"role", auth::to_string(login->user.role)},
                 {"agency_code", login->user.agency_code}}}});
  });

  s.Post("/api/v1/auth/logout", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (auto csrf = check_csrf(req); !csrf.ok()) return send_error(res, csrf.error());
    auto st = ctx.auth.logout(session_token(req), client_address(req, ctx));
    if (!st.ok()) return send_error(res, st.error());
    res.set_header("Set-Cookie", session_cookie(req, ctx, "", std::chrono::seconds(0)));
    send_json(res, 200, {{"logged_out", true}});
  });

  // "Log out everywhere": a lost phone, a shared counter PC, a password told to a colleague.
  s.Post("/api/v1/auth/logout-all", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (auto csrf = check_csrf(req); !csrf.ok()) return send_error(res, csrf.error());
    auto ended = ctx.auth.logout_everywhere(session_token(req), client_address(req, ctx));
    if (!ended.ok()) return send_error(res, ended.error());
    res.set_header("Set-Cookie", session_cookie(req, ctx, "", std::chrono::seconds(0)));
    send_json(res, 200, {{"logged_out", true}, {"sessions_ended", *ended}});
  });

  s.Get("/api/v1/auth/sessions", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto sessions = ctx.auth.sessions(session_token(req));
    if (!sessions.ok()) return send_error(res, sessions.error());
    nlohmann::json items = nlohmann::json::array();
    for (const auto& s : *sessions)
      items.push_back({{"id", s.id},
                       {"address", s.address},
                       {"created_at", format_iso(s.created_at)},
                       {"last_seen_at", format_iso(s.last_seen_at)},
                       {"expires_at", format_iso(s.expires_at)},
                       {"current", s.current}});
    send_json(res, 200,
              {{"items", items}, {"idle_timeout_seconds", ctx.auth.policy().idle.count()}});
  });

  s.Get("/api/v1/me", [&ctx](const httplib::Request& req, httplib::Response& res) {
    auto user = current_user(req, ctx);
    if (!user.ok()) return send_error(res, user.error());
    send_json(res, 200,
              {{"username", user->username},
               {"full_name", user->full_name},
               {"role", auth::to_string(user->role)},
               {"agency_code", user->agency_code},
               {"csrf_token", csrf_token_for(session_token(req))}});
  });
}

}  // namespace motcua::http

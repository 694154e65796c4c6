#pragma once
#include <httplib.h>

#include <chrono>
#include <string>
#include <string_view>

#include "api_context.hpp"
#include "motcua/auth/user.hpp"

namespace motcua::http {

// The session token from "Authorization: Bearer …" or the motcua_session cookie.
std::string session_token(const httplib::Request& req);
// The logged-in staff user, or an unauthenticated error. A request that changes state (any
// method but GET and HEAD) and proves its session by the cookie alone must also carry the
// session's CSRF token in X-CSRF-Token, else it fails as forbidden (auth.csrf): a browser
// sends the cookie by itself, a header only when the page's own script adds it. Bearer
// tokens need no CSRF token, since no browser attaches them on its own.
Result<auth::User> current_user(const httplib::Request& req, ApiContext& ctx);
// The client address used for per-client limits: the peer's, or behind a trusted proxy the
// address that proxy gave (see client_address_from).
std::string client_address(const httplib::Request& req, const ApiContext& ctx);
// The client behind `peer`: when the peer is one of `trusted_proxies` (serve --trusted-proxy,
// e.g. the nginx in front of several nodes), the last address in X-Forwarded-For that is not
// itself a trusted proxy; the entries before it are whatever the client sent and prove
// nothing. Otherwise the peer, whatever the header says.
std::string client_address_from(const std::string& peer, const std::string& forwarded_for,
                                const std::vector<std::string>& trusted_proxies);
// The Set-Cookie value that gives the browser `token` for `max_age` (0 clears it): HttpOnly,
// SameSite=Strict, Path=/, and Secure when the site is served over HTTPS: serve --secure-cookie,
// or a trusted proxy says so in X-Forwarded-Proto (its first value, any case).
std::string session_cookie(const httplib::Request& req, const ApiContext& ctx,
                           const std::string& token, std::chrono::seconds max_age);
// The CSRF check of current_user alone, for routes that act on a session without a user.
Status check_csrf(const httplib::Request& req);
// The CSRF token of a session: derived from the session token (SHA-256 with a purpose
// prefix), so every node computes the same one without storing it, and it reveals neither the
// token nor the hash the database keeps of it.
std::string csrf_token_for(std::string_view session_token);

}  // namespace motcua::http

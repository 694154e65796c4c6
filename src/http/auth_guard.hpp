#pragma once
#include <httplib.h>

#include "api_context.hpp"
#include "motcua/auth/user.hpp"

namespace motcua::http {

// The session token from "Authorization: Bearer …" or the motcua_session cookie.
std::string session_token(const httplib::Request& req);
// The logged-in staff user, or an unauthenticated error.
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

}  // namespace motcua::http

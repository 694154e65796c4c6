#pragma once
#include <httplib.h>

#include "api_context.hpp"
#include "motcua/auth/user.hpp"

namespace motcua::http {

// The session token from "Authorization: Bearer …" or the motcua_session cookie.
std::string session_token(const httplib::Request& req);
// The logged-in staff user, or an unauthenticated error.
Result<auth::User> current_user(const httplib::Request& req, ApiContext& ctx);
// The client address used for per-client limits.
std::string client_address(const httplib::Request& req);

}  // namespace motcua::http

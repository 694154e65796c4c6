#pragma once
#include <httplib.h>

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
// The CSRF check of current_user alone, for routes that act on a session without a user.
Status check_csrf(const httplib::Request& req);
// The CSRF token of a session: derived from the session token (SHA-256 with a purpose
// prefix), so every node computes the same one without storing it, and it reveals neither the
// token nor the hash the database keeps of it.
std::string csrf_token_for(std::string_view session_token);
// The client address used for per-client limits.
std::string client_address(const httplib::Request& req);

}  // namespace motcua::http

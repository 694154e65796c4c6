#include "auth_guard.hpp"

namespace motcua::http {

std::string session_token(const httplib::Request& req) {
  const std::string auth = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (auth.size() > kBearer.size() && auth.compare(0, kBearer.size(), kBearer) == 0)
    return auth.substr(kBearer.size());
  const std::string cookies = req.get_header_value("Cookie");
  constexpr std::string_view kCookie = "motcua_session=";
  for (size_t pos = 0; pos < cookies.size();) {
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    std::string_view part(cookies.data() + pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.substr(0, kCookie.size()) == kCookie) return std::string(part.substr(kCookie.size()));
    pos = end + 1;
  }
  return {};
}

Result<auth::User> current_user(const httplib::Request& req, ApiContext& ctx) {
  return ctx.auth.authenticate(session_token(req));
}

std::string client_address(const httplib::Request& req) { return req.remote_addr; }

}  // namespace motcua::http

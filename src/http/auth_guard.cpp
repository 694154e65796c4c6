#include "auth_guard.hpp"

#include <algorithm>

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

std::string client_address(const httplib::Request& req, const ApiContext& ctx) {
  return client_address_from(req.remote_addr, req.get_header_value("X-Forwarded-For"),
                             ctx.trusted_proxies);
}

std::string client_address_from(const std::string& peer, const std::string& forwarded_for,
                                const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](std::string_view a) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), a) != trusted_proxies.end();
  };
  if (!trusted(peer)) return peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    const size_t comma = rest.rfind(',');
    std::string_view entry = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
    while (!entry.empty() && (entry.front() == ' ' || entry.front() == '\t'))
      entry.remove_prefix(1);
    while (!entry.empty() && (entry.back() == ' ' || entry.back() == '\t')) entry.remove_suffix(1);
    if (!entry.empty() && !trusted(entry)) return std::string(entry);
  }
  return peer;
}

}  // namespace motcua::http

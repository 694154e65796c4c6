#include "auth_guard.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cctype>

namespace motcua::http {

namespace {

struct Credential {
  std::string token;
  bool from_cookie = false;
};

Credential credential(const httplib::Request& req) {
  const std::string auth = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (auth.size() > kBearer.size() && auth.compare(0, kBearer.size(), kBearer) == 0)
    return {auth.substr(kBearer.size()), false};
  const std::string cookies = req.get_header_value("Cookie");
  constexpr std::string_view kCookie = "motcua_session=";
  for (size_t pos = 0; pos < cookies.size();) {
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    std::string_view part(cookies.data() + pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.substr(0, kCookie.size()) == kCookie)
      return {std::string(part.substr(kCookie.size())), true};
    pos = end + 1;
  }
  return {};
}

bool changes_state(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

std::string session_token(const httplib::Request& req) { return credential(req).token; }

std::string csrf_token_for(std::string_view session_token) {
  const std::string input = "motcua-csrf:" + std::string(session_token);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(input.data(), input.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * len);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

Status check_csrf(const httplib::Request& req) {
  const Credential c = credential(req);
  if (!c.from_cookie || c.token.empty() || !changes_state(req.method)) return ok_status();
  const std::string sent = req.get_header_value("X-CSRF-Token");
  const std::string expected = csrf_token_for(c.token);
  if (sent.size() == expected.size() &&
      CRYPTO_memcmp(sent.data(), expected.data(), expected.size()) == 0)
    return ok_status();
  return make_error(ErrorCode::forbidden, "auth.csrf",
                    "a request that changes something with the session cookie must carry the "
                    "session's X-CSRF-Token header",
                    "yêu cầu thiếu mã chống giả mạo (X-CSRF-Token) của phiên đăng nhập; hãy tải "
                    "lại trang rồi thử lại",
                    "X-CSRF-Token");
}

Result<auth::User> current_user(const httplib::Request& req, ApiContext& ctx) {
  auto user = ctx.auth.authenticate(session_token(req));
  if (!user.ok()) return user;
  if (auto csrf = check_csrf(req); !csrf.ok()) return csrf.error();
  return user;
}

std::string client_address(const httplib::Request& req, const ApiContext& ctx) {
  return client_address_from(req.remote_addr, req.get_header_value("X-Forwarded-For"),
                             ctx.trusted_proxies);
}

std::string session_cookie(const httplib::Request& req, const ApiContext& ctx,
                           const std::string& token, std::chrono::seconds max_age) {
  // The first value is the scheme the client used; the proxies after it add their own.
  std::string scheme = req.get_header_value("X-Forwarded-Proto");
  scheme = scheme.substr(0, scheme.find(','));
  std::erase(scheme, ' ');
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char ch) { return char(std::tolower(ch)); });
  const bool proxy_says_https = std::find(ctx.trusted_proxies.begin(), ctx.trusted_proxies.end(),
                                          req.remote_addr) != ctx.trusted_proxies.end() &&
                                scheme == "https";
  const bool https = ctx.secure_cookie || proxy_says_https;
  return "motcua_session=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age.count()) +
         (https ? "; Secure" : "");
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

#include "motcua/auth/user.hpp"

#include <openssl/evp.h>
#include <sodium.h>

#include <array>
#include <mutex>
#include <utility>

namespace motcua::auth {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::receiver, "receiver"},
    {Role::specialist, "specialist"},
    {Role::leader, "leader"},
    {Role::manager, "manager"},
    {Role::admin, "admin"},
    {Role::inspector, "inspector"},
}};

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  });
}

std::string to_hex(const unsigned char* p, size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    out.push_back(kHex[p[i] >> 4]);
    out.push_back(kHex[p[i] & 15]);
  }
  return out;
}
}  // namespace

std::string_view to_string(Role r) {
  for (const auto& [role, name] : kRoles)
    if (role == r) return name;
  return "receiver";
}

bool parse_role(std::string_view s, Role& out) {
  for (const auto& [role, name] : kRoles)
    if (name == s) {
      out = role;
      return true;
    }
  return false;
}

Result<std::string> hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    return make_error(ErrorCode::unavailable, "auth.hash_failed",
                      "password hashing ran out of memory", "không đủ bộ nhớ để băm mật khẩu");
  return std::string(out);
}

bool verify_password(std::string_view password, const std::string& encoded_hash) {
  ensure_sodium();
  return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

void spend_password_check(std::string_view password) {
  // A hash of a random password, made once: nothing typed can match it.
  static const std::string decoy = [] {
    auto h = hash_password(new_session_token().token);
    return h.ok() ? *h : std::string();
  }();
  if (!decoy.empty()) (void)verify_password(password, decoy);
}

SessionToken new_session_token() {
  ensure_sodium();
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  std::string token = to_hex(raw, sizeof raw);
  return {token, hash_session_token(token)};
}

std::string hash_session_token(std::string_view token) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(token.data(), token.size(), digest, &len, EVP_sha256(), nullptr);
  return to_hex(digest, len);
}

}  // namespace motcua::auth

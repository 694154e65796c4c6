#pragma once
// Staff users, their roles and the agency whose dossiers they may act on.
#include <string>
#include <string_view>

#include "motcua/common/result.hpp"

namespace motcua::auth {

enum class Role { receiver, specialist, leader, manager, admin, inspector };

std::string_view to_string(Role r);
bool parse_role(std::string_view s, Role& out);

struct User {
  std::string username;
  std::string full_name;
  Role role = Role::receiver;
  std::string agency_code;
  bool active = true;
};

// Argon2id (libsodium's interactive limits), encoded with its parameters and salt.
Result<std::string> hash_password(std::string_view password);
// Constant-time check of a password against an encoded hash.
bool verify_password(std::string_view password, const std::string& encoded_hash);
// Spends what one verify_password costs, for a username that does not exist, so that the
// answer's timing does not tell which usernames exist.
void spend_password_check(std::string_view password);

// A new random session token (256 bits, hex) and the SHA-256 under which it is stored, so a
// leaked database does not leak usable tokens.
struct SessionToken {
  std::string token;
  std::string token_hash;
};
SessionToken new_session_token();
std::string hash_session_token(std::string_view token);

}  // namespace motcua::auth

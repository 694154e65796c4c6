#include "support/cheap_logins.hpp"

#include <sodium.h>

#include <stdexcept>

#include "support/raw_sql.hpp"

namespace motcua::testing {

namespace {

// Hashes are [A-Za-z0-9$,=+/]: nothing to quote.
std::string cheap_hash(const std::string& password) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to start");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN,
                            crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("Argon2id hashing failed");
  return hash;
}

}  // namespace

int make_logins_cheap(const std::string& db, const std::vector<std::string>& usernames,
                      const std::string& password) {
  std::string statements;
  for (const auto& username : usernames)
    statements += "UPDATE users SET password_hash = '" + cheap_hash(password) +
                  "' WHERE username = '" + username + "';\n";
  return raw_sql(db, statements);
}

int make_all_logins_cheap(const std::string& db, const std::string& password) {
  return raw_sql(db, "UPDATE users SET password_hash = '" + cheap_hash(password) + "';\n");
}

}  // namespace motcua::testing

#pragma once
// One personal field sealed for storage: XChaCha20-Poly1305 (libsodium's
// crypto_aead_xchacha20poly1305_ietf) under the ring's current key, with a random nonce, and
// with where the value lives ("dossiers.applicant_phone|<code>") as associated data, so a
// value copied into another row or column does not open. The stored text is
// "pd1:<key id>:<base64 of nonce and ciphertext>"; the empty value stays empty. A file
// (megabytes, in a BLOB column) is sealed the same way but kept binary, without base64:
// "pb1:<key id>:<nonce and ciphertext>".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "motcua/common/result.hpp"
#include "motcua/secret/key_ring.hpp"

namespace motcua::secret {

std::string seal(const SealingKey& key, std::string_view where, std::string_view plain);
std::string seal_binary(const SealingKey& key, std::string_view where, std::string_view plain);

// The plain value of either form, or `internal` (the row was altered, or sealed with a key the
// ring lacks): stored data that does not open is a fault, never shown as empty.
Result<std::string> open(const KeyRing& ring, std::string_view where, std::string_view stored);

// The id of the key that sealed `stored`; nullopt for a value stored in clear (before sealing
// began) or empty.
std::optional<std::string> sealing_key_id(std::string_view stored);

// SHA-256 of `bytes`, lower-case hex: the address an uploaded file is stored under, checked
// before a file found in clear is sealed.
std::string sha256_hex(std::string_view bytes);

// `bytes` random bytes (libsodium's randombytes), lower-case hex: the salt of an event's free
// text (dossier/history.hpp).
std::string random_hex(std::size_t bytes);

// The keyed hash (BLAKE2b-256 under the lookup key, hex) of an identity number as the store
// indexes it: equal numbers give equal hashes, and the number cannot be found from the hash
// without the key. The empty number hashes to "".
std::string lookup_hash(const KeyRing& ring, std::string_view id_number);

}  // namespace motcua::secret

#pragma once
// The keys that protect personal data at rest (issue 14, point 3; DOMAIN.md §7): sealing keys,
// of which the newest seals new values and every older one still opens what it sealed, and one
// lookup key for the keyed hash that finds a person's records without their number in clear.
// The key file's text form is parsed and written here; reading and writing the file is the
// store's (store/data_keys.hpp).
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "motcua/common/result.hpp"

namespace motcua::secret {

inline constexpr std::size_t kKeyBytes = 32;
using KeyBytes = std::array<unsigned char, kKeyBytes>;

struct SealingKey {
  std::string id;  // 8 lowercase hex digits, written into every value it seals
  KeyBytes bytes{};
};

struct KeyRing {
  // Never rotated: every stored hash would change with it.
  KeyBytes lookup{};
  // Oldest first; the last one seals. Never empty in a parsed or new ring.
  std::vector<SealingKey> sealing;

  const SealingKey& current() const { return sealing.back(); }
  const SealingKey* find(std::string_view id) const;
};

// The key file: comment lines (#), one "lookup <base64>" line, and "seal <id> <base64>" lines,
// oldest first. Anything else, a key of the wrong length or a repeated id is `invalid`, naming
// the line.
Result<KeyRing> parse_key_ring(std::string_view text);
std::string format_key_ring(const KeyRing& ring);

// A ring with a random lookup key and one random sealing key.
KeyRing new_key_ring();
// A random sealing key whose id the ring does not have yet.
SealingKey new_sealing_key(const KeyRing& ring);

// A key's public fingerprint (keyed BLAKE2b of a fixed text, hex): the database keeps it, so a
// node started with another key file under the same id is refused instead of sealing with it.
std::string fingerprint(const KeyBytes& key);

}  // namespace motcua::secret

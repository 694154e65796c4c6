#include "motcua/secret/seal.hpp"

#include <sodium.h>

#include <algorithm>
#include <vector>

#include "sodium_ready.hpp"

namespace motcua::secret {

namespace {

constexpr std::string_view kPrefix = "pd1:";
constexpr std::string_view kBinaryPrefix = "pb1:";  // same length as kPrefix
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kIdLength = 8;

const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Error not_opened(std::string_view where, const std::string& why) {
  return make_error(ErrorCode::internal, "data_keys.unreadable",
                    "a stored personal field (" + std::string(where) + ") " + why,
                    "không đọc được dữ liệu cá nhân đã lưu (" + std::string(where) + ")");
}

// Nonce, then ciphertext and tag: what both stored forms carry.
std::vector<unsigned char> sealed_box(const SealingKey& key, std::string_view where,
                                      std::string_view plain) {
  sodium_ready();
  std::vector<unsigned char> box(kNonce + plain.size() + kTag);
  randombytes_buf(box.data(), kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(box.data() + kNonce, &written, bytes(plain),
                                             plain.size(), bytes(where), where.size(), nullptr,
                                             box.data(), key.bytes.data());
  return box;
}

}  // namespace

std::string seal(const SealingKey& key, std::string_view where, std::string_view plain) {
  if (plain.empty()) return {};
  const auto box = sealed_box(key, where, plain);
  std::string b64(sodium_base64_encoded_len(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.size() - 1);
  return std::string(kPrefix) + key.id + ":" + b64;
}

std::string seal_binary(const SealingKey& key, std::string_view where, std::string_view plain) {
  if (plain.empty()) return {};
  sodium_ready();
  // Sealed in place in the one buffer it is returned in: a file is megabytes, and each fresh
  // allocation of that much costs more than the cipher.
  const std::string head = std::string(kBinaryPrefix) + key.id + ":";
  std::string out(head.size() + kNonce + plain.size() + kTag, '\0');
  std::copy(head.begin(), head.end(), out.begin());
  auto* box = reinterpret_cast<unsigned char*>(out.data() + head.size());
  randombytes_buf(box, kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(box + kNonce, &written, bytes(plain), plain.size(),
                                             bytes(where), where.size(), nullptr, box,
                                             key.bytes.data());
  return out;
}

std::string sha256_hex(std::string_view data) {
  sodium_ready();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, bytes(data), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string random_hex(std::size_t count) {
  sodium_ready();
  std::string raw(count, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(count * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes(raw), raw.size());
  hex.pop_back();
  return hex;
}

std::optional<std::string> sealing_key_id(std::string_view stored) {
  if (!(stored.starts_with(kPrefix) || stored.starts_with(kBinaryPrefix)) ||
      stored.size() < kPrefix.size() + kIdLength + 1 || stored[kPrefix.size() + kIdLength] != ':')
    return std::nullopt;
  return std::string(stored.substr(kPrefix.size(), kIdLength));
}

Result<std::string> open(const KeyRing& ring, std::string_view where, std::string_view stored) {
  if (stored.empty()) return std::string{};
  const auto id = sealing_key_id(stored);
  if (!id) return not_opened(where, "is stored in clear where a sealed value was expected");
  const SealingKey* key = ring.find(*id);
  if (!key) return not_opened(where, "was sealed with key " + *id + ", which the key file lacks");
  sodium_ready();
  const std::string_view body = stored.substr(kPrefix.size() + kIdLength + 1);
  std::vector<unsigned char> decoded;
  const unsigned char* box = bytes(body);
  std::size_t len = body.size();
  if (stored.starts_with(kPrefix)) {
    decoded.resize(body.size());
    const char* end = nullptr;
    if (sodium_base642bin(decoded.data(), decoded.size(), body.data(), body.size(), nullptr, &len,
                          &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != body.data() + body.size())
      return not_opened(where, "is not a sealed value");
    box = decoded.data();
  }
  if (len < kNonce + kTag) return not_opened(where, "is not a sealed value");
  std::string plain(len - kNonce - kTag, '\0');
  unsigned long long plain_len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &plain_len, nullptr, box + kNonce,
          len - kNonce, bytes(where), where.size(), box, key->bytes.data()) != 0)
    return not_opened(where, "does not open: altered, or moved from another row");
  plain.resize(plain_len);
  return plain;
}

std::string lookup_hash(const KeyRing& ring, std::string_view id_number) {
  if (id_number.empty()) return {};
  sodium_ready();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, bytes(id_number), id_number.size(), ring.lookup.data(),
                     ring.lookup.size());
  char hex[2 * sizeof out + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

}  // namespace motcua::secret

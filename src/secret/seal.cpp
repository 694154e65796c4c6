#include "motcua/secret/seal.hpp"

#include <sodium.h>

#include <vector>

#include "sodium_ready.hpp"

namespace motcua::secret {

namespace {

constexpr std::string_view kPrefix = "pd1:";
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

}  // namespace

std::string seal(const SealingKey& key, std::string_view where, std::string_view plain) {
  if (plain.empty()) return {};
  sodium_ready();
  std::vector<unsigned char> box(kNonce + plain.size() + kTag);
  randombytes_buf(box.data(), kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(box.data() + kNonce, &written, bytes(plain),
                                             plain.size(), bytes(where), where.size(), nullptr,
                                             box.data(), key.bytes.data());
  std::string b64(sodium_base64_encoded_len(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.size() - 1);
  return std::string(kPrefix) + key.id + ":" + b64;
}

std::optional<std::string> sealing_key_id(std::string_view stored) {
  if (!stored.starts_with(kPrefix) || stored.size() < kPrefix.size() + kIdLength + 1 ||
      stored[kPrefix.size() + kIdLength] != ':')
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
  const std::string_view b64 = stored.substr(kPrefix.size() + kIdLength + 1);
  std::vector<unsigned char> box(b64.size());
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(box.data(), box.size(), b64.data(), b64.size(), nullptr, &len, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != b64.data() + b64.size() || len < kNonce + kTag)
    return not_opened(where, "is not a sealed value");
  std::string plain(len - kNonce - kTag, '\0');
  unsigned long long plain_len = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &plain_len, nullptr, box.data() + kNonce,
          len - kNonce, bytes(where), where.size(), box.data(), key->bytes.data()) != 0)
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

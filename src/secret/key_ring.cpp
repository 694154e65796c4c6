#include "motcua/secret/key_ring.hpp"

#include <sodium.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <stdexcept>

#include "sodium_ready.hpp"

namespace motcua::secret {

void sodium_ready() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  });
}

namespace {

Error bad_line(std::size_t number, const std::string& why) {
  return make_error(ErrorCode::invalid, "data_keys.bad_file",
                    "key file line " + std::to_string(number) + ": " + why,
                    "tệp khoá, dòng " + std::to_string(number) + ": " + why);
}

std::optional<KeyBytes> decode_key(std::string_view b64) {
  KeyBytes out{};
  std::size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out.data(), out.size(), b64.data(), b64.size(), nullptr, &len, &end,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      len != kKeyBytes || end != b64.data() + b64.size())
    return std::nullopt;
  return out;
}

std::string encode_key(const KeyBytes& key) {
  std::string out(sodium_base64_encoded_len(kKeyBytes, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), key.data(), key.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

bool is_key_id(std::string_view id) {
  return id.size() == 8 && std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

KeyBytes random_key() {
  sodium_ready();
  KeyBytes k{};
  randombytes_buf(k.data(), k.size());
  return k;
}

}  // namespace

const SealingKey* KeyRing::find(std::string_view id) const {
  for (const auto& k : sealing)
    if (k.id == id) return &k;
  return nullptr;
}

Result<KeyRing> parse_key_ring(std::string_view text) {
  sodium_ready();
  KeyRing ring;
  bool have_lookup = false;
  std::size_t number = 0;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++number;
    const auto w = words(line);
    if (w.empty() || w[0].starts_with('#')) continue;
    if (w[0] == "lookup" && w.size() == 2) {
      if (have_lookup) return bad_line(number, "a second lookup key");
      auto k = decode_key(w[1]);
      if (!k) return bad_line(number, "the key is not 32 bytes in base64");
      ring.lookup = *k;
      have_lookup = true;
    } else if (w[0] == "seal" && w.size() == 3) {
      if (!is_key_id(w[1])) return bad_line(number, "a key id is 8 lowercase hex digits");
      if (ring.find(w[1])) return bad_line(number, "key id " + std::string(w[1]) + " repeated");
      auto k = decode_key(w[2]);
      if (!k) return bad_line(number, "the key is not 32 bytes in base64");
      ring.sealing.push_back({std::string(w[1]), *k});
    } else {
      return bad_line(number, "expected \"lookup <key>\" or \"seal <id> <key>\"");
    }
  }
  if (!have_lookup) return bad_line(number, "no lookup key");
  if (ring.sealing.empty()) return bad_line(number, "no sealing key");
  return ring;
}

std::string format_key_ring(const KeyRing& ring) {
  std::string out =
      "# motcua personal-data keys (docs/deploy.md). Secret: readable by the service account\n"
      "# only, never committed, backed up apart from the database. Without it the sealed\n"
      "# identity numbers, phones, e-mails and addresses cannot be read. The last seal key\n"
      "# seals new values; older ones open what they sealed.\n";
  out += "lookup " + encode_key(ring.lookup) + "\n";
  for (const auto& k : ring.sealing) out += "seal " + k.id + " " + encode_key(k.bytes) + "\n";
  return out;
}

KeyRing new_key_ring() {
  KeyRing ring;
  ring.lookup = random_key();
  ring.sealing.push_back(new_sealing_key(ring));
  return ring;
}

SealingKey new_sealing_key(const KeyRing& ring) {
  sodium_ready();
  for (;;) {
    unsigned char id[4];
    randombytes_buf(id, sizeof id);
    char hex[9];
    sodium_bin2hex(hex, sizeof hex, id, sizeof id);
    if (!ring.find(hex)) return {hex, random_key()};
  }
}

std::string fingerprint(const KeyBytes& key) {
  sodium_ready();
  static constexpr std::string_view kText = "motcua data key fingerprint v1";
  unsigned char out[16];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(kText.data()),
                     kText.size(), key.data(), key.size());
  char hex[2 * sizeof out + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

}  // namespace motcua::secret

#include "motcua/dossier/history.hpp"

#include <openssl/evp.h>

#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"

namespace motcua::dossier {

namespace {
std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}
}  // namespace

std::string compute_event_hash(const DossierEvent& e) {
  // A JSON array is an unambiguous encoding: no separator can be forged inside a value.
  const nlohmann::json canonical = {e.seq,
                                    e.chain_key,
                                    e.chain_pos,
                                    e.dossier_code,
                                    format_iso(e.at),
                                    e.actor,
                                    std::string(to_string(e.kind)),
                                    e.from_status,
                                    e.to_status,
                                    e.details,
                                    e.note,
                                    e.prev_hash};
  return sha256_hex(canonical.dump());
}

std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events) {
  std::string prev(kGenesisHash);
  std::int64_t expected_pos = 1;
  for (const auto& e : events) {
    if (e.chain_pos != expected_pos)
      return ChainBreak{e.seq, e.chain_pos,
                        "chain position " + std::to_string(e.chain_pos) + " where " +
                            std::to_string(expected_pos) + " was expected (a row is missing)"};
    if (e.prev_hash != prev)
      return ChainBreak{e.seq, e.chain_pos, "prev_hash does not match the previous event"};
    if (compute_event_hash(e) != e.hash)
      return ChainBreak{e.seq, e.chain_pos, "the event's content does not match its hash"};
    prev = e.hash;
    ++expected_pos;
  }
  return std::nullopt;
}

}  // namespace motcua::dossier

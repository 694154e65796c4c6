#include "motcua/dossier/history.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "motcua/common/time.hpp"
#include "motcua/dossier/erasure.hpp"

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

using Json = nlohmann::json;

// JSON text that never throws: a byte that is not UTF-8 (only an altered row holds one) is
// replaced, so the hash differs and the event is reported, not the check aborted.
std::string dumped(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// The details as parsed JSON, or nothing when they are not an object (then they are hashed as
// they are written, so a change still shows).
std::optional<Json> details_object(const std::string& details) {
  Json j = Json::parse(details, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  return j;
}

// The members of details that people write in their own words: why (a refusal, a pause, a
// withdrawal…) and what to bring (a supplement's items).
constexpr std::array<const char*, 2> kFreeTextKeys = {"reason", "items"};

// An event's details of the 0037 format, parsed once: the free-text members (whatever their
// value: an empty one is still a member the digest covers), the rest as the hash covers it, and
// whether the text is written as details_text writes it (keys sorted, no spaces). Another
// spelling of the same JSON is an alteration all the same (and a duplicated key could make two
// readers see two values), though the hash covers the details as parsed.
struct DetailParts {
  Json free_text = Json::object();
  std::string rest;
  bool canonical = false;
};

DetailParts split_details(const std::string& details) {
  const auto j = details_object(details);
  if (!j) return {Json::object(), details, false};
  DetailParts parts;
  Json rest = *j;
  for (const char* key : kFreeTextKeys)
    if (const auto it = rest.find(key); it != rest.end()) {
      parts.free_text[key] = *it;
      rest.erase(it);
    }
  parts.rest = dumped(rest);
  parts.canonical = dumped(*j) == details;
  return parts;
}

std::string free_text_digest(const std::string& salt, const std::string& note,
                             const Json& free_text) {
  return sha256_hex(dumped(Json::array({salt, note, free_text})));
}

// The event's hash; `rest`: for an event with a digest, its details without the free text.
std::string hash_of(const DossierEvent& e, const std::string& rest) {
  // A JSON array is an unambiguous encoding: no separator can be forged inside a value.
  Json canonical = {e.seq,
                    e.chain_key,
                    e.chain_pos,
                    e.dossier_code,
                    format_iso(e.at),
                    e.actor,
                    std::string(to_string(e.kind)),
                    e.from_status,
                    e.to_status};
  if (e.text_digest.empty()) {
    canonical.push_back(e.details);
    canonical.push_back(e.note);
  } else {
    // The format of migration 0037: the digest stands for the free text; the leading 2 keeps
    // the two formats' inputs apart.
    canonical.insert(canonical.begin(), 2);
    canonical.push_back(rest);
    canonical.push_back(e.text_digest);
  }
  canonical.push_back(e.prev_hash);
  return sha256_hex(dumped(canonical));
}

bool erases_everything(const DossierEvent& e) {
  if (e.kind != EventKind::personal_data_erased) return false;
  const auto j = details_object(e.details);
  if (!j) return false;
  const auto it = j->find("erased_scope");
  return it != j->end() && it->is_string() &&
         it->get<std::string>() == to_string(ErasureScope::everything);
}

}  // namespace

void commit_free_text(DossierEvent& e, std::string salt_hex) {
  e.text_salt = std::move(salt_hex);
  e.text_digest = free_text_digest(e.text_salt, e.note, split_details(e.details).free_text);
}

bool has_free_text(const DossierEvent& e) {
  return !e.note.empty() || !split_details(e.details).free_text.empty();
}

bool free_text_erased(const DossierEvent& e) {
  return !e.text_digest.empty() && e.text_salt.empty();
}

DossierEvent without_free_text(DossierEvent e) {
  if (e.text_digest.empty()) return e;
  e.note.clear();
  if (auto parts = split_details(e.details); !parts.free_text.empty())
    e.details = std::move(parts.rest);
  e.text_salt.clear();
  return e;
}

std::string compute_event_hash(const DossierEvent& e) {
  return hash_of(e, e.text_digest.empty() ? std::string() : split_details(e.details).rest);
}

std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events) {
  std::string prev(kGenesisHash);
  std::int64_t expected_pos = 1;
  // Dossiers whose free text is gone, with the first such event, until an erasure of their
  // everything further down the chain accounts for it.
  std::map<std::string, const DossierEvent*> text_gone;
  for (const auto& e : events) {
    if (e.chain_pos != expected_pos)
      return ChainBreak{e.seq, e.chain_pos,
                        "chain position " + std::to_string(e.chain_pos) + " where " +
                            std::to_string(expected_pos) + " was expected (a row is missing)"};
    if (e.prev_hash != prev)
      return ChainBreak{e.seq, e.chain_pos, "prev_hash does not match the previous event"};
    // Details of the 0037 format are parsed once for every check below.
    const DetailParts parts = e.text_digest.empty() ? DetailParts{} : split_details(e.details);
    if (hash_of(e, parts.rest) != e.hash)
      return ChainBreak{e.seq, e.chain_pos, "the event's content does not match its hash"};
    if (!e.text_digest.empty()) {
      if (!parts.canonical)
        return ChainBreak{e.seq, e.chain_pos, "the event's details were rewritten"};
      if (!e.text_salt.empty() &&
          free_text_digest(e.text_salt, e.note, parts.free_text) != e.text_digest)
        return ChainBreak{e.seq, e.chain_pos,
                          "the event's note or reason does not match its digest"};
      if (e.text_salt.empty()) {
        if (!e.note.empty() || !parts.free_text.empty())
          return ChainBreak{e.seq, e.chain_pos, "the event's note or reason lost its salt"};
        text_gone.try_emplace(e.dossier_code, &e);
      }
    }
    if (erases_everything(e)) text_gone.erase(e.dossier_code);
    prev = e.hash;
    ++expected_pos;
  }
  if (!text_gone.empty()) {
    const DossierEvent& e =
        *std::min_element(text_gone.begin(), text_gone.end(), [](auto& a, auto& b) {
           return a.second->chain_pos < b.second->chain_pos;
         })->second;
    return ChainBreak{e.seq, e.chain_pos,
                      "the event's note or reason was removed without an erasure on record"};
  }
  return std::nullopt;
}

}  // namespace motcua::dossier

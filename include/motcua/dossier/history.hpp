#pragma once
// The tamper-evident history: each event carries the SHA-256 of the previous event of its
// chain, and its own hash covers every other column, so altering or removing a row in the
// middle breaks the chain.
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/dossier.hpp"

namespace motcua::dossier {

// Hash of the chain before its first event.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) over every column of the event except `hash` itself; for an event with a
// text_digest, over the digest in place of its free text and salt.
std::string compute_event_hash(const DossierEvent& e);

// Free text that people type (an event's note; the "reason" and "items" of its details) may
// name a person, and Law 91/2025 Art. 14 lets it be erased, while the chain must still verify.
// So an event's hash covers SHA-256 of [salt, note, those members], salted with random bytes
// kept beside the text:
// an erasure of everything removes the text and the salt, and the digest left behind cannot be
// tested against a guess. `salt_hex` comes from the caller (a random 128 bits), so this stays
// a pure function.
void commit_free_text(DossierEvent& e, std::string salt_hex);

// Whether the event holds free text (a note, a reason, items).
bool has_free_text(const DossierEvent& e);

// Whether the event's free text was erased (its salt is gone).
bool free_text_erased(const DossierEvent& e);

// The event as an erasure of everything leaves it: no note, reason, items or salt. Only for an
// event with a text_digest: an older event's hash covers its text, which therefore stays.
DossierEvent without_free_text(DossierEvent e);

struct ChainBreak {
  std::int64_t seq = 0;
  std::int64_t chain_pos = 0;
  std::string reason;
};

// Checks one chain's events given in chain_pos order; nothing when intact. Free text missing
// from an event is a break unless a later personal_data_erased event of the chain erased the
// dossier's everything.
std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events);

}  // namespace motcua::dossier

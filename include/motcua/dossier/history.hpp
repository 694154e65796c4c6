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

// SHA-256 (hex) over every column of the event except `hash` itself.
std::string compute_event_hash(const DossierEvent& e);

struct ChainBreak {
  std::int64_t seq = 0;
  std::int64_t chain_pos = 0;
  std::string reason;
};

// Checks one chain's events given in chain_pos order; nothing when intact.
std::optional<ChainBreak> verify_chain(const std::vector<DossierEvent>& events);

}  // namespace motcua::dossier

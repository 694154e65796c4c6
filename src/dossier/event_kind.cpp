#include "motcua/dossier/event_kind.hpp"

#include <array>

namespace motcua::dossier {

namespace {
constexpr std::array<std::string_view, 22> kNames = {"receive",
                                                     "claim",
                                                     "assign",
                                                     "forward",
                                                     "send_back",
                                                     "request_supplement",
                                                     "submit_supplement",
                                                     "refuse",
                                                     "approve",
                                                     "sign",
                                                     "result_ready",
                                                     "return_result",
                                                     "withdraw",
                                                     "pause",
                                                     "resume",
                                                     "apologize",
                                                     "submit_online",
                                                     "accept_online",
                                                     "not_received",
                                                     "rated",
                                                     "personal_data_erased",
                                                     "unknown"};
}  // namespace

std::string_view to_string(EventKind k) { return kNames.at(static_cast<size_t>(k)); }

EventKind parse_event_kind(std::string_view name) {
  for (size_t i = 0; i + 1 < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<EventKind>(i);
  return EventKind::unknown;
}

}  // namespace motcua::dossier

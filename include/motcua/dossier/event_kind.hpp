#pragma once
// What one event of a dossier's history records: its reception, or one officer's action
// (the `Action`s of workflow.hpp, in the same order). The stored text is the name.
#include <optional>
#include <string_view>

namespace motcua::dossier {

enum class EventKind {
  receive,
  claim,
  assign,
  forward,
  send_back,
  request_supplement,
  submit_supplement,
  refuse,
  approve,
  sign,
  result_ready,
  return_result,
  withdraw,
  pause,
  resume,
  apologize,
  unknown,  // a stored name this build does not know: the row was altered (or is newer)
};

std::string_view to_string(EventKind k);
// `unknown` for a name no kind has.
EventKind parse_event_kind(std::string_view name);

}  // namespace motcua::dossier

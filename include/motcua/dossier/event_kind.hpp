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
  // Not officers' workflow actions (online submission and rating, issue 11):
  submit_online,  // the applicant submitted on the portal (status submitted)
  accept_online,  // the desk accepted it: received now, the appointment counts from here
  not_received,   // the desk answered with Form 02 / Form 03 (details: notice_id, notice_kind)
  rated,          // the applicant rated the service (details: rating = a level's code)
  // The applicant's personal data was erased (issue 14; dossier/erasure.hpp; details:
  // erased_scope, erasure_ground, decision, uploads_removed). Names no erased value.
  personal_data_erased,
  unknown,  // a stored name this build does not know: the row was altered (or is newer)
};

std::string_view to_string(EventKind k);
// The event that received the dossier: reception at the desk, or the acceptance of an online
// submission (whose details are a reception's).
inline bool is_reception(EventKind k) {
  return k == EventKind::receive || k == EventKind::accept_online;
}
// Events that neither receive nor move the dossier between steps or agencies.
inline bool is_outside_processing(EventKind k) {
  return k == EventKind::submit_online || k == EventKind::rated ||
         k == EventKind::personal_data_erased;
}
// `unknown` for a name no kind has.
EventKind parse_event_kind(std::string_view name);

}  // namespace motcua::dossier

#pragma once
// A dossier (hồ sơ) as the system keeps it, and the events of its history.
#include <optional>
#include <string>
#include <vector>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/catalog/procedure.hpp"
#include "motcua/common/clock.hpp"
#include "motcua/dossier/event_kind.hpp"

namespace motcua::dossier {

enum class DossierStatus {
  received,              // recorded at the desk, not yet in a processing step
  in_progress,           // in a processing step at some agency
  supplement_requested,  // waiting for the applicant (Form 02); the clock restarts on return
  paused,                // processing suspended where the law allows it
  approved,              // decided, waiting for signature / result
  result_ready,          // result at the desk or ready to post
  returned,              // result handed over (finished)
  refused,               // Form 03 (finished)
  withdrawn,             // applicant withdrew (finished)
  // Online (issue 11): submitted on the portal, waiting for the receiving desk to check it.
  // Not received yet: no appointment runs and nothing is counted until an officer accepts it
  // (it is then in_progress, received at that moment).
  submitted,
  not_received,  // an online submission the desk answered with Form 02 or Form 03 (finished)
};

std::string_view to_string(DossierStatus s);
bool parse_status(std::string_view name, DossierStatus& out);

struct Applicant {
  std::string full_name;
  std::string id_number;  // 12-digit citizen ID (CCCD)
  std::string phone;      // normalised to 0XXXXXXXXX
  std::string email;
  std::string address;
};

struct ReceivedDocument {
  int required_id = 0;  // 0 for an extra document named by the applicant
  std::string name;
  int copies = 1;
};

struct Dossier {
  std::string code;
  std::string procedure_code;
  std::string procedure_name;
  int procedure_version = 1;
  int process_version = 0;  // the process definition it was received under; 0 = built-in default
  std::string receiving_agency;
  std::string competent_agency;
  catalog::Channel channel = catalog::Channel::counter;
  DossierStatus status = DossierStatus::received;
  std::string current_step;
  std::string step_agency;
  std::string step_role;
  std::string assignee;
  TimePoint received_at{};
  TimePoint due_at{};  // the appointment in force (an apology may have moved it, once)
  // The appointment the outcome is judged against: the one given at reception or at a
  // restart after a supplement, moved only by pauses whose reason stops the clock, never by
  // an apology (Decree 61/2018 Art. 19(9)).
  TimePoint statutory_due_at{};
  std::optional<TimePoint> step_due_at;
  std::optional<TimePoint> finished_at;
  std::optional<calendar::Outcome> outcome;  // set when finished by a decision or a return
  std::optional<TimePoint> apologized_at;    // when the apology (Form 04) was made
  // While paused: why (a code of pause_reasons.hpp; empty for a pause from before the list)
  // and since when.
  std::string pause_reason;
  std::optional<TimePoint> paused_at;
  // The processing time is not running: waiting for the applicant's supplement, or paused for
  // a reason that stops the clock. Such a dossier is never overdue.
  bool clock_stopped = false;
  Applicant applicant;
  // The last four digits of the applicant's phone as stored: the public lookup's and the
  // rating's check, kept when the phone itself is erased (erasure.hpp). Read from the store.
  std::string phone_last4;
  std::vector<ReceivedDocument> documents;
  std::string received_by;
  std::string idempotency_key;
  int version = 1;
};

// One row of the append-only history.
struct DossierEvent {
  std::int64_t seq = 0;
  std::string chain_key;
  std::int64_t chain_pos = 0;
  std::string dossier_code;
  TimePoint at{};
  std::string actor;
  EventKind kind = EventKind::receive;
  std::string from_status;  // empty for the first event
  std::string to_status;
  std::string details;  // JSON object text (event_details.hpp)
  std::string note;
  std::string prev_hash;
  std::string hash;
  // From migration 0037 on, the hash covers text_digest, a salted digest of the free text (the
  // note, details' "reason" and "items"), in place of the text (history.hpp). An empty text_salt
  // beside a digest means the text was erased. Both empty: an older event, whose hash covers the
  // text.
  std::string text_digest;
  std::string text_salt;
};

}  // namespace motcua::dossier

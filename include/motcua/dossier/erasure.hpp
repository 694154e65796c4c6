#pragma once
// Erasure of an applicant's personal data (issue 14, point 3): when the Personal Data
// Protection Law 91/2025 lets it happen, and how much of it. Art. 14(1) lists the grounds: the
// data subject's request (a), the purpose of processing completed (b), the retention period
// set by law ended (c), a decision of a competent state agency (d). A request must not hinder
// the controller's own legal duties (Art. 4(3)), and an administrative procedure's record is
// such a duty: the agency keeps it for the period its retention schedule sets. So:
//   - the contact details (phone, e-mail, and the messages' recipients) serve only to tell the
//     applicant of their dossier; once the dossier is finished that purpose is complete, and
//     they go at the applicant's request or the agency's own initiative;
//   - everything else (name, identity number, address, uploaded files) belongs to the record
//     and goes only when its retention period has ended or a competent agency decides so;
//   - nothing goes while the dossier is still being processed.
// The rows of tests/data/dossier/erasure.tsv are the cases.
#include <optional>
#include <string>
#include <string_view>

#include "motcua/common/clock.hpp"

namespace motcua::dossier {

enum class ErasureGround {
  subject_request,     // Art. 14(1)(a)
  purpose_completed,   // Art. 14(1)(b)
  retention_ended,     // Art. 14(1)(c)
  authority_decision,  // Art. 14(1)(d)
};
std::string_view to_string(ErasureGround g);  // "subject-request", "purpose-completed", …
bool parse_erasure_ground(std::string_view text, ErasureGround& out);

// How much of a record's personal data is (to be) erased; each scope includes the one before.
enum class ErasureScope { none, contact, everything };
std::string_view to_string(ErasureScope s);  // "none", "contact", "everything"
bool parse_erasure_scope(std::string_view text, ErasureScope& out);

// What the rule needs to know of one record: a dossier, or a reception notice (finished when
// issued).
struct ErasureFacts {
  bool finished = false;  // returned, refused, withdrawn, not received; a notice
  std::optional<TimePoint> finished_at;
  // The retention period the province set for the procedure, in years; nothing when it set
  // none (the record is kept) or keeps the record permanently.
  std::optional<int> retention_years;
  std::string decision;  // the competent agency's decision (number, date)
  ErasureScope already = ErasureScope::none;
  // Messages to the applicant still waiting to go: the purpose of the contact details is not
  // complete until they went (the applicant's own request fails them instead).
  bool messages_pending = false;
};

struct ErasureDecision {
  ErasureScope scope = ErasureScope::none;  // what the ground allows erasing now, in total
  std::string key;                          // why it is that much: a stable code
  std::string reason;                       // the same in English
  std::string reason_vi;
  std::optional<TimePoint> retention_ends;  // when retention ends, if a period is set
};

// The end of a retention period of `years` for a record finished at `finished_at`: counted in
// whole calendar years from the end of the year it finished (local time), so a period is never
// cut short by a finish late in a year.
TimePoint retention_end(TimePoint finished_at, int years);

// How much may be erased on `ground` at `now`. `scope` never shrinks below `facts.already`;
// when it equals `already`, nothing is left to do (the key says why).
ErasureDecision decide_erasure(ErasureGround ground, const ErasureFacts& facts, TimePoint now);

}  // namespace motcua::dossier

#pragma once
// Erasing an applicant's personal data where it is stored (issue 14, point 3; the rule is
// dossier/erasure.hpp): in a dossier's row, its messages and its uploaded files, or in a
// reception notice; and the record of each erasure (migration 0035). Erased fields become
// empty; the keyed hash that found the person goes with the identity number.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/dossier/erasure.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct ErasureRecord {
  std::string record;       // a dossier's code or a reception notice's id
  std::string record_kind;  // "dossier" | "notice"
  dossier::ErasureScope scope = dossier::ErasureScope::none;
  dossier::ErasureGround ground = dossier::ErasureGround::subject_request;
  std::string decision;
  std::string erased_by;
  TimePoint erased_at{};
};

// What the erasure rule and the history need of a record, read without opening any sealed
// field: a record whose fields were altered is erased all the same.
struct ErasureSubject {
  std::string procedure_code;
  bool finished = false;
  std::optional<TimePoint> finished_at;
  std::string status;             // a dossier's status ("" for a notice)
  std::string chain_key;          // a dossier's history chain (its receiving agency)
  bool messages_pending = false;  // a dossier's messages still queued
};
Result<std::optional<ErasureSubject>> dossier_erasure_subject(SqlConnection& c,
                                                              const std::string& code);
Result<std::optional<ErasureSubject>> notice_erasure_subject(SqlConnection& c,
                                                             const std::string& id);

// How much of the record's personal data was erased so far.
Result<dossier::ErasureScope> erased_scope(SqlConnection& c, const std::string& record);
Status record_erasure(SqlConnection& c, const ErasureRecord& e);

// What an erasure of a dossier took away beyond its fields.
struct DossierErasure {
  int uploads_removed = 0;
  int texts_erased = 0;  // events whose note or reason went (history.hpp), the rating's comment
  int texts_kept = 0;    // events from before migration 0037: their hash covers their text
};

// Erases from the dossier `code` what `scope` covers: contact (phone, e-mail; the recipients of
// its messages, those still queued failed) or everything (also the name, identity number and
// its hash, address, the last four phone digits, the messages' text, the uploaded files no
// other dossier names, the free text of its history and its rating's comment). An erasure of
// everything must be recorded first (the append-only guards read it).
Result<DossierErasure> erase_dossier_personal_data(SqlConnection& c, const std::string& code,
                                                   dossier::ErasureScope scope);
// The same for the reception notice `id` (it has no messages or uploads; everything takes what
// it asked for and why, its items and reason, too).
Status erase_notice_personal_data(SqlConnection& c, const std::string& id,
                                  dossier::ErasureScope scope);

// Finished dossiers and reception notices not erased whole, after `after` in code order, at
// most `limit`: what a sweep of ended retention periods looks at.
struct ErasureCandidate {
  std::string record;
  std::string record_kind;
  std::string procedure_code;
  TimePoint finished_at{};
};
Result<std::vector<ErasureCandidate>> erasure_candidates(SqlConnection& c,
                                                         const std::string& record_kind,
                                                         const std::string& after, int limit);

}  // namespace motcua::store

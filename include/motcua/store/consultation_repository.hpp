#pragma once
// Opinions asked of other agencies (Decree 61/2018 Art. 19(5); migration 0018): one row per
// ad-hoc forward that asks, written in the transaction of its history event and completed in
// that of the event that answers. The history stays the record; the rows make the report of
// late answers and the queue's flag cost O(page).
#include <optional>
#include <string>
#include <vector>

#include "motcua/store/queue_repository.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

struct ConsultationRow {
  std::string id;  // <dossier code>#<asked_seq>
  std::string dossier_code;
  std::string receiving_agency;
  std::string asking_agency;
  std::string consulted_agency;
  std::string consulted_role;
  std::string asked_by;
  std::string asked_at;  // ISO, +07:00 (as every stored time)
  std::int64_t asked_seq = 0;
  std::string due_at;
  std::optional<std::string> closed_at;
  std::optional<std::string> closed_kind;  // "forward" = answered
  std::optional<std::string> answered_by;
  std::optional<std::int64_t> answered_seq;
  bool late = false;  // answered after due_at
};

Status insert_consultation(SqlConnection& c, const ConsultationRow& row);
// The dossier's consultation not yet closed, if any.
Result<std::optional<ConsultationRow>> open_consultation(SqlConnection& c,
                                                         const std::string& dossier_code);
// Closes the dossier's open consultation (no-op when none is open).
Status close_consultation(SqlConnection& c, const std::string& id, const std::string& closed_at,
                          const std::string& closed_kind, const std::string& by, std::int64_t seq,
                          bool late);
// The dossier's most recent consultation, if any (one index probe).
Result<std::optional<ConsultationRow>> latest_consultation(SqlConnection& c,
                                                           const std::string& dossier_code);

// Consultations of `agency_code` (it asked, or it is the receiving desk of a dossier another
// agency asked about) that were answered late or are still open, whose due time lies in
// [from_iso, to_iso), by due time then id, after `after` (PageKey{due_at, id}); at most
// `limit`. Open ones not yet late at `now_iso` are left out. Two index ranges, merged.
Result<std::vector<ConsultationRow>> late_consultations(SqlConnection& c,
                                                        const std::string& agency_code,
                                                        const std::string& from_iso,
                                                        const std::string& to_iso,
                                                        const std::string& now_iso, int limit,
                                                        const std::optional<PageKey>& after);

}  // namespace motcua::store

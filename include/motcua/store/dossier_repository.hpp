#pragma once
// Dossiers, their sequence numbers and their hash-chained history in the database. Functions
// that change data run inside Database::write, so a dossier row and its event commit together.
#include <optional>
#include <string>
#include <vector>

#include "motcua/common/clock.hpp"
#include "motcua/dossier/dossier.hpp"
#include "motcua/dossier/history.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// The next number of the agency's day (YYMMDD); numbers are never reused.
Result<long long> next_dossier_number(SqlConnection& c, const std::string& agency_code,
                                      const std::string& day);

Status insert_dossier(SqlConnection& c, const dossier::Dossier& d);
// Writes the dossier's mutable columns; fails with conflict when its version moved meanwhile.
Status update_dossier(SqlConnection& c, const dossier::Dossier& d, int expected_version);
Result<std::optional<dossier::Dossier>> find_dossier(SqlConnection& c, const std::string& code);
Result<std::optional<dossier::Dossier>> find_dossier_by_idempotency_key(SqlConnection& c,
                                                                        const std::string& key);

// The tracking book (Form 07): dossiers `agency` received in [from, to), in the order they
// were received, at most `limit`. `from`/`to` are bounds of received_at.
Result<std::vector<dossier::Dossier>> dossiers_received(SqlConnection& c, const std::string& agency,
                                                        TimePoint from, TimePoint to, int limit);
// How many dossiers `agency` received from `since` up to, not including, dossier `d` in the
// same order (received_at, then the code's day sequence): its place in a book opened at
// `since`. Reception time and code never change, and dossiers are never deleted, so the
// answer for a dossier never changes once later ones arrive.
Result<long long> dossiers_received_before(SqlConnection& c, const std::string& agency,
                                           TimePoint since, const dossier::Dossier& d);

// Appends an event to the chain `chain_key`: fills seq, chain_pos, prev_hash and hash.
Result<dossier::DossierEvent> append_event(SqlConnection& c, dossier::DossierEvent e);
Result<std::vector<dossier::DossierEvent>> dossier_events(SqlConnection& c,
                                                          const std::string& dossier_code);

// Records one staff read of a full dossier in dossier_reads (who, when, why), which is kept
// for the personal-data audit.
struct DossierRead {
  TimePoint at{};
  std::string username;
  std::string dossier_code;
  std::string purpose;  // "view", "receipt", …
  std::string address;  // the client's, after the trusted proxy
  // A reception notice read (Forms 02/03 hold the applicant's data): its id; dossier_code is
  // then the dossier it answered, if any.
  std::string notice_id;
};
Status record_dossier_read(SqlConnection& c, const DossierRead& read);
// The reads of one dossier, the newest first.
Result<std::vector<DossierRead>> reads_of_dossier(SqlConnection& c, const std::string& code,
                                                  int limit, int offset);
// The reads of one reception notice, the newest first.
Result<std::vector<DossierRead>> reads_of_notice(SqlConnection& c, const std::string& notice_id);
// The reads by one officer in [from, to), the newest first.
Result<std::vector<DossierRead>> reads_by_user(SqlConnection& c, const std::string& username,
                                               TimePoint from, TimePoint to, int limit, int offset);

struct ChainReport {
  std::string chain_key;
  std::int64_t length = 0;
  std::string head_hash;
  std::optional<dossier::ChainBreak> broken;
};
// Verifies every chain from its first event, and that chain_heads agrees with each chain's end.
Result<std::vector<ChainReport>> verify_all_chains(SqlConnection& c);

}  // namespace motcua::store

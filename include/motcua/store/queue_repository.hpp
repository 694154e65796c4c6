#pragma once
// The lists officers open: the work queue (open dossiers waiting at an agency and role, by step
// due time) and the late dossiers without an apology. Each reads one index range from where
// the previous page ended (keyset paging, migration 0010), so a page costs the same with a
// thousand dossiers or millions, however deep it is.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store {

// Where a page ended: the sort key of its last row. `at` is an ISO time (empty in the queue's
// tail of dossiers without a step due time), `code` breaks ties.
struct PageKey {
  std::string at;
  std::string code;
  bool operator==(const PageKey&) const = default;
};

// Open dossiers whose step is at `agency_code` and, unless `role` is empty, for `role`:
// earliest step due time first, those without one (waiting for the applicant) last, then by
// code. The page starts after `after` (from the beginning when none), skipping `offset` rows
// more (the older paging; it costs O(offset)).
Result<std::vector<dossier::Dossier>> queue_page(SqlConnection& c, const std::string& agency_code,
                                                 const std::string& role, int limit,
                                                 const std::optional<PageKey>& after,
                                                 int offset = 0);
// The key a queue page ending with `d` resumes after.
PageKey queue_key(const dossier::Dossier& d);

struct LateDossierRow {
  std::string code;
  std::string receiving_agency;
  std::string status;
  std::string due_at;            // the appointment in force
  std::string statutory_due_at;  // the one lateness is judged by (the sort key)
  std::optional<std::string> finished_at;
};
// Late dossiers of an agency (competent for them, or received there for another agency) with
// no apology, by statutory appointment then code, after `after`. Late = decided late, or
// undecided, open, not waiting for the applicant and past its statutory appointment at
// `now_iso`.
Result<std::vector<LateDossierRow>> late_without_apology(SqlConnection& c,
                                                         const std::string& agency_code,
                                                         const std::string& now_iso, int limit,
                                                         const std::optional<PageKey>& after);

struct LateCounts {
  std::int64_t without_apology = 0;
  std::int64_t with_apology = 0;
};
// How many of the agency's dossiers whose statutory appointment fell in [from, now) are late,
// with and without an apology (Decree 61/2018 Art. 19(9)): the whole days from late_tally
// (migration 0026), the part of the first day and today from the dossiers' partial indexes.
// O(days in the period + late dossiers due on those two days), not O(dossiers).
Result<LateCounts> late_counts(SqlConnection& c, const std::string& agency_code, TimePoint from,
                               TimePoint now);
// Fills late_tally again from the dossiers (`motcua stats rebuild`).
Status recount_late_tally(SqlConnection& c);
// Where late_tally differs from the dossiers (`motcua stats verify`), or nothing.
Result<std::optional<std::string>> late_tally_difference(SqlConnection& c);

// Dossiers paused at an agency (the one holding them), paused longest first; resumes after
// `after` (paused_at, code). O(page) through the partial index of migration 0012.
Result<std::vector<dossier::Dossier>> paused_page(SqlConnection& c, const std::string& agency_code,
                                                  int limit, const std::optional<PageKey>& after);
PageKey paused_key(const dossier::Dossier& d);

// How many dossiers are paused at the agency, by reason code ("" for a pause from before the
// list). O(paused dossiers of the agency).
Result<std::vector<std::pair<std::string, std::int64_t>>> paused_counts(
    SqlConnection& c, const std::string& agency_code);

}  // namespace motcua::store

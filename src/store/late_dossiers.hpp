#pragma once
// What makes a dossier late, as the apology report (queue_repository.cpp) and its tally
// (late_tally.cpp, migration 0026) both say it.
#include <string>

#include "motcua/store/sql.hpp"

// Late: decided late, or undecided, open, with its clock running and past the appointment
// (a dossier waiting for the applicant, or lawfully paused, is never overdue). Written once,
// word for word as the partial indexes of migration 0012 say it, so that both engines use them.
#define MOTCUA_LATE                                                  \
  "(outcome = 'late' OR (outcome IS NULL AND clock_stopped = 0 AND " \
  "status NOT IN ('returned', 'refused', 'withdrawn')))"

// The agency's side of a late dossier, before now ($1 agency, $2 now): competent for it, or
// received for another agency (disjoint), as the partial indexes of migration 0010 say it.
#define MOTCUA_COMPETENT "competent_agency = $1 AND statutory_due_at < $2 "
#define MOTCUA_RECEIVED \
  "receiving_agency = $1 AND statutory_due_at < $2 AND competent_agency <> receiving_agency "

namespace motcua::store::detail {

// Takes the dossier `code` out of (sign -1) or puts it into (sign +1) its rows of late_tally,
// as the dossiers table holds it now: before and after every update of the dossier, after its
// insert, in the same transaction.
Status tally_late(SqlConnection& c, const std::string& code, int sign);

}  // namespace motcua::store::detail

#pragma once
// Keeps each dossier's marks (the dossiers behind each figure, migration 0020) in step with
// its counters: written with them in the same transaction, and rebuilt with them.
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

// The dossier's marks after `history` (its whole history, the new event included).
Status mark_dossier(store::SqlConnection& c, const dossier::Dossier& d,
                    const std::vector<dossier::DossierEvent>& history);

// Every dossier's marks again from its history (inside the rebuild's write).
Status rebuild_marks(store::SqlConnection& c);

}  // namespace motcua::service::detail

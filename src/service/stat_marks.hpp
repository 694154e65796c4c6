#pragma once
// Keeps each dossier's marks (the dossiers behind each figure, migration 0020) in step with
// its counters: written with them in the same transaction, and rebuilt with them.
#include <vector>

#include "motcua/stats/counters.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

// The dossier's marks from what its whole history (the new event included) adds: the same
// contribution its counters were just changed by, so the history is walked once.
Status mark_dossier(store::SqlConnection& c, const std::string& code, const stats::CounterKey& key,
                    const stats::DayCounts& contribution);

}  // namespace motcua::service::detail

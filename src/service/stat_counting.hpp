#pragma once
// Keeps the statistics' counters in step with a dossier change, inside the change's write
// transaction (issue 12): the dossier's contribution after the change minus before it.
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::service::detail {

// `before` is the history as it was (empty for a reception), `appended` the event just added.
Status count_change(store::SqlConnection& c, const dossier::Dossier& d,
                    const std::vector<dossier::DossierEvent>& before,
                    const dossier::DossierEvent& appended);

}  // namespace motcua::service::detail

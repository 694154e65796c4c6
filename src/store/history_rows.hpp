#pragma once
// Reading a history's events from query rows, shared by the statistics' rebuild and the
// analysts' export (store-internal).
#include <string>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store::detail {

// The event of dossier `code` in columns first (at), first + 1 (action), first + 2 (details);
// `key` names the error when the time does not read (every stored time is written by
// format_iso; another spelling was altered by hand).
Result<dossier::DossierEvent> history_event(const SqlRow& r, int first, const std::string& code,
                                            const std::string& key);

}  // namespace motcua::store::detail

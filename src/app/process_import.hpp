#pragma once
// `motcua import processes FILE`: process definitions from a JSON file
// ({"processes":[{"procedure_code", "channel", "steps":[…]}, …]}, format in
// src/dossier/README.md), each checked and stored as the ProcessService does for the admin API.
#include <ostream>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/store/database.hpp"

namespace motcua::app {

struct ProcessImportCounts {
  int created = 0;    // stored as a new version
  int unchanged = 0;  // the same steps were already the newest version
  int rejected = 0;
};

// Imports the file's definitions one by one (a rejected one does not stop the others) and
// prints the counts and every rejection with its reason. Fails only when the file cannot be
// read as {"processes":[…]}.
Result<ProcessImportCounts> import_processes_text(store::Database& db, const Clock& clock,
                                                  const std::string& json_text, std::ostream& out);
// Reads `path`; 0 when every definition was taken, 1 when some were rejected, 2 when the file
// is unreadable.
int import_processes(store::Database& db, const std::string& path, std::ostream& out);

}  // namespace motcua::app

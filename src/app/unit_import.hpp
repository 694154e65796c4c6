#pragma once
// Administrative units (34 provinces, 3,321 communes of 2025) into the database, each also
// becoming an agency of the tree, so every commune's one-stop department can receive dossiers.
#include <ostream>
#include <string>
#include <string_view>

#include "motcua/store/database.hpp"

namespace motcua::app {

// Imports units from the JSON text; returns how many were saved.
Result<int> import_units_text(store::Database& db, std::string_view json_text);
// Imports from a file, or from the full_json_* file inside a folder; prints a summary.
int import_units(store::Database& db, const std::string& path, std::ostream& out);

}  // namespace motcua::app

#pragma once
// Reading whole dossier rows, shared by the repositories that list dossiers (store-internal).
#include <string_view>
#include <vector>

#include "motcua/dossier/dossier.hpp"
#include "motcua/store/sql.hpp"

namespace motcua::store::detail {

// Every dossier `rest` selects, in its order: `rest` follows "SELECT <all columns> FROM
// dossiers d LEFT JOIN procedures p ON …" and may use the aliases d and p ("WHERE … ORDER BY
// … LIMIT …"). One query, whatever the number of rows.
Result<std::vector<dossier::Dossier>> select_dossiers(SqlConnection& c, std::string_view rest,
                                                      const std::vector<SqlValue>& params);

}  // namespace motcua::store::detail

#pragma once
// Moving a store from one engine to another (issue 13, point 5: `motcua migrate-store`, a
// commune's SQLite file onto the province's PostgreSQL server). Both ends are migrated to the
// same version by the same binary, so their tables and columns are the same.
#include <cstdint>
#include <string>
#include <vector>

#include "motcua/store/sql.hpp"

namespace motcua::store {

struct TableCopy {
  std::string table;
  std::int64_t rows = 0;  // copied, and counted again on both ends
};

// Whether `to` holds no data of its own yet (no agency, procedure, user or dossier): a copy
// goes only into an empty store.
Result<bool> store_is_empty(SqlConnection& to);

// Copies every table of `from` (a SQLite store, read in one snapshot) into `to`, inside the
// transaction the caller holds on `to`: rows the migrations seeded there are replaced, tables
// in the order the migrations made them (a row's references come first; agencies parent
// first), then each table's rows are counted on both ends. A difference is an error, and the
// caller's rollback leaves `to` as it was.
Result<std::vector<TableCopy>> copy_store(SqlConnection& from, SqlConnection& to);

// Every table of a SQLite store with its row count, in the order the migrations made them: what
// a backup and its restored copy are compared by.
Result<std::vector<TableCopy>> count_tables(SqlConnection& sqlite);

}  // namespace motcua::store

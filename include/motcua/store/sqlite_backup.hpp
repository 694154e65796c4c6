#pragma once
// Backups of a SQLite store (issue 14, point 6: `motcua backup`, `motcua restore`). A
// PostgreSQL store is backed up by PostgreSQL's own tools (docs/deploy.md).
#include <string>

#include "motcua/store/sql.hpp"

namespace motcua::store {

// Copies the SQLite store at `from` into the new file `to` with SQLite's online backup API, in
// one step: the copy is one snapshot, taken in a read transaction, so a server writing to
// `from` meanwhile goes on (WAL lets a writer pass a reader) and its later commits are not in
// the copy. (Copying page by page would start again whenever the server committed.) `to` must
// not exist: the copy is written beside it and renamed into place only when whole and flushed.
Status backup_sqlite_file(const std::string& from, const std::string& to);

// SQLite's own check of a file's pages and indexes (PRAGMA quick_check): an error naming its
// first complaint when the file is not a sound SQLite database.
Status check_sqlite_file(const std::string& path);

}  // namespace motcua::store

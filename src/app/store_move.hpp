#pragma once
// Moving a SQLite store into an empty PostgreSQL database, verified: `motcua migrate-store`,
// and `motcua restore` of a backup onto a PostgreSQL server.
#include <string>

namespace motcua::app {

// Prints each table's rows and the chains' verdict; returns the command's exit status (0 when
// moved, 1 when nothing was moved, 2 for a wrong argument).
// `key_file`: the keys the source's personal data is sealed with ("": the source's default).
int move_store_to_postgres(const std::string& from_path, const std::string& to_uri,
                           const std::string& key_file = {});

}  // namespace motcua::app

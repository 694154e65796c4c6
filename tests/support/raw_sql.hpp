#pragma once
// SQL run straight on a server's database, past motcua: what someone holding the SQLite file or
// a PostgreSQL superuser's password could do, and how a test counts rows the API does not
// show. The sqlite3 CLI for a file, psql for a postgresql:// URI, so every suite runs on both
// engines (issue 13).
#include <nlohmann/json.hpp>
#include <string>

namespace motcua::testing {

bool is_postgres(const std::string& db);

// Runs one or more statements; returns the tool's exit status (non-zero when one failed) and
// puts its output in `output`: rows as `a|b|c` lines on both engines.
int raw_sql(const std::string& db, const std::string& statements, std::string* output = nullptr);

// The rows of one SELECT as JSON objects (column name → value); an array, empty when none.
nlohmann::json raw_rows(const std::string& db, const std::string& select);

// Runs statements on `table` with its append-only triggers out of the way, as a tamperer with
// full rights would: SQLite drops them, PostgreSQL disables them for the statements.
int tamper(const std::string& db, const std::string& table, const std::string& statements,
           std::string* output = nullptr);

}  // namespace motcua::testing

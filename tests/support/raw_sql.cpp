#include "support/raw_sql.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "motcua/store/database.hpp"
#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

// The statements go through a file: quoting them for a shell would change them.
class SqlFile {
 public:
  explicit SqlFile(const std::string& statements) {
    std::string name = (std::filesystem::temp_directory_path() / "motcua-sql-XXXXXX").string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    ::close(fd);
    path_ = name;
    std::ofstream(path_) << statements << "\n";
  }
  ~SqlFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string tool(const std::string& db, const std::string& options) {
  if (is_postgres(db)) return "psql -X -q -v ON_ERROR_STOP=1 -At " + options + " '" + db + "'";
  return "sqlite3 -bail " + options + " '" + db + "'";
}

}  // namespace

bool is_postgres(const std::string& db) { return store::Database::names_server(db); }

int raw_sql(const std::string& db, const std::string& statements, std::string* output) {
  SqlFile file(statements);
  // Without psql's -1 each statement commits on its own, as in the sqlite3 shell.
  return run_command(tool(db, "") + " < '" + file.path() + "'", output);
}

nlohmann::json raw_rows(const std::string& db, const std::string& select) {
  std::string out;
  const std::string statement =
      is_postgres(db) ? "SELECT COALESCE(json_agg(r), '[]') FROM (" + select + ") r" : select;
  SqlFile file(statement);
  if (run_command(tool(db, is_postgres(db) ? "" : "-json") + " < '" + file.path() + "'", &out) != 0)
    throw std::runtime_error("raw_rows: " + out);
  if (out.find_first_not_of(" \n") == std::string::npos) return nlohmann::json::array();
  return nlohmann::json::parse(out);
}

int tamper(const std::string& db, const std::string& table, const std::string& statements,
           std::string* output) {
  if (is_postgres(db))
    return raw_sql(db,
                   "ALTER TABLE " + table + " DISABLE TRIGGER USER;\n" + statements +
                       ";\nALTER TABLE " + table + " ENABLE TRIGGER USER;",
                   output);
  // Every trigger on the table goes, whatever its name (append-only guards and the like).
  std::string drops;
  for (const auto& t : raw_rows(db,
                                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                "tbl_name = '" +
                                    table + "'"))
    drops += "DROP TRIGGER " + t["name"].get<std::string>() + ";\n";
  return raw_sql(db, drops + statements + ";", output);
}

}  // namespace motcua::testing

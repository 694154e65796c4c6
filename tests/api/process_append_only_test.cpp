// Stored process versions are never changed or removed on SQLite (migration 0007): dossiers
// keep the version they were received under, so SQL outside the service is refused too.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

// The statement's sqlite3_exec result and its error message.
std::pair<int, std::string> exec(const std::string& db, const std::string& statement) {
  sqlite3* h = nullptr;
  if (sqlite3_open(db.c_str(), &h) != SQLITE_OK) return {SQLITE_CANTOPEN, "cannot open " + db};
  char* err = nullptr;
  const int rc = sqlite3_exec(h, statement.c_str(), nullptr, nullptr, &err);
  std::string message = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(h);
  return {rc, message};
}

TEST(ProcessDefinitionsAppendOnly, UpdateAndDeleteAreRefused) {
  ServerProcess server;
  server.stop();
  const std::string db = server.db_path();
  std::string out;
  const std::string file = std::string(MOTCUA_SOURCE_DIR) + "/data/examples/processes.json";
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", db}, &out), 0) << out;

  auto [update_rc, update_msg] =
      exec(db, "UPDATE process_definitions SET body = '[]', created_by = 'x'");
  EXPECT_NE(update_rc, SQLITE_OK);
  EXPECT_NE(update_msg.find("process_definitions is append-only"), std::string::npos) << update_msg;
  auto [delete_rc, delete_msg] = exec(db, "DELETE FROM process_definitions");
  EXPECT_NE(delete_rc, SQLITE_OK);
  EXPECT_NE(delete_msg.find("process_definitions is append-only"), std::string::npos) << delete_msg;

  // Nothing changed: importing the same file again finds both versions as they were.
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("unchanged: 2"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

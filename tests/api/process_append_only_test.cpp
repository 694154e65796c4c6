// Stored process versions are never changed or removed (migration 0007, triggers on both
// engines): dossiers keep the version they were received under, so SQL outside the service is
// refused too.
#include <gtest/gtest.h>

#include "support/raw_sql.hpp"
#include "support/server_process.hpp"

namespace motcua::testing {
namespace {

TEST(ProcessDefinitionsAppendOnly, UpdateAndDeleteAreRefused) {
  ServerProcess server;
  server.stop();
  const std::string db = server.db_path();
  std::string out;
  const std::string file = std::string(MOTCUA_SOURCE_DIR) + "/data/examples/processes.json";
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", db}, &out), 0) << out;

  for (const char* change : {"UPDATE process_definitions SET body = '[]', created_by = 'x'",
                             "DELETE FROM process_definitions"}) {
    EXPECT_NE(raw_sql(db, change, &out), 0) << change;
    EXPECT_NE(out.find("process_definitions is append-only"), std::string::npos) << out;
  }

  // Nothing changed: importing the same file again finds both versions as they were.
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", db}, &out), 0) << out;
  EXPECT_NE(out.find("unchanged: 2"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

// The history is tamper-evident: `motcua audit verify` passes on an untouched database and
// names the first altered event otherwise.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

void sql(const std::string& db, const std::string& statement) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, statement.c_str(), nullptr, nullptr, &err);
  const std::string message = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(h);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

class AuditVerify : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>();
    ApiClient api(*server_);
    api.login("receiver");
    for (int i = 0; i < 3; ++i)
      ASSERT_EQ(api.post("/api/v1/dossiers", application_for(api, "1.001193")).status, 201);
    server_->stop();
    db_ = server_->db_path();
  }
  std::unique_ptr<ServerProcess> server_;
  std::string db_;
};

TEST_F(AuditVerify, PassesOnAnUntouchedDatabaseAndPrintsTheHead) {
  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", db_}, &out), 0) << out;
  EXPECT_NE(out.find("ok chain 20410 events 3 head "), std::string::npos) << out;
}

TEST_F(AuditVerify, HistoryRowsCannotBeUpdatedThroughSql) {
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &h), SQLITE_OK);
  const int rc = sqlite3_exec(h, "UPDATE dossier_events SET note = 'x'", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  EXPECT_NE(rc, SQLITE_OK);
}

TEST_F(AuditVerify, NamesTheFirstAlteredEventWhateverTheColumn) {
  for (const std::string column : {"note", "actor", "details", "at", "to_status", "dossier_code"}) {
    SetUp();
    sql(db_, "DROP TRIGGER dossier_events_no_update");
    sql(db_, "UPDATE dossier_events SET " + column + " = " + column + " || 'x' WHERE seq = 2");
    std::string out;
    EXPECT_NE(run_motcua({"audit", "verify", "--db", db_}, &out), 0) << column;
    EXPECT_NE(out.find("BROKEN chain 20410 at event seq 2"), std::string::npos) << column << out;
  }
}

TEST_F(AuditVerify, NoticesARemovedTail) {
  sql(db_, "DROP TRIGGER dossier_events_no_delete");
  sql(db_, "DELETE FROM dossier_events WHERE seq = 3");
  std::string out;
  EXPECT_NE(run_motcua({"audit", "verify", "--db", db_}, &out), 0);
  EXPECT_NE(out.find("events removed"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

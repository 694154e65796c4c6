// The history is tamper-evident: `motcua audit verify` passes on an untouched database and
// names the first altered event otherwise.
#include <gtest/gtest.h>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"

namespace motcua::testing {
namespace {

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
  for (const char* change :
       {"UPDATE dossier_events SET note = 'x'", "DELETE FROM dossier_events WHERE seq = 3"}) {
    std::string out;
    EXPECT_NE(raw_sql(db_, change, &out), 0) << change;
    EXPECT_NE(out.find("dossier_events is append-only"), std::string::npos) << out;
  }
  std::string out;
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", db_}, &out), 0) << out;
}

TEST_F(AuditVerify, NamesTheFirstAlteredEventWhateverTheColumn) {
  for (const std::string column : {"note", "actor", "details", "at", "to_status", "dossier_code"}) {
    SetUp();
    std::string out;
    ASSERT_EQ(
        tamper(db_, "dossier_events",
               "UPDATE dossier_events SET " + column + " = " + column + " || 'x' WHERE seq = 2",
               &out),
        0)
        << out;
    EXPECT_NE(run_motcua({"audit", "verify", "--db", db_}, &out), 0) << column;
    EXPECT_NE(out.find("BROKEN chain 20410 at event seq 2"), std::string::npos) << column << out;
  }
}

TEST_F(AuditVerify, NoticesARemovedTail) {
  std::string out;
  ASSERT_EQ(tamper(db_, "dossier_events", "DELETE FROM dossier_events WHERE seq = 3", &out), 0)
      << out;
  EXPECT_NE(run_motcua({"audit", "verify", "--db", db_}, &out), 0);
  EXPECT_NE(out.find("events removed"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

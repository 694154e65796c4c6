// `motcua migrate-store` (issue 13, point 5): a commune that ran on a SQLite file moves onto
// the province's PostgreSQL server with its dossiers, history, files and logins, and serves
// from there as before. Runs in `make test`'s PostgreSQL pass (MOTCUA_TEST_PG).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "support/api_client.hpp"
#include "support/online_submission.hpp"
#include "support/sample_files.hpp"

namespace motcua::testing {
namespace {

TEST(MigrateStore, MovesACommuneOntoPostgresqlWhole) {
  if (!std::getenv("MOTCUA_TEST_PG"))
    GTEST_SKIP() << "needs a PostgreSQL server: MOTCUA_TEST_PG (make test's second pass)";
  std::string scratch = (std::filesystem::temp_directory_path() / "motcua-move-XXXXXX").string();
  ASSERT_NE(::mkdtemp(scratch.data()), nullptr);
  const std::string sqlite_file = scratch + "/commune.db";
  std::vector<std::string> codes;
  std::string upload_url;
  {
    ServerProcess commune({"--demo", "--test-clock"}, sqlite_file);
    ApiClient api(commune);
    api.login("receiver");
    for (int i = 0; i < 3; ++i) {
      auto r = api.post("/api/v1/dossiers", application_for(api, "1.001193"));
      ASSERT_EQ(r.status, 201) << r.body;
      codes.push_back(r.json["code"]);
    }
    api.login("specialist");
    ASSERT_EQ(api.post("/api/v1/dossiers/" + codes[0] + "/actions", {{"action", "claim"}}).status,
              200);
    // An online submission: its files are bytes (a PNG holds NUL bytes), stored as such.
    auto online = submit_online(api, sample_submission(), online_documents(api, "1.001193"));
    ASSERT_EQ(online.status, 201) << online.body;
    codes.push_back(online.json["code"]);
    api.login("receiver");
    auto list = api.get("/api/v1/dossiers/" + codes.back() + "/uploads");
    ASSERT_EQ(list.status, 200) << list.body;
    ASSERT_FALSE(list.json["items"].empty()) << list.body;
    upload_url = list.json["items"][0]["url"];
  }

  const std::string server = fresh_database(scratch);
  std::string out;
  ASSERT_EQ(run_motcua({"migrate-store", "--from", sqlite_file, "--to", server}, &out), 0) << out;
  EXPECT_NE(out.find("history chains intact, heads as in the source"), std::string::npos) << out;
  EXPECT_NE(out.find("dossiers: 4 rows"), std::string::npos) << out;
  // Once moved, a second copy into the same database is refused and changes nothing.
  EXPECT_EQ(run_motcua({"migrate-store", "--from", sqlite_file, "--to", server}, &out), 1) << out;
  EXPECT_NE(out.find("already holds"), std::string::npos) << out;

  EXPECT_EQ(run_motcua({"audit", "verify", "--db", server}, &out), 0) << out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", server}, &out), 0) << out;
  ServerProcess province({"--test-clock"}, server);
  ApiClient api(province);
  api.login("receiver");  // the users and their passwords came along
  for (const auto& code : codes) {
    auto r = api.get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << code << ": " << r.body;
  }
  auto file = api.get(upload_url);
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_TRUE(file.body == small_png() || file.body == small_pdf());  // opened whole
  // New work continues the numbers and the chain where the commune left them.
  auto next = api.post("/api/v1/dossiers", application_for(api, "1.001193"));
  ASSERT_EQ(next.status, 201) << next.body;
  EXPECT_EQ(std::find(codes.begin(), codes.end(), next.json["code"].get<std::string>()),
            codes.end());
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", server}, &out), 0) << out;
  std::filesystem::remove_all(scratch);
}

TEST(MigrateStore, RefusesWhatItCannotMove) {
  std::string out;
  EXPECT_EQ(run_motcua({"migrate-store", "--from", "/nonexistent/x.db", "--to",
                        "postgresql://nobody@127.0.0.1:1/x"},
                       &out),
            2)
      << out;
  EXPECT_NE(out.find("no SQLite store at /nonexistent/x.db"), std::string::npos) << out;
  EXPECT_EQ(run_motcua({"migrate-store", "--from", "a.db", "--to", "b.db"}, &out), 2) << out;
  EXPECT_NE(out.find("--to must be a postgresql:// URI"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

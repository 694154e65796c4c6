// `motcua backup` and `motcua restore` (issue 14, point 6). A copy taken while desks receive
// dossiers is one snapshot (its counters agree with its dossiers, its chains verify), restores
// into a new store (a SQLite file, or an empty PostgreSQL database in make test's second pass)
// that serves it with the same logins, and neither command ever writes over a store.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"
#include "support/scoped_env.hpp"

namespace motcua::testing {
namespace {

std::string scratch_folder() {
  std::string dir = (std::filesystem::temp_directory_path() / "motcua-backup-XXXXXX").string();
  if (::mkdtemp(dir.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return dir;
}

std::string count_of(const std::string& db, const std::string& table) {
  std::string out;
  EXPECT_EQ(raw_sql(db, "SELECT COUNT(*) FROM " + table, &out), 0) << out;
  return out;
}

class BackupTest : public ::testing::Test {
 protected:
  void TearDown() override {
    drop_fresh_database(scratch_ + "/restored");
    std::error_code ec;
    std::filesystem::remove_all(scratch_, ec);
  }
  const std::string scratch_ = scratch_folder();
  const std::string source_ = scratch_ + "/commune.db";  // a commune's SQLite store
};

TEST_F(BackupTest, ACopyTakenDuringIntakeIsOneSnapshotThatRestoresAndServes) {
  ServerProcess server({"--demo", "--test-clock"}, source_);
  std::atomic<bool> keep_going{true};
  std::atomic<int> received{0};
  std::vector<std::thread> desks;
  for (int d = 0; d < 2; ++d)
    desks.emplace_back([&] {
      ApiClient api(server);
      api.login("receiver");
      const auto body = application_for(api, "1.004222");
      while (keep_going)
        if (api.post("/api/v1/dossiers", body).status == 201) ++received;
    });
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (received < 30 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (received < 30) {
    keep_going = false;
    for (auto& t : desks) t.join();
    FAIL() << "the desks received only " << received << " dossiers in 60 s";
  }

  const std::string during = scratch_ + "/during.db";
  std::string out;
  const int before = received;
  EXPECT_EQ(run_motcua({"backup", "--db", source_, "--to", during}, &out), 0) << out;
  EXPECT_NE(out.find("verified"), std::string::npos) << out;
  const int after = received;
  keep_going = false;
  for (auto& t : desks) t.join();

  // One snapshot: every dossier acknowledged before the backup began is in it, and its
  // statistics' counters (written in the same transactions) agree with its dossiers, which a
  // copy torn between two commits would not.
  const int copied = std::stoi(count_of(during, "dossiers"));
  EXPECT_GE(copied, before);
  EXPECT_LE(copied, after + 2);
  // The copy holds no keys: whoever reads its personal data gives the source's key file.
  const std::string keys = key_file_of_sqlite(source_);
  EXPECT_FALSE(std::filesystem::exists(during + ".keys"));
  {
    // Checking a copy reads no personal data: it needs no key file and writes none.
    ScopedEnv no_keys("MOTCUA_DATA_KEY_FILE", "");
    EXPECT_EQ(run_motcua({"audit", "verify", "--db", during}, &out), 0) << out;
    EXPECT_NE(run_motcua({"pdp", "export", "--db", during, "--id-number", "048190001234"}, &out), 0)
        << out;
    EXPECT_NE(out.find("key file"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(during + ".keys")) << "a stray key file was written";
  }
  {
    ScopedEnv with_keys("MOTCUA_DATA_KEY_FILE", keys);
    EXPECT_EQ(run_motcua({"stats", "verify", "--db", during}, &out), 0) << out;
    EXPECT_EQ(run_motcua({"audit", "verify", "--db", during}, &out), 0) << out;
  }

  // Quiet now: a second copy counts exactly what the server holds, table by table.
  const std::string quiet = scratch_ + "/quiet.db";
  ASSERT_EQ(run_motcua({"backup", "--db", source_, "--to", quiet}, &out), 0) << out;
  for (const char* table : {"dossiers", "dossier_events", "users", "stat_days", "procedures"})
    EXPECT_EQ(count_of(quiet, table), count_of(source_, table)) << table;

  // Restored into a new store (SQLite here, PostgreSQL in the second pass) it serves the same
  // dossiers to the same logins.
  std::filesystem::create_directory(scratch_ + "/restored");
  const std::string target = fresh_database(scratch_ + "/restored");
  const bool onto_server = target.starts_with("postgresql://");
  if (!onto_server) std::filesystem::remove(target);
  {
    ScopedEnv no_keys("MOTCUA_DATA_KEY_FILE", "");
    EXPECT_EQ(run_motcua({"restore", "--from", during, "--db", target}, &out), 2) << out;
    EXPECT_NE(out.find("--keys"), std::string::npos) << out;
  }
  ASSERT_EQ(run_motcua({"restore", "--from", during, "--db", target, "--keys", keys}, &out), 0)
      << out;
  EXPECT_EQ(count_of(target, "dossiers"), std::to_string(copied) + "\n");
  EXPECT_EQ(count_of(target, "dossier_events"), count_of(during, "dossier_events"));
  // A restored PostgreSQL store is sealed with the backup's keys: its nodes are given them.
  ScopedEnv with_keys("MOTCUA_DATA_KEY_FILE", onto_server ? keys : key_file_of_sqlite(target));
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", target}, &out), 0) << out;
  const std::string newest = raw_rows(during, "SELECT MAX(code) AS code FROM dossiers")[0]["code"];
  {
    ServerProcess restored({"--test-clock"}, target);
    ApiClient api(restored);
    api.login("receiver");
    auto view = api.get("/api/v1/dossiers/" + newest);
    EXPECT_EQ(view.status, 200) << view.body;
    EXPECT_EQ(view.json["code"], newest);
  }

  // Never over an existing file or store: both say so and leave it as it was.
  EXPECT_EQ(run_motcua({"backup", "--db", source_, "--to", quiet}, &out), 2) << out;
  EXPECT_NE(out.find("exists"), std::string::npos) << out;
  EXPECT_NE(run_motcua({"restore", "--from", during, "--db", target}, &out), 0) << out;
  EXPECT_EQ(count_of(target, "dossiers"), std::to_string(copied) + "\n");
}

TEST_F(BackupTest, ADamagedOrForeignBackupIsRefusedAndRestoresNothing) {
  { ServerProcess server({"--demo", "--test-clock"}, source_); }
  const std::string good = scratch_ + "/good.db";
  std::string out;
  ASSERT_EQ(run_motcua({"backup", "--db", source_, "--to", good}, &out), 0) << out;

  // Half a file (a copy cut short), and a file that is no database at all.
  const std::string cut = scratch_ + "/cut.db";
  std::filesystem::copy_file(good, cut);
  std::filesystem::resize_file(cut, std::filesystem::file_size(good) / 2);
  const std::string foreign = scratch_ + "/notes.db";
  std::ofstream(foreign) << "Sổ theo dõi hồ sơ năm 2026\n";
  for (const auto& bad : {cut, foreign, scratch_ + "/missing.db"}) {
    const std::string target = scratch_ + "/from-" + std::filesystem::path(bad).filename().string();
    EXPECT_NE(run_motcua({"restore", "--from", bad, "--db", target}, &out), 0) << bad;
    EXPECT_NE(out.find("nothing was restored"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(target)) << target;
  }
  EXPECT_EQ(
      run_motcua({"backup", "--db", scratch_ + "/missing.db", "--to", scratch_ + "/x.db"}, &out), 2)
      << out;
  // A PostgreSQL store is PostgreSQL's tools' to back up: said, not half done.
  EXPECT_EQ(run_motcua({"backup", "--db", "postgresql://motcua@127.0.0.1:1/none", "--to",
                        scratch_ + "/pg.db"},
                       &out),
            2)
      << out;
  EXPECT_NE(out.find("pg_dump"), std::string::npos) << out;
}

}  // namespace
}  // namespace motcua::testing

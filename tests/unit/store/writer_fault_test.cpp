// The group-commit writer under injected faults: whatever statement fails, and whether or
// not SQLite ends the transaction by itself, every acknowledged dossier is complete (its row
// and its event) and every refused one left nothing behind.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <map>
#include <thread>

#include "motcua/common/time.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/dossier_repository.hpp"
#include "store/postgres/pg_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "support/fault_injecting_connection.hpp"
#include "support/server_process.hpp"

namespace motcua::store {
namespace {

struct Fault {
  const char* name;
  const char* statement;
  int nth;
  bool ends_transaction;
};

// One row a fault; a new failure point is one more row.
const Fault kFaults[] = {
    {"event insert fails and SQLite ends the transaction", "INSERT INTO dossier_events", 5, true},
    {"event insert fails inside the transaction", "INSERT INTO dossier_events", 5, false},
    {"dossier insert fails and SQLite ends the transaction", "INSERT INTO dossiers", 7, true},
    {"a savepoint cannot be taken", "SAVEPOINT job", 4, true},
    {"a savepoint cannot be released", "RELEASE job", 4, true},
    {"the chain head update ends the transaction", "INSERT INTO chain_heads", 3, true},
    {"the commit fails", "COMMIT", 2, false},
};

class WriterFaults : public ::testing::TestWithParam<Fault> {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-writer-XXXXXX";
    dir_ = mkdtemp(tmpl);
    plan_ = std::make_shared<testing::FaultPlan>();
    // A SQLite file, or a PostgreSQL database in make test's second pass.
    const std::string where = testing::fresh_database(dir_);
    auto plan = plan_;
    auto db =
        Database::open([where, plan](bool read_only) -> Result<std::unique_ptr<SqlConnection>> {
          std::unique_ptr<SqlConnection> real;
          if (Database::names_server(where)) {
            auto c = PgConnection::open(where, read_only);
            if (!c.ok()) return c.error();
            real = std::move(c.value());
          } else {
            auto c = SqliteConnection::open(where, read_only);
            if (!c.ok()) return c.error();
            real = std::move(c.value());
          }
          return std::unique_ptr<SqlConnection>(
              new testing::FaultInjectingConnection(std::move(real), plan));
        });
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db.value());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // What reception writes: the dossier row and its first event, in one job.
  Status receive(const std::string& code) {
    return db_->write([&](SqlConnection& c) -> Status {
      dossier::Dossier d;
      d.code = code;
      d.procedure_code = "1.000000";
      d.receiving_agency = d.competent_agency = "T";
      d.received_at = d.due_at = d.statutory_due_at = TimePoint{} + std::chrono::hours(24 * 20000);
      d.applicant.full_name = "Nguyễn Văn A";
      MOTCUA_TRY(insert_dossier(c, d));
      dossier::DossierEvent e;
      e.chain_key = "T";
      e.dossier_code = code;
      e.at = d.received_at;
      e.actor = "receiver";
      e.to_status = "in_progress";
      e.details = "{}";
      auto appended = append_event(c, std::move(e));
      if (!appended.ok()) return appended.error();
      return ok_status();
    });
  }

  std::string dir_;
  std::shared_ptr<testing::FaultPlan> plan_;
  std::unique_ptr<Database> db_;
};

TEST_P(WriterFaults, AcknowledgedDossiersAreCompleteAndRefusedOnesLeaveNothing) {
  const Fault& f = GetParam();
  plan_->arm(f.statement, f.nth, f.ends_transaction);
  constexpr int kThreads = 8, kEach = 25;
  std::map<std::string, bool> acknowledged;
  std::mutex m;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::string code = "T-" + std::to_string(t) + "-" + std::to_string(i);
        const bool ok = receive(code).ok();
        std::lock_guard lock(m);
        acknowledged[code] = ok;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(plan_->fired, 1) << "the fault was never reached";
  int refused = 0;
  for (const auto& [code, ok] : acknowledged) {
    auto found = db_->read<std::optional<dossier::Dossier>>(
        [&](SqlConnection& c) { return find_dossier(c, code); });
    ASSERT_TRUE(found.ok());
    auto events = db_->read<std::vector<dossier::DossierEvent>>(
        [&](SqlConnection& c) { return dossier_events(c, code); });
    ASSERT_TRUE(events.ok());
    if (ok) {
      EXPECT_TRUE(found->has_value()) << code << " was acknowledged but is missing";
      EXPECT_EQ(events->size(), 1u) << code << " was acknowledged without its event";
    } else {
      ++refused;
      EXPECT_FALSE(found->has_value()) << code << " was refused but its row persists";
      EXPECT_TRUE(events->empty()) << code << " was refused but its event persists";
    }
  }
  EXPECT_GE(refused, 1);
  // The jobs that shared a transaction with the failed one ran again, so only the failed
  // one (or, for a failed commit, its group) is refused.
  if (f.ends_transaction) {
    EXPECT_EQ(refused, 1);
  }
  auto chains =
      db_->read<std::vector<ChainReport>>([](SqlConnection& c) { return verify_all_chains(c); });
  ASSERT_TRUE(chains.ok());
  for (const auto& chain : *chains) EXPECT_FALSE(chain.broken.has_value()) << chain.chain_key;
}

INSTANTIATE_TEST_SUITE_P(Faults, WriterFaults, ::testing::ValuesIn(kFaults),
                         [](const ::testing::TestParamInfo<Fault>& info) {
                           std::string name = info.param.name;
                           for (char& ch : name)
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });

TEST(ReaderPool, ReadsBeyondThePoolWaitForAConnection) {
  char tmpl[] = "/tmp/motcua-readers-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  {
    auto db = Database::open_at(testing::fresh_database(dir));
    ASSERT_TRUE(db.ok());
    std::atomic<int> inside{0}, most{0};
    std::vector<std::thread> threads;
    for (size_t t = 0; t < Database::kMaxReaders * 2; ++t)
      threads.emplace_back([&] {
        auto r = (*db)->read<int>([&](SqlConnection& c) -> Result<int> {
          const int now = ++inside;
          int seen = most.load();
          while (now > seen && !most.compare_exchange_weak(seen, now)) {
          }
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          --inside;
          // A reader cannot write.
          EXPECT_FALSE(c.query("CREATE TABLE nope (x INTEGER)").ok());
          return 1;
        });
        EXPECT_TRUE(r.ok());
      });
    for (auto& t : threads) t.join();
    EXPECT_LE(most.load(), int(Database::kMaxReaders));
    EXPECT_GE(most.load(), 2);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace motcua::store

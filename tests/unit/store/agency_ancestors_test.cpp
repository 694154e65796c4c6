// store::agency_ancestors on a real SQLite file: the chain nearest first, an unknown code, and
// a corrupted tree (a cycle of parents) that must end in an error instead of an endless walk;
// and the counters' rebuild that moving an agency or a procedure's field asks for.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/database.hpp"
#include "motcua/store/stats_repository.hpp"
#include "support/server_process.hpp"

namespace motcua::store {
namespace {

class AgencyAncestors : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-ancestors-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto db = Database::open_at(testing::fresh_database(dir_));
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
    // Province P, department D under it, office O under D; commune A under P.
    ASSERT_TRUE(put("P", "").ok());
    ASSERT_TRUE(put("D", "P").ok());
    ASSERT_TRUE(put("O", "D").ok());
    ASSERT_TRUE(put("A", "P").ok());
  }
  void TearDown() override {
    db_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  Status put(const std::string& code, const std::string& parent) {
    return db_->write([&](SqlConnection& c) {
      catalog::Agency a;
      a.code = code;
      a.name = "Agency " + code;
      a.parent_code = parent;
      return upsert_agency(c, a);
    });
  }
  Result<std::vector<std::string>> chain(const std::string& code) {
    return db_->read<std::vector<std::string>>(
        [&](SqlConnection& c) -> Result<std::vector<std::string>> {
          auto list = agency_ancestors(c, code);
          if (!list.ok()) return list.error();
          std::vector<std::string> codes;
          for (const auto& a : *list) codes.push_back(a.code);
          return codes;
        });
  }

  bool needs_rebuild() {
    auto r = db_->read<bool>([](SqlConnection& c) { return counters_need_rebuild(c); });
    return r.ok() && *r;
  }
  // Counters exist: one dossier of procedure 1.001193 in progress at office O.
  Status count_one_dossier() {
    return db_->write([](SqlConnection& c) -> Status {
      auto r = c.query(
          "INSERT INTO stat_totals (agency_code, procedure_code, channel, in_progress) VALUES "
          "('O', '1.001193', 'counter', 1)");
      return r.ok() ? ok_status() : Status(r.error());
    });
  }

  std::string dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(AgencyAncestors, NearestFirstUpToTheRoot) {
  auto office = chain("O");
  ASSERT_TRUE(office.ok()) << office.error().message;
  EXPECT_EQ(*office, (std::vector<std::string>{"O", "D", "P"}));
  auto root = chain("P");
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(*root, (std::vector<std::string>{"P"}));
}

TEST_F(AgencyAncestors, UnknownAgencyIsEmpty) {
  auto none = chain("nowhere");
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none->empty());
  auto empty = chain("");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->empty());
}

TEST_F(AgencyAncestors, CycleIsAnErrorNotAHang) {
  // P under O closes the loop P → D → O → P; every foreign key still holds.
  ASSERT_TRUE(put("P", "O").ok());
  for (const char* start : {"O", "A", "P"}) {
    auto looped = chain(start);
    ASSERT_FALSE(looped.ok()) << start;
    EXPECT_EQ(looped.error().code, ErrorCode::internal) << start;
    EXPECT_EQ(looped.error().key, "agency.cycle") << start;
  }
  // An agency that is its own parent.
  ASSERT_TRUE(put("S", "").ok());
  ASSERT_TRUE(put("S", "S").ok());
  auto self = chain("S");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().key, "agency.cycle");
}

TEST_F(AgencyAncestors, TooDeepIsAnError) {
  // A straight line longer than any real tree: L0 ← L1 ← … (L0 the root).
  for (size_t i = 0; i <= kMaxAgencyDepth; ++i)
    ASSERT_TRUE(put("L" + std::to_string(i), i == 0 ? "" : "L" + std::to_string(i - 1)).ok());
  auto deepest_allowed = chain("L" + std::to_string(kMaxAgencyDepth - 1));
  ASSERT_TRUE(deepest_allowed.ok()) << deepest_allowed.error().message;
  EXPECT_EQ(deepest_allowed->size(), kMaxAgencyDepth);
  auto too_deep = chain("L" + std::to_string(kMaxAgencyDepth));
  ASSERT_FALSE(too_deep.ok());
  EXPECT_EQ(too_deep.error().code, ErrorCode::internal);
}

TEST_F(AgencyAncestors, FailedReadIsAnError) {
  // A read that fails part-way never passes for a shorter chain.
  ASSERT_TRUE(db_->write([](SqlConnection& c) -> Status {
                   auto r = c.query("ALTER TABLE agencies RENAME TO agencies_gone");
                   if (!r.ok()) return r.error();
                   return ok_status();
                 })
                  .ok());
  EXPECT_FALSE(chain("O").ok());
}

// The statistics' subtree rows follow the tree: once counters exist, moving an agency under
// another parent asks for their rebuild; renaming it, or writing it unchanged, does not.
TEST_F(AgencyAncestors, MovingAnAgencyAsksTheCountersForARebuild) {
  ASSERT_TRUE(count_one_dossier().ok());
  ASSERT_TRUE(put("O", "D").ok());
  EXPECT_FALSE(needs_rebuild());
  ASSERT_TRUE(put("O", "A").ok());
  EXPECT_TRUE(needs_rebuild());
}

// Their rows by field too (migration 0025): a procedure moved to another field asks for the
// rebuild; a new version in the same field, or a procedure new to the catalogue, does not.
TEST_F(AgencyAncestors, MovingAProcedureToAnotherFieldAsksTheCountersForARebuild) {
  auto save = [&](const std::string& code, const std::string& field, const std::string& body) {
    return db_->write([&](SqlConnection& c) -> Status {
      auto r = upsert_procedure(c, code, "Thủ tục " + code, "thu tuc", field, "[]", "active", body,
                                TimePoint{});
      return r.ok() ? ok_status() : Status(r.error());
    });
  };
  ASSERT_TRUE(save("1.001193", "Hộ tịch", "{}").ok());
  ASSERT_TRUE(count_one_dossier().ok());
  ASSERT_TRUE(save("1.001193", "Hộ tịch", R"({"v": 2})").ok());
  ASSERT_TRUE(save("2.000001", "Đất đai", "{}").ok());
  EXPECT_FALSE(needs_rebuild());
  ASSERT_TRUE(save("1.001193", "Chứng thực", R"({"v": 3})").ok());
  EXPECT_TRUE(needs_rebuild());
}

}  // namespace
}  // namespace motcua::store

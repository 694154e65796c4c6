// store::DataKeys, the key file behind personal data at rest (issue 14, point 3): written only
// when a store accepts it, never over another process's file, private to its owner, extended
// by rotation without losing older keys, and read again when a value names a newer key.
#include "motcua/store/data_keys.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "motcua/secret/seal.hpp"

namespace motcua::store {
namespace {

class DataKeysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-keys-XXXXXX";
    dir_ = mkdtemp(tmpl);
    file_ = dir_ + "/sub/store.keys";
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::shared_ptr<DataKeys> load() {
    auto k = DataKeys::load(file_);
    EXPECT_TRUE(k.ok()) << k.error().message;
    return k.ok() ? *k : nullptr;
  }
  std::string dir_, file_;
};

TEST_F(DataKeysTest, ANewRingIsWrittenOnlyWhenSavedAndOnlyForItsOwner) {
  auto keys = load();
  EXPECT_FALSE(keys->saved());
  EXPECT_FALSE(std::filesystem::exists(file_));
  ASSERT_TRUE(keys->save_new().ok());
  struct stat st {};
  ASSERT_EQ(::stat(file_.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  auto again = load();
  EXPECT_TRUE(again->saved());
  EXPECT_EQ(again->ring().current().id, keys->ring().current().id);
}

TEST_F(DataKeysTest, TheSecondOfTwoProcessesAdoptsTheFirstsFile) {
  auto first = load();
  auto second = load();  // both looked before either wrote
  ASSERT_NE(first->ring().current().id, second->ring().current().id);
  ASSERT_TRUE(first->save_new().ok());
  ASSERT_TRUE(second->save_new().ok());
  EXPECT_EQ(second->ring().current().id, first->ring().current().id);
  EXPECT_EQ(second->lookup_hash("048190001234"), first->lookup_hash("048190001234"));
}

TEST_F(DataKeysTest, RotationKeepsOlderKeysAndOtherProcessesFindTheNewOne) {
  auto rotating = load();
  ASSERT_TRUE(rotating->save_new().ok());
  auto serving = load();
  const std::string place = sealed_place("dossiers", "applicant_phone", "X-1");
  const std::string old_value = serving->seal(place, "0905123456");
  auto added = rotating->add_sealing_key();
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(rotating->ring().sealing.size(), 2u);
  const std::string new_value = rotating->seal(place, "0905123456");
  EXPECT_EQ(secret::sealing_key_id(new_value), added->id);
  // The serving process has not read the file since; the value tells it to.
  auto opened = serving->open(place, new_value);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  EXPECT_EQ(*opened, "0905123456");
  EXPECT_EQ(*rotating->open(place, old_value), "0905123456");
  // The lookup key does not rotate: hashes stay valid.
  EXPECT_EQ(serving->lookup_hash("048190001234"), rotating->lookup_hash("048190001234"));
}

TEST_F(DataKeysTest, TwoRotationsAtOnceKeepBothKeys) {
  ASSERT_TRUE(load()->save_new().ok());
  auto a = load();
  auto b = load();
  std::vector<std::thread> rotations;
  Result<secret::SealingKey> added_a = a->ring().current(), added_b = b->ring().current();
  rotations.emplace_back([&] { added_a = a->add_sealing_key(); });
  rotations.emplace_back([&] { added_b = b->add_sealing_key(); });
  for (auto& t : rotations) t.join();
  ASSERT_TRUE(added_a.ok() && added_b.ok());
  auto after = load()->ring();
  EXPECT_EQ(after.sealing.size(), 3u);
  EXPECT_NE(after.find(added_a->id), nullptr);
  EXPECT_NE(after.find(added_b->id), nullptr);
}

TEST_F(DataKeysTest, AFileReplacedUnderAProcessIsRefusedNotAdopted) {
  auto keys = load();
  ASSERT_TRUE(keys->save_new().ok());
  const std::string before = keys->ring().current().id;
  std::filesystem::remove(file_);
  ASSERT_TRUE(load()->save_new().ok());  // another ring under the same name
  auto reloaded = keys->reload();
  ASSERT_FALSE(reloaded.ok());
  EXPECT_EQ(reloaded.error().key, "data_keys.file_replaced");
  EXPECT_EQ(keys->ring().current().id, before);
  EXPECT_FALSE(keys->add_sealing_key().ok());
}

TEST_F(DataKeysTest, ABrokenFileIsRefusedNamingIt) {
  std::filesystem::create_directories(dir_ + "/sub");
  {
    std::FILE* f = std::fopen(file_.c_str(), "w");
    std::fputs("lookup nonsense\n", f);
    std::fclose(f);
  }
  auto keys = DataKeys::load(file_);
  ASSERT_FALSE(keys.ok());
  EXPECT_NE(keys.error().message.find(file_), std::string::npos) << keys.error().message;
  EXPECT_NE(keys.error().message.find("line 1"), std::string::npos) << keys.error().message;
}

}  // namespace
}  // namespace motcua::store

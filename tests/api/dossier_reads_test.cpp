// Who read which dossier (issue 14, point 3): every full read of a dossier by staff is recorded
// with who, when, why and from where; an admin sees the reads of a dossier in their scope and
// the reads by one officer of their agency; nobody else does.
#include <gtest/gtest.h>

#include <set>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

class DossierReads : public DemoServerTest {};

TEST_F(DossierReads, AnAdminSeesWhoReadADossierWhenWhyAndFromWhere) {
  const std::string code = receive("1.004222");
  api_->set_clock("2026-03-02T10:15:00+07:00");
  api_->login("specialist");
  ASSERT_EQ(api_->get("/api/v1/dossiers/" + code).status, 200);
  ASSERT_EQ(api_->get("/api/v1/dossiers/" + code + "/history").status, 200);
  api_->set_clock("2026-03-02T10:20:00+07:00");
  api_->login("receiver");
  ASSERT_EQ(api_->get("/api/v1/dossiers/" + code + "/receipt.pdf").status, 200);

  api_->login("admin");
  auto reads = api_->get("/api/v1/dossiers/" + code + "/reads");
  ASSERT_EQ(reads.status, 200) << reads.body;
  ASSERT_EQ(reads.json["items"].size(), 3u) << reads.body;
  const json& newest = reads.json["items"][0];
  EXPECT_EQ(newest["username"], "receiver");
  EXPECT_EQ(newest["purpose"], "receipt");
  EXPECT_EQ(newest["at"], "2026-03-02T10:20:00+07:00");
  EXPECT_EQ(newest["address"], "127.0.0.1");
  std::set<std::string> purposes;
  for (const auto& r : reads.json["items"]) purposes.insert(r["purpose"].get<std::string>());
  EXPECT_EQ(purposes, (std::set<std::string>{"receipt", "view", "history"}));
  // Paging: one at a time.
  auto first = api_->get("/api/v1/dossiers/" + code + "/reads?limit=1");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json["items"].size(), 1u);
  EXPECT_EQ(first.json["next_offset"], 1);

  // The officers themselves do not see the log.
  for (const char* user : {"receiver", "specialist", "leader"}) {
    api_->login(user);
    EXPECT_EQ(api_->get("/api/v1/dossiers/" + code + "/reads").status, 403) << user;
  }
}

TEST_F(DossierReads, AnAdminListsTheReadsOfOneOfficerOfTheirAgency) {
  api_->set_clock("2026-03-03T09:00:00+07:00");
  const std::string code = receive("1.001193");
  api_->login("leader");
  ASSERT_EQ(api_->get("/api/v1/dossiers/" + code).status, 200);

  api_->login("admin");
  auto day = api_->get("/api/v1/users/leader/reads?from=2026-03-03&to=2026-03-03");
  ASSERT_EQ(day.status, 200) << day.body;
  bool seen = false;
  for (const auto& r : day.json["items"])
    seen |= r["dossier_code"] == code && r["purpose"] == "view";
  EXPECT_TRUE(seen) << day.body;
  // Another day has none of it.
  auto before = api_->get("/api/v1/users/leader/reads?from=2026-03-01&to=2026-03-02");
  ASSERT_EQ(before.status, 200) << before.body;
  for (const auto& r : before.json["items"]) EXPECT_NE(r["dossier_code"], code);
  // The province's admin sees the commune's officers too.
  api_->login("province_admin");
  EXPECT_EQ(api_->get("/api/v1/users/leader/reads").status, 200);

  // The commune's admin does not see a sibling commune's officer, nor an unknown one (alike).
  api_->login("admin");
  auto sibling = api_->get("/api/v1/users/haichau_receiver/reads");
  EXPECT_EQ(sibling.status, 403) << sibling.body;
  auto unknown = api_->get("/api/v1/users/khong-co-ai/reads");
  EXPECT_EQ(unknown.status, 403) << unknown.body;
  EXPECT_EQ(unknown.json["error"]["code"], sibling.json["error"]["code"]);
  // A bad date is named.
  auto bad = api_->get("/api/v1/users/leader/reads?from=03-03-2026");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json["error"]["field"], "from");
  // An officer cannot read their own log.
  api_->login("leader");
  EXPECT_EQ(api_->get("/api/v1/users/leader/reads").status, 403);
  api_->logout_locally();
  EXPECT_EQ(api_->get("/api/v1/users/leader/reads").status, 401);
}

}  // namespace
}  // namespace motcua::testing

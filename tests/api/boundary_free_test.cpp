// Reception regardless of administrative boundaries (Decree 118/2025; issue 10 point 7): the
// province's list is admin-kept data with its history, and for a procedure on it the desk
// names the competent agency, which takes the dossier's processing steps.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class BoundaryFreeApi : public DemoServerTest {
 protected:
  ApiResponse list_entry(const std::string& procedure, const std::string& basis) {
    api_->login("province_admin");
    return api_->put("/api/v1/admin/boundary-free/" + procedure, {{"basis", basis}});
  }

  bool listed(const std::string& procedure) {
    api_->login("province_admin");
    auto r = api_->get("/api/v1/admin/boundary-free?limit=500");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& e : r.json["items"])
      if (e["procedure_code"] == procedure) return true;
    return false;
  }

  std::vector<std::string> queue_codes(const std::string& user) {
    api_->login(user);
    auto r = api_->get("/api/v1/me/queue?limit=200");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> codes;
    for (const auto& item : r.json["items"]) codes.push_back(item["code"]);
    return codes;
  }

  static bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }
};

TEST_F(BoundaryFreeApi, TheShippedListIsSeededWithItsSource) {
  api_->login("province_admin");
  auto r = api_->get("/api/v1/admin/boundary-free");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["province_code"], "48");
  bool found = false;
  for (const auto& e : r.json["items"]) {
    if (e["procedure_code"] != "1.009671") continue;
    found = true;
    EXPECT_NE(e["basis"].get<std::string>().find("Đà Nẵng"), std::string::npos) << e.dump();
    EXPECT_FALSE(e["procedure_name"].get<std::string>().empty()) << e.dump();
  }
  EXPECT_TRUE(found) << r.body;
  auto h = api_->get("/api/v1/admin/boundary-free/1.009671/history");
  ASSERT_EQ(h.status, 200) << h.body;
  ASSERT_GE(h.json["items"].size(), 1u) << h.body;
  EXPECT_EQ(h.json["items"][0]["action"], "seed");
}

TEST_F(BoundaryFreeApi, OnlyTheProvinceAdminKeepsTheList) {
  for (const char* user : {"admin", "receiver", "leader", "stp_specialist"}) {
    api_->login(user);
    EXPECT_EQ(api_->get("/api/v1/admin/boundary-free").status, 403) << user;
    auto r = api_->put("/api/v1/admin/boundary-free/1.000894", {{"basis", "QĐ thử"}});
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
    EXPECT_EQ(api_->del("/api/v1/admin/boundary-free/1.009671").status, 403) << user;
  }
  EXPECT_FALSE(listed("1.000894"));
  EXPECT_TRUE(listed("1.009671"));
}

TEST_F(BoundaryFreeApi, BadEntriesAreRefusedNamingTheField) {
  auto r = list_entry("9.999999", "QĐ thử");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "procedure_code") << r.body;
  r = list_entry("1.000894", "  ");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "basis") << r.body;
  EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
  api_->login("province_admin");
  r = api_->put("/api/v1/admin/boundary-free/1.000894", {{"basis", 7}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "basis") << r.body;
  EXPECT_FALSE(listed("1.000894"));
}

TEST_F(BoundaryFreeApi, AddAndRemoveAreRecordedInTheHistory) {
  auto r = list_entry("1.000656", "Quyết định thử số 1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["province_code"], "48");
  EXPECT_EQ(r.json["updated_by"], "province_admin");
  EXPECT_TRUE(listed("1.000656"));
  api_->login("province_admin");
  EXPECT_EQ(api_->del("/api/v1/admin/boundary-free/1.000656").status, 204);
  auto again = api_->del("/api/v1/admin/boundary-free/1.000656");
  EXPECT_EQ(again.status, 404) << again.body;
  EXPECT_FALSE(listed("1.000656"));
  api_->login("province_admin");
  auto h = api_->get("/api/v1/admin/boundary-free/1.000656/history");
  ASSERT_EQ(h.status, 200) << h.body;
  ASSERT_EQ(h.json["items"].size(), 2u) << h.body;
  EXPECT_EQ(h.json["items"][0]["action"], "put");
  EXPECT_EQ(h.json["items"][0]["new"]["basis"], "Quyết định thử số 1");
  EXPECT_EQ(h.json["items"][1]["action"], "delete");
  EXPECT_EQ(h.json["items"][1]["old"]["basis"], "Quyết định thử số 1");
  EXPECT_TRUE(h.json["items"][1]["new"].is_null());
}

TEST_F(BoundaryFreeApi, ADossierOnTheListGoesToTheCompetentAgencyNamedAndRecordsBoth) {
  ASSERT_EQ(list_entry("1.001193", "Quyết định thử công bố danh mục").status, 200);
  const std::string code =
      receive("1.001193", [](nlohmann::json& b) { b["competent_agency_code"] = "20242"; });
  ASSERT_FALSE(code.empty());
  api_->login("receiver");
  auto d = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(d.json["receiving_agency"], "20410");
  EXPECT_EQ(d.json["competent_agency"], "20242");
  EXPECT_EQ(d.json["step_agency"], "20242");
  EXPECT_EQ(code.substr(0, 6), "20410-");  // the code is the receiving desk's
  auto h = api_->get("/api/v1/dossiers/" + code + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  const auto& events = h.json.contains("events") ? h.json["events"] : h.json["items"];
  ASSERT_FALSE(events.empty()) << h.body;
  const auto& details = events[0]["details"];
  EXPECT_EQ(details["receiving_agency"], "20410") << h.body;
  EXPECT_EQ(details["competent_agency"], "20242") << h.body;
  EXPECT_EQ(details["boundary_free"], true) << h.body;
  // The competent ward's specialist holds it; the receiving ward's does not.
  EXPECT_TRUE(contains(queue_codes("haichau_specialist"), code));
  EXPECT_FALSE(contains(queue_codes("specialist"), code));
  auto claim = act(code, "haichau_specialist", {{"action", "claim"}});
  EXPECT_EQ(claim.status, 200) << claim.body;
  EXPECT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 403);
}

TEST_F(BoundaryFreeApi, AnAgencyNotCompetentOrAProcedureOffTheListIsRefusedNamingTheField) {
  ASSERT_EQ(list_entry("1.001193", "Quyết định thử công bố danh mục").status, 200);
  api_->login("receiver");
  // On the list, but the Department of Justice is not competent for a ward's birth register.
  nlohmann::json body = application_for(*api_, "1.001193");
  body["competent_agency_code"] = "48.STP";
  auto r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "competent_agency_code") << r.body;
  body["competent_agency_code"] = "no-such-agency";
  r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "competent_agency_code") << r.body;
  body["competent_agency_code"] = 20242;
  r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "competent_agency_code") << r.body;
  // Marriage registration is not on the list: no other ward may be named.
  ASSERT_FALSE(listed("1.000894"));
  api_->login("receiver");
  body = application_for(*api_, "1.000894");
  body["competent_agency_code"] = "20242";
  r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "competent_agency_code") << r.body;
  EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
  // Naming the desk's own ward, which routing gives anyway, is accepted.
  body["competent_agency_code"] = "20410";
  r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["competent_agency"], "20410");
}

}  // namespace
}  // namespace motcua::testing

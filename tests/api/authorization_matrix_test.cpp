// The authorisation matrix (issue 14, point 2): every staff route on a dossier × every user ×
// their relation to it (own agency, parent, sibling, the holder of the current step, no
// session), and the routes that take an agency, walked against the real server from the data
// tables in tests/data/authz/. A new case is one row.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "support/api_client.hpp"
#include "unit/calendar/table_reader.hpp"

namespace motcua::testing {
namespace {

using calendar::testing::read_table;
using calendar::testing::Row;
using nlohmann::json;

std::string replaced(std::string text, const std::string& key, const std::string& value) {
  for (auto at = text.find(key); at != std::string::npos; at = text.find(key))
    text.replace(at, key.size(), value);
  return text;
}

// Three dossiers, one per relation the tables name: received at Hội An for itself, received at
// Hải Châu, and received at Hội An for a procedure whose first step the city's Department of
// Justice holds (a definition the province admin stores first).
class AuthorizationMatrix : public ::testing::Test {
 protected:
  void SetUp() override {
    ApiClient admin(server_);
    admin.login("province_admin");
    json stp_first = {{"name", "stp_check"},
                      {"label", "Sở Tư pháp kiểm tra"},
                      {"role", "specialist"},
                      {"agency", "48.STP"},
                      {"allowance_hours", 4}};
    json approval = {{"name", "approval"},
                     {"label", "Lãnh đạo phê duyệt"},
                     {"role", "leader"},
                     {"agency", "competent"},
                     {"allowance_hours", 2}};
    json result = {{"name", "result"},
                   {"label", "Trả kết quả"},
                   {"role", "specialist"},
                   {"agency", "competent"},
                   {"allowance_hours", 2}};
    auto put = admin.put("/api/v1/admin/procedures/1.001193/process",
                         {{"steps", json::array({stp_first, approval, result})}});
    ASSERT_EQ(put.status, 201) << put.body;
    codes_["hoian"] = receive("receiver", "1.004222");
    codes_["held"] = receive("receiver", "1.001193");
    codes_["haichau"] = receive("haichau_receiver", "1.004222");
  }

  std::string receive(const std::string& user, const std::string& procedure) {
    ApiClient api(server_);
    api.login(user);
    auto r = api.post("/api/v1/dossiers", application_for(api, procedure));
    EXPECT_EQ(r.status, 201) << user << " " << r.body;
    return r.json.value("code", "");
  }

  int status_of(const std::string& user, const std::string& method, const std::string& path) {
    auto it = clients_.find(user);
    if (it == clients_.end()) {
      it = clients_.emplace(user, std::make_unique<ApiClient>(server_)).first;
      if (user != "-") it->second->login(user);
    }
    ApiClient& api = *it->second;
    if (method == "GET") return api.get(path).status;
    // Returning the result: no dossier here is ready for it, so the walk changes nothing.
    return api.post(path, {{"action", "return_result"}, {"method", "counter"}}).status;
  }

  ServerProcess server_;
  std::map<std::string, std::string> codes_;
  std::map<std::string, std::unique_ptr<ApiClient>> clients_;
};

TEST_F(AuthorizationMatrix, EveryDossierRouteForEveryUserAndRelation) {
  const auto routes = read_table("dossier_routes.tsv", "authz");
  const auto scope = read_table("dossier_scope.tsv", "authz");
  ASSERT_GE(routes.size(), 7u);
  ASSERT_GE(scope.size(), 20u);
  int walked = 0;
  for (const Row& s : scope) {
    const std::string code = codes_.at(s.at("dossier"));
    for (const Row& r : routes) {
      const std::string path = replaced(r.at("path"), "{code}", code);
      const int expected = std::stoi(s.at(r.at("access")));
      EXPECT_EQ(status_of(s.at("user"), r.at("method"), path), expected)
          << s.at("user") << " (" << s.at("relation") << ") " << r.at("method") << " " << path;
      ++walked;
    }
  }
  std::printf("%d cells of the dossier matrix walked\n", walked);
}

// The lists follow the same scope: a queue holds the dossiers of the user's own agency and
// those whose step it holds, never a sibling's.
TEST_F(AuthorizationMatrix, QueuesHoldOnlyWhatTheirAgencyMayWorkOn) {
  auto codes_in_queue = [&](const std::string& user) {
    status_of(user, "GET", "/api/v1/me");
    auto q = clients_.at(user)->get("/api/v1/me/queue?limit=100");
    EXPECT_EQ(q.status, 200) << q.body;
    std::set<std::string> out;
    for (const auto& item : q.json["items"]) out.insert(item["code"].get<std::string>());
    return out;
  };
  EXPECT_EQ(codes_in_queue("specialist"), std::set<std::string>{codes_["hoian"]});
  EXPECT_EQ(codes_in_queue("haichau_specialist"), std::set<std::string>{codes_["haichau"]});
  EXPECT_EQ(codes_in_queue("stp_specialist"), std::set<std::string>{codes_["held"]});
}

TEST_F(AuthorizationMatrix, EveryAgencyRouteForEveryUserAndRelation) {
  const auto rows = read_table("agency_routes.tsv", "authz");
  ASSERT_GE(rows.size(), 15u);
  for (const Row& r : rows) {
    const std::string path =
        replaced(replaced(r.at("path"), "{from}", "2026-03-01"), "{to}", "2026-03-31");
    EXPECT_EQ(status_of(r.at("user"), r.at("method"), path), std::stoi(r.at("expect")))
        << r.at("user") << " (" << r.at("relation") << ") " << path;
  }
}

}  // namespace
}  // namespace motcua::testing

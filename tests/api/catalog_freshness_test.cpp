// Issue 13, point 3: a catalogue change made elsewhere (the CLI, or another node on the same
// database) is what every running node serves at its next request, with no restart: its search,
// its field list and the procedure a desk receives under.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

std::vector<std::string> codes_found(ApiClient& api, const std::string& query) {
  auto r = api.get("/api/v1/procedures?limit=5&q=" + httplib::detail::encode_query_param(query));
  EXPECT_EQ(r.status, 200) << r.body;
  std::vector<std::string> codes;
  for (const auto& p : r.json["items"]) codes.push_back(p["code"]);
  return codes;
}

TEST(CatalogFreshness, AnImportElsewhereIsServedByEveryRunningNode) {
  ServerProcess first;
  ServerProcess second({"--test-clock"}, first.db_path());
  ApiClient a(first), b(second);
  const std::string name = "Thủ tục cấp giấy phép nuôi chim yến";
  // Both nodes built their search index before the import.
  for (ApiClient* node : {&a, &b}) {
    const auto before = codes_found(*node, "nuoi chim yen");
    EXPECT_EQ(std::find(before.begin(), before.end(), "9.999001"), before.end());
  }
  EXPECT_EQ(b.get("/api/v1/procedures/9.999001").status, 404);

  // A new procedure and a renamed one, imported by the CLI while both nodes run.
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) +
                   "/tests/data/catalog/birth_registration_1.001193.json");
  auto fresh = nlohmann::json::parse(in);
  fresh["ma_thu_tuc"] = "9.999001";
  fresh["ten_thu_tuc"] = name;
  fresh["linh_vuc"] = "Chăn nuôi chim yến";
  const std::string file = first.dir() + "/fresh.json";
  std::ofstream(file) << fresh.dump();
  std::string out;
  ASSERT_EQ(run_motcua({"import", "tthc", file, "--db", first.db_path()}, &out), 0) << out;

  for (ApiClient* node : {&a, &b}) {
    const auto after = codes_found(*node, "nuoi chim yen");
    ASSERT_FALSE(after.empty());
    EXPECT_EQ(after.front(), "9.999001");
    auto one = node->get("/api/v1/procedures/9.999001");
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.json["name"], name);
    auto fields = node->get("/api/v1/catalog/fields");
    ASSERT_EQ(fields.status, 200) << fields.body;
    EXPECT_NE(fields.body.find("Chăn nuôi chim yến"), std::string::npos);
  }
}

}  // namespace
}  // namespace motcua::testing

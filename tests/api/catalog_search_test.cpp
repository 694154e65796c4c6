// The search API reads queries the way citizens type them (issue 11, point 1): colloquial words
// from the synonym table, fillers dropped, typos and missing accents tolerated. The recall over
// the full catalogue is measured in tests/unit/catalog/citizen_queries_test.cpp; this checks
// that the server searches with the same tables.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class CatalogSearch : public DemoServerTest {
 protected:
  // The codes of the first three results of GET /api/v1/procedures?q=<query>.
  std::vector<std::string> top3(const std::string& query) {
    auto r =
        api_->get("/api/v1/procedures?limit=3&q=" + httplib::detail::encode_query_param(query));
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> codes;
    for (const auto& p : r.json["items"]) codes.push_back(p["code"]);
    return codes;
  }
  static bool has(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }
};

TEST_F(CatalogSearch, ColloquialWordsFindTheProcedure) {
  EXPECT_TRUE(has(top3("làm sổ đỏ"), "1.013978"));
  EXPECT_TRUE(has(top3("xin giấy xác nhận độc thân"), "1.004873"));
  EXPECT_TRUE(has(top3("nhập hộ khẩu"), "1.004222"));
  EXPECT_TRUE(has(top3("sang tên xe máy"), "1.013076"));
  EXPECT_TRUE(has(top3("lam can cuoc cong dan"), "1.014061"));
}

TEST_F(CatalogSearch, TyposAndMissingAccentsAreTolerated) {
  EXPECT_TRUE(has(top3("khai sihn"), "1.001193"));
  EXPECT_TRUE(has(top3("dang ky thuongg tru"), "1.004222"));
  EXPECT_TRUE(has(top3("đăng ký thường chú"), "1.004222"));
}

// "thủ tục" is a filler, but a query of fillers only is searched as typed, not as nothing.
TEST_F(CatalogSearch, OnlyFillersSearchAsTyped) {
  auto r = api_->get("/api/v1/procedures?q=" + httplib::detail::encode_query_param("thủ tục"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GT(r.json["total"].get<size_t>(), 100u);
}

}  // namespace
}  // namespace motcua::testing

// The portal's filters: procedures offered online or not, and the fields a filter lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class CatalogFilters : public DemoServerTest {};

TEST_F(CatalogFilters, OnlineSplitsTheResultsInTwo) {
  const std::string q = "/api/v1/procedures?q=khai%20sinh&limit=100";
  auto all = api_->get(q);
  auto online = api_->get(q + "&online=true");
  auto offline = api_->get(q + "&online=false");
  ASSERT_EQ(all.status, 200) << all.body;
  ASSERT_EQ(online.status, 200) << online.body;
  ASSERT_EQ(offline.status, 200) << offline.body;
  const size_t total = all.json["total"], on = online.json["total"], off = offline.json["total"];
  EXPECT_GT(on, 0u);
  EXPECT_GT(off, 0u);
  EXPECT_EQ(on + off, total);
  for (const auto& p : online.json["items"]) EXPECT_TRUE(p["online"].get<bool>()) << p;
  for (const auto& p : offline.json["items"]) EXPECT_FALSE(p["online"].get<bool>()) << p;
  // Birth registration is offered online, and ranks first among those.
  EXPECT_EQ(api_->get("/api/v1/procedures?q=dang%20ky%20khai%20sinh&online=true")
                .json["items"][0]["code"],
            "1.001193");
}

TEST_F(CatalogFilters, OnlinePagesByCursorWithoutGapsOrRepeats) {
  const std::string q = "/api/v1/procedures?q=dang%20ky&online=true&limit=7";
  auto first = api_->get(q);
  ASSERT_EQ(first.status, 200);
  const size_t total = first.json["total"];
  std::set<std::string> seen;
  nlohmann::json page = first.json;
  for (int guard = 0; guard < 100; ++guard) {
    for (const auto& p : page["items"]) EXPECT_TRUE(seen.insert(p["code"]).second) << p;
    if (page["next_cursor"].is_null()) break;
    auto next = api_->get(q + "&cursor=" + page["next_cursor"].get<std::string>());
    ASSERT_EQ(next.status, 200);
    page = next.json;
  }
  EXPECT_EQ(seen.size(), total);
}

TEST_F(CatalogFilters, OnlineMustBeTrueOrFalse) {
  auto r = api_->get("/api/v1/procedures?online=yes");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "online");
}

TEST_F(CatalogFilters, FieldsAreListedInVietnameseOrderWithTheirCounts) {
  auto r = api_->get("/api/v1/catalog/fields");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& items = r.json["items"];
  ASSERT_GT(items.size(), 10u);
  size_t sum = 0;
  for (const auto& f : items) {
    EXPECT_GT(f["count"].get<size_t>(), 0u);
    sum += f["count"].get<size_t>();
  }
  // Vietnamese order, not byte order (which would put every "Đ…" after "Z…"): "Công chứng" <
  // "Đất đai" < "Giảm nghèo" < "Hộ tịch".
  std::vector<std::string> names;
  for (const auto& f : items) names.push_back(f["name"]);
  auto pos = [&](const std::string& n) { return std::find(names.begin(), names.end(), n); };
  for (const char* n : {"Công chứng", "Đất đai", "Giảm nghèo", "Hộ tịch"})
    ASSERT_NE(pos(n), names.end()) << n;
  EXPECT_LT(pos("Công chứng"), pos("Đất đai"));
  EXPECT_LT(pos("Đất đai"), pos("Giảm nghèo"));
  EXPECT_LT(pos("Giảm nghèo"), pos("Hộ tịch"));
  // The counts agree with the search: every active procedure with a field is in one.
  auto commune = api_->get("/api/v1/catalog/fields?level=commune");
  ASSERT_EQ(commune.status, 200);
  size_t commune_sum = 0;
  for (const auto& f : commune.json["items"]) commune_sum += f["count"].get<size_t>();
  EXPECT_LT(commune_sum, sum);
  auto civil =
      api_->get("/api/v1/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch&level=commune&limit=1");
  nlohmann::json civil_count;
  for (const auto& f : commune.json["items"])
    if (f["name"] == "Hộ tịch") civil_count = f["count"];
  EXPECT_EQ(civil_count, civil.json["total"]);
  EXPECT_EQ(api_->get("/api/v1/catalog/fields?level=district").status, 400);
}

}  // namespace
}  // namespace motcua::testing

#include "motcua/catalog/search_index.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace motcua::catalog {
namespace {

Procedure make(std::string code, std::string name, std::vector<Level> levels,
               std::string field = "Hộ tịch", std::string agency = "Ủy ban nhân dân cấp xã") {
  Procedure p;
  p.code = std::move(code);
  p.name = std::move(name);
  p.levels = std::move(levels);
  p.field = std::move(field);
  p.implementing_agency = std::move(agency);
  return p;
}

ProcedureSearchIndex small_index() {
  return ProcedureSearchIndex({
      make("2.000528", "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", {Level::commune}),
      make("1.004746", "Thủ tục đăng ký lại kết hôn", {Level::commune}),
      make("1.001193", "Thủ tục đăng ký khai sinh", {Level::commune}),
      make("1.000894", "Thủ tục đăng ký kết hôn", {Level::commune}),
      make("1.000656", "Thủ tục đăng ký khai tử", {Level::commune}),
      make("1.004222", "Đăng ký thường trú", {Level::commune}, "Đăng ký, quản lý cư trú",
           "Công an cấp xã"),
      make("3.000347", "Đổi giấy phép lái xe", {Level::province}, "Đường bộ", "Sở Xây dựng"),
      make("1.010721", "Cấp điều chỉnh giấy phép môi trường (1.010721)", {Level::ministry},
           "Môi trường", "Bộ Nông nghiệp và Môi trường"),
  });
}

TEST(SearchIndex, AccentFreeQueryFindsTheExactNameFirst) {
  auto idx = small_index();
  auto r = idx.search("dang ky khai sinh");
  ASSERT_FALSE(r.codes.empty());
  EXPECT_EQ(r.codes[0], "1.001193");
  EXPECT_EQ(r.codes[1], "2.000528");  // every word, but a longer name
}

TEST(SearchIndex, IyVariantAndDStrokeMatch) {
  auto idx = small_index();
  auto r = idx.search("đăng kí kết hôn");
  ASSERT_FALSE(r.codes.empty());
  EXPECT_EQ(r.codes[0], "1.000894");
  EXPECT_EQ(idx.search("ĐĂNG KÝ KẾT HÔN").codes[0], "1.000894");
}

TEST(SearchIndex, ToleratesOneTypoInLongerWords) {
  auto idx = small_index();
  auto r = idx.search("dang ky thuongg tru");
  ASSERT_FALSE(r.codes.empty());
  EXPECT_EQ(r.codes[0], "1.004222");
  // Short words must match exactly: "tu" is not a typo of "tru".
  auto short_word = idx.search("khai tu");
  ASSERT_FALSE(short_word.codes.empty());
  EXPECT_EQ(short_word.codes[0], "1.000656");
}

TEST(SearchIndex, LastWordMatchesAsPrefix) {
  auto idx = small_index();
  auto r = idx.search("giay phep lai");
  ASSERT_FALSE(r.codes.empty());
  EXPECT_EQ(r.codes[0], "3.000347");
  EXPECT_EQ(idx.search("dang ky khai si").codes[0], "1.001193");
}

TEST(SearchIndex, CodeQueries) {
  auto idx = small_index();
  auto exact = idx.search("1.010721");
  ASSERT_EQ(exact.total, 1u);
  EXPECT_EQ(exact.codes[0], "1.010721");
  auto prefix = idx.search("1.00");
  EXPECT_EQ(prefix.total, 5u);
  EXPECT_EQ(prefix.codes[0], "1.000656");
}

TEST(SearchIndex, FiltersAndPaging) {
  auto idx = small_index();
  SearchFilters province;
  province.level = Level::province;
  EXPECT_EQ(idx.search("giay phep", province).codes, std::vector<std::string>{"3.000347"});
  SearchFilters field;
  field.field = "dang ky, quan ly cu tru";
  EXPECT_EQ(idx.search("", field).codes, std::vector<std::string>{"1.004222"});
  SearchFilters agency;
  agency.agency = "cong an";
  EXPECT_EQ(idx.search("dang ky", agency).codes, std::vector<std::string>{"1.004222"});
  auto page1 = idx.search("dang ky", {}, 2, 0);
  auto page2 = idx.search("dang ky", {}, 2, 2);
  EXPECT_EQ(page1.total, page2.total);
  ASSERT_EQ(page1.codes.size(), 2u);
  ASSERT_FALSE(page2.codes.empty());
  EXPECT_NE(page1.codes[0], page2.codes[0]);
}

TEST(SearchIndex, EmptyQueryListsAllInVietnameseOrder) {
  auto idx = small_index();
  auto r = idx.search("", {}, 100, 0);
  ASSERT_EQ(r.total, idx.size());
  // "Cấp …" < "Đăng ký …" < "Đổi …" < "Thủ tục …" in Vietnamese order (đ after d).
  EXPECT_EQ(r.codes[0], "1.010721");
  EXPECT_EQ(r.codes[1], "1.004222");
  EXPECT_EQ(r.codes[2], "3.000347");
}

TEST(SearchIndex, UnrelatedQueryFindsNothing) {
  auto idx = small_index();
  EXPECT_EQ(idx.search("xyzzy quux").total, 0u);
}

TEST(SearchIndex, ConcurrentSearchesAgree) {
  auto idx = small_index();
  std::vector<std::thread> threads;
  std::vector<int> hits(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i)
        hits[static_cast<size_t>(t)] += idx.search("dang ky khai sinh").codes.at(0) == "1.001193";
    });
  for (auto& th : threads) th.join();
  for (int h : hits) EXPECT_EQ(h, 200);
}

}  // namespace
}  // namespace motcua::catalog

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "motcua/text/collation.hpp"
#include "motcua/text/normalize.hpp"

namespace motcua::text {
namespace {

TEST(TextFold, StripsTonesAndVowelMarks) {
  EXPECT_EQ(fold_for_search("Thủ tục đăng ký khai sinh"), "thu tuc dang ky khai sinh");
  EXPECT_EQ(fold_for_search("Ướt át ỡm ờ"), "uot at om o");
}

TEST(TextFold, MapsDStrokeBothCases) {
  EXPECT_EQ(fold_for_search("ĐĂNG KÝ đất đai"), "dang ky dat dai");
}

TEST(TextFold, CollapsesPunctuationAndSpaces) {
  EXPECT_EQ(fold_for_search("  Cấp, đổi;  giấy-phép (lái xe)  "), "cap doi giay phep lai xe");
  EXPECT_EQ(fold_for_search("Ủy ban\u00A0nhân dân\u00A0xã"), "uy ban nhan dan xa");
  EXPECT_EQ(fold_for_search(""), "");
  EXPECT_EQ(fold_for_search(" ,.- "), "");
}

TEST(TextFold, DecomposedAndComposedInputFoldAlike) {
  const std::string nfd = "Kho\u0302ng co\u0301 tho\u0302ng tin";  // NFD "Không có thông tin"
  EXPECT_EQ(fold_for_search(nfd), fold_for_search("Không có thông tin"));
  EXPECT_EQ(fold_for_search(nfd), "khong co thong tin");
}

TEST(TextFold, KeepsDigitsAndSplitsTokens) {
  EXPECT_EQ(fold_for_search("Mẫu số 01/TK"), "mau so 01 tk");
  EXPECT_EQ(search_tokens("Đăng ký  kết hôn"),
            (std::vector<std::string>{"dang", "ky", "ket", "hon"}));
  EXPECT_TRUE(split_tokens("").empty());
}

TEST(TextNormalize, ComposesToNfcAndReplacesNoBreakSpace) {
  EXPECT_EQ(to_nfc("Kho\u0302ng"), "Không");
  EXPECT_EQ(to_nfc("a\u00A0b"), "a b");
  EXPECT_EQ(to_nfc("plain ascii"), "plain ascii");
}

TEST(TextNormalize, CleanTextTrimsAndCollapsesButKeepsLines) {
  EXPECT_EQ(clean_text("  Ủy ban\u00A0\u00A0 nhân dân  \n  dòng hai  "),
            "Ủy ban nhân dân\ndòng hai");
}

TEST(TextCollation, SortsProvincesInVietnameseOrder) {
  std::vector<std::string> names{"Đồng Nai",   "Điện Biên", "Dak Lak", "Cà Mau",
                                 "Bình Dương", "An Giang",  "Ăn Khê"};
  std::sort(names.begin(), names.end(), ViLess{});
  EXPECT_EQ(names, (std::vector<std::string>{"An Giang", "Ăn Khê", "Bình Dương", "Cà Mau",
                                             "Dak Lak", "Điện Biên", "Đồng Nai"}));
}

TEST(TextCollation, KeysOrderLikeCompare) {
  EXPECT_LT(compare_vi("Dz", "Đa"), 0);
  EXPECT_LT(collation_key("Dz"), collation_key("Đa"));
  EXPECT_EQ(compare_vi("Kho\u0302ng", "Không"), 0);
}

TEST(TextCollation, SafeFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&ok, t] {
      for (int i = 0; i < 200; ++i)
        ok[static_cast<size_t>(t)] +=
            compare_vi("Điện Biên", "Dak Lak") > 0 && fold_for_search("Đăng ký") == "dang ky";
    });
  for (auto& th : threads) th.join();
  for (int v : ok) EXPECT_EQ(v, 200);
}

}  // namespace
}  // namespace motcua::text

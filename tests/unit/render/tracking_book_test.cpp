// Form 07: the tracking book on A4 landscape, its columns, and a long book over several pages
// with the header row repeated.
#include "motcua/render/tracking_book.hpp"

#include <gtest/gtest.h>

#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

TrackingBookView sample(int rows) {
  TrackingBookView v;
  v.letterhead = {"Ủy ban nhân dân phường Hội An", "Bộ phận Một cửa", "", ""};
  v.volume = "Quyển số: 2026";
  v.period = "Từ ngày 01/04/2026 đến ngày 30/04/2026";
  for (int i = 1; i <= rows; ++i)
    v.rows.push_back({std::to_string(i), "20410-260406-" + std::to_string(1000 + i),
                      "Đăng ký thường trú", "01", "Nguyễn Thị Hồng Đào",
                      "Phường Hội An; ĐT: 0912345678", "Phường Hội An", "06/04/2026 09:00",
                      "15/04/2026 17:00", "", "", "", "", ""});
  return v;
}

TEST(RenderForm07, HasTheBooksColumnsAndRows) {
  EXPECT_EQ(tracking_book_columns().size(), 14u);
  double total = 0;
  for (const auto& c : tracking_book_columns()) total += c.width_fraction;
  EXPECT_NEAR(total, 1.0, 1e-9);
  const std::string pdf = tracking_book_pdf(sample(3));
  testing::maybe_png(pdf, "form07");
  const std::string text = collapse_spaces(pdf_text(pdf, "form07"));
  for (const char* s : {"ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "BỘ PHẬN MỘT CỬA", "SỔ THEO DÕI HỒ SƠ",
                        "Quyển số: 2026", "Từ ngày 01/04/2026 đến ngày 30/04/2026", "Mã hồ sơ",
                        "Cơ quan chủ trì giải quyết", "Ký nhận", "Ghi chú", "20410-260406-1003"})
    EXPECT_NE(text.find(s), std::string::npos) << s << "\n" << text;
  EXPECT_EQ(pdf_pages(pdf, "form07"), 1);
}

TEST(RenderForm07, ALongBookRepeatsTheHeaderOnEveryPage) {
  const std::string pdf = tracking_book_pdf(sample(60));
  const int pages = pdf_pages(pdf, "form07-long");
  ASSERT_GT(pages, 1);
  const std::string text = pdf_text(pdf, "form07-long");
  size_t headers = 0;
  for (size_t at = text.find("Mã hồ sơ"); at != std::string::npos;
       at = text.find("Mã hồ sơ", at + 1))
    ++headers;
  EXPECT_EQ(headers, size_t(pages));
  EXPECT_NE(text.find("20410-260406-1060"), std::string::npos);
}

TEST(RenderForm07, AnEmptyPeriodSaysSo) {
  const std::string text = collapse_spaces(pdf_text(tracking_book_pdf(sample(0)), "form07-empty"));
  EXPECT_NE(text.find("Không có hồ sơ nào trong kỳ này."), std::string::npos) << text;
}

}  // namespace
}  // namespace motcua::render

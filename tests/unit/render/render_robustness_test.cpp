// The render functions run on server threads and get whatever the database holds: they must be
// safe to call concurrently and must cope with empty or oversized fields.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "motcua/render/apology.hpp"
#include "motcua/render/document.hpp"
#include "motcua/render/letter.hpp"
#include "motcua/render/process_control.hpp"
#include "motcua/render/receipt.hpp"
#include "motcua/render/refusal.hpp"
#include "motcua/render/supplement_request.hpp"
#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

ReceiptView receipt_for(int n) {
  ReceiptView v;
  v.letterhead = {"Ủy ban nhân dân phường Hà Đông", "Bộ phận Một cửa", "",
                  place_date_line("Hà Đông", 2026, 11, 24)};
  v.dossier_code = "H29.21-261124-" + std::to_string(1000 + n);
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.procedure_name = "Đăng ký khai sinh";
  v.documents = {{"Tờ khai đăng ký khai sinh", 1}, {"Giấy chứng sinh", 1}};
  v.due_at = "16 giờ 00 phút, ngày 25/11/2026";
  v.lookup_url = "https://motcua.example.vn/tra-cuu/" + v.dossier_code;
  return v;
}

TEST(RenderRobustness, ConcurrentThreadsGiveTheSameBytesAsOneThread) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 4;
  std::vector<std::string> expected;
  for (int t = 0; t < kThreads; ++t) expected.push_back(receipt_pdf(receipt_for(t)));
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &expected, &mismatches] {
      for (int i = 0; i < kPerThread; ++i) {
        if (receipt_pdf(receipt_for(t)) != expected[static_cast<std::size_t>(t)]) {
          ++mismatches[static_cast<std::size_t>(t)];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[static_cast<std::size_t>(t)], 0) << t;
}

TEST(RenderRobustness, EmptyViewsStillRender) {
  for (const std::string& pdf : {receipt_pdf({}), supplement_request_pdf({}), refusal_pdf({}),
                                 apology_pdf({}), process_control_pdf({}), letter_pdf({})}) {
    EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);
  }
  const std::string text = pdf_text(receipt_pdf({}), "empty-receipt");
  EXPECT_NE(text.find("……"), std::string::npos) << "blank fields print dots to fill by hand";
}

TEST(RenderRobustness, ParagraphLongerThanAPageFlowsOn) {
  RefusalView v;
  std::string reason;
  for (int i = 1; i <= 60; ++i) {
    reason += "Căn cứ thứ " + std::to_string(i) + " về thẩm quyền giải quyết hồ sơ đất đai. ";
  }
  v.reason = reason;
  const std::string pdf = refusal_pdf(v);
  testing::maybe_png(pdf, "refusal-long");
  EXPECT_GE(pdf_pages(pdf, "refusal-long"), 2);
  const std::string text = collapse_spaces(pdf_text(pdf, "refusal-long"));
  for (int i = 1; i <= 60; ++i) {
    const std::string piece = "Căn cứ thứ " + std::to_string(i) + " về";
    EXPECT_NE(text.find(piece), std::string::npos) << piece;
  }
}

TEST(RenderRobustness, MarkupCharactersArePrintedAsText) {
  Document doc(PageSize::a4_landscape);
  doc.paragraph("<b>không đậm</b> & \"ngoặc\" {x}");
  Table t;
  t.columns = {{"A<>", 0.5, Align::left}, {"B&", 0.5, Align::right}};
  t.rows = {{"<i>", "&amp;"}};
  doc.table(t);
  const std::string text = collapse_spaces(pdf_text(doc.finish(), "markup"));
  EXPECT_NE(text.find("<b>không đậm</b> & \"ngoặc\" {x}"), std::string::npos) << text;
  EXPECT_NE(text.find("&amp;"), std::string::npos) << text;
}

TEST(RenderRobustness, UpperCaseKeepsVietnameseDiacritics) {
  EXPECT_EQ(to_upper_vi("Ủy ban nhân dân phường Hà Đông"), "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG");
  EXPECT_EQ(place_date_line("Huế", 2026, 12, 9), "Huế, ngày 09 tháng 12 năm 2026");
  EXPECT_EQ(place_date_line("Huế", 2026, 2, 15), "Huế, ngày 15 tháng 02 năm 2026");
}

}  // namespace
}  // namespace motcua::render

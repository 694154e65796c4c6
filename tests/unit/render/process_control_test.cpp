#include "motcua/render/process_control.hpp"

#include <gtest/gtest.h>

#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

ProcessControlView sample_sheet(int steps) {
  ProcessControlView v;
  v.letterhead = {"Ủy ban nhân dân phường Hà Đông", "Bộ phận Một cửa", "",
                  place_date_line("Hà Đông", 2026, 11, 24)};
  v.dossier_code = "H29.21-261124-0001";
  v.receipt_number = "0125/TNHS";
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.procedure_name = "Cấp giấy chứng nhận quyền sử dụng đất lần đầu";
  v.received_at = "08 giờ 30 phút, ngày 24/11/2026";
  v.due_at = "16 giờ 00 phút, ngày 15/12/2026";
  v.lead_agency = "Văn phòng đăng ký đất đai, chi nhánh Hà Đông";
  v.coordinating_agencies = "Chi cục Thuế khu vực Hà Đông";
  const Handoff first{"Bộ phận Một cửa",           "Trần Văn Ánh",
                      "Văn phòng đăng ký đất đai", "Lê Thị Bích Ngọc",
                      "09 giờ 00, 24/11/2026",     "17 giờ 00, 24/11/2026",
                      StepResult::early,           ""};
  for (int i = 0; i < steps; ++i) {
    Handoff h = first;
    h.note = "Bước " + std::to_string(i + 1);
    h.result = i % 3 == 0 ? StepResult::early : i % 3 == 1 ? StepResult::on_time : StepResult::late;
    v.handoffs.push_back(h);
  }
  return v;
}

TEST(RenderForm05, TableOfHandoffs) {
  ProcessControlView v = sample_sheet(3);
  v.blank_rows = 2;
  const std::string pdf = process_control_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "form05");
  const std::string text = collapse_spaces(pdf_text(pdf, "form05"));
  for (const char* e :
       {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: H29.21-261124-0001", "Bên giao",
        "Bên nhận", "Hạn xử lý", "Trước hạn", "Đúng hạn", "Quá hạn", "Lê Thị Bích Ngọc",
        "Chi cục Thuế khu vực Hà Đông", "0125/TNHS"}) {
    EXPECT_NE(text.find(e), std::string::npos) << e << "\n---\n" << text;
  }
  EXPECT_EQ(pdf_pages(pdf, "form05"), 1);
}

TEST(RenderForm05, A5LandscapeOnRequest) {
  ProcessControlView v = sample_sheet(2);
  v.page_size = PageSize::a5_landscape;
  const std::string pdf = process_control_pdf(v);
  testing::maybe_png(pdf, "form05-a5");
  const std::string text = collapse_spaces(pdf_text(pdf, "form05-a5"));
  EXPECT_NE(text.find("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), std::string::npos);
  EXPECT_NE(text.find("Bước 2"), std::string::npos);
}

TEST(RenderForm05, ManyHandoffsContinueOnNextPage) {
  const std::string pdf = process_control_pdf(sample_sheet(14));
  testing::maybe_png(pdf, "form05-long");
  EXPECT_GE(pdf_pages(pdf, "form05-long"), 2);
  const std::string text = collapse_spaces(pdf_text(pdf, "form05-long"));
  for (int i = 1; i <= 14; ++i) {
    const std::string note = "Bước " + std::to_string(i) + " ";
    EXPECT_NE(text.find(note), std::string::npos) << note;
  }
}

TEST(RenderForm05, ResultLabels) {
  EXPECT_EQ(step_result_label(StepResult::early), "Trước hạn");
  EXPECT_EQ(step_result_label(StepResult::on_time), "Đúng hạn");
  EXPECT_EQ(step_result_label(StepResult::late), "Quá hạn");
  EXPECT_EQ(step_result_label(StepResult::pending), "");
}

}  // namespace
}  // namespace motcua::render

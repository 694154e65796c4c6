#include "motcua/render/stop_notice.hpp"

#include <gtest/gtest.h>

#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

TEST(RenderStopNotice, StatesDossierReasonAndBasis) {
  StopNoticeView v;
  v.letterhead = {"Ủy ban nhân dân phường Hà Đông", "Bộ phận Một cửa", "03/TB-BPMC",
                  place_date_line("Hà Đông", 2026, 12, 1)};
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.dossier_code = "H29.21-261124-0001";
  v.procedure_name = "Đăng ký biến động quyền sử dụng đất";
  v.received_at = "08 giờ 30 phút, ngày 24/11/2026";
  v.legal_basis = "Căn cứ Nghị định số 118/2025/NĐ-CP";
  v.reason = "Người nộp hồ sơ có văn bản đề nghị rút hồ sơ ngày 28/11/2026.";
  v.disposition = "Hồ sơ được trả lại tại Bộ phận Một cửa, quầy số 3.";
  v.signer_name = "Phạm Quang Huy";
  const std::string pdf = stop_notice_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "stop-notice");
  const std::string text = testing::collapse_spaces(testing::pdf_text(pdf, "stop-notice"));
  for (const char* e :
       {"THÔNG BÁO", "Về việc dừng giải quyết hồ sơ", "Kính gửi: Nguyễn Thị Hồng Đào",
        "H29.21-261124-0001", "Căn cứ Nghị định số 118/2025/NĐ-CP, Bộ phận Một cửa thông báo dừng",
        "đề nghị rút hồ sơ ngày 28/11/2026", "quầy số 3", "Phạm Quang Huy"}) {
    EXPECT_NE(text.find(e), std::string::npos) << e << "\n---\n" << text;
  }
  EXPECT_EQ(testing::pdf_pages(pdf, "stop-notice"), 1);
}

}  // namespace
}  // namespace motcua::render

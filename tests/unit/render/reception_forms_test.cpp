// Forms 02, 03 and 04: rendered, read back with pdftotext, checked for their wording.
#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "motcua/render/apology.hpp"
#include "motcua/render/refusal.hpp"
#include "motcua/render/supplement_request.hpp"
#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

Letterhead sample_letterhead() {
  return {"Ủy ban nhân dân phường Hà Đông", "Bộ phận Một cửa", "",
          place_date_line("Hà Đông", 2026, 2, 5)};
}

void expect_all(const std::string& text, std::initializer_list<const char*> expected) {
  for (const char* e : expected) {
    EXPECT_NE(text.find(e), std::string::npos) << e << "\n---\n" << text;
  }
}

TEST(RenderForm02, ListsEveryMissingItemAndTheOfficer) {
  SupplementRequestView v;
  v.letterhead = sample_letterhead();
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.applicant_address = "Số 12 phố Quang Trung, phường Hà Đông, thành phố Hà Nội";
  v.applicant_phone = "0912 345 678";
  v.procedure_name = "Đăng ký kết hôn";
  v.items = {{"Bản sao Giấy xác nhận tình trạng hôn nhân", "Giấy đã nộp hết hạn sử dụng"},
             {"Tờ khai đăng ký kết hôn", "Thiếu chữ ký của bên nữ"}};
  v.deadline = "ngày 12/02/2026";
  v.officer_name = "Trần Văn Ánh";
  v.contact_phone = "024 3382 1234";
  const std::string pdf = supplement_request_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "form02");
  expect_all(
      collapse_spaces(pdf_text(pdf, "form02")),
      {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Hà Đông, ngày 05 tháng 02 năm 2026",
       "Nguyễn Thị Hồng Đào", "Đăng ký kết hôn", "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau",
       "Bản sao Giấy xác nhận tình trạng hôn nhân", "Giấy đã nộp hết hạn sử dụng",
       "Thiếu chữ ký của bên nữ", "Trần Văn Ánh", "024 3382 1234", "NGƯỜI HƯỚNG DẪN"});
  EXPECT_EQ(pdf_pages(pdf, "form02"), 1);
}

TEST(RenderForm03, StatesTheReason) {
  RefusalView v;
  v.letterhead = sample_letterhead();
  v.applicant_name = "Công ty TNHH A & B <Việt Nam>";
  v.applicant_address = "Khu công nghiệp Phú Nghĩa, thành phố Hà Nội";
  v.applicant_phone = "024 1234 5678";
  v.procedure_name = "Cấp giấy phép xây dựng";
  v.reason =
      "Công trình thuộc thẩm quyền cấp phép của Sở Xây dựng.\nĐề nghị nộp hồ sơ tại Trung "
      "tâm Phục vụ hành chính công thành phố.";
  v.signer_name = "Lê Thị Bích Ngọc";
  const std::string pdf = refusal_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "form03");
  expect_all(collapse_spaces(pdf_text(pdf, "form03")),
             {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Công ty TNHH A & B <Việt Nam>",
              "Cấp giấy phép xây dựng", "thông báo không tiếp nhận, giải quyết hồ sơ này",
              "Công trình thuộc thẩm quyền cấp phép của Sở Xây dựng.",
              "Trung tâm Phục vụ hành chính công thành phố.", "Lê Thị Bích Ngọc"});
}

TEST(RenderForm04, ApologyGivesReasonAndBothAppointments) {
  ApologyView v;
  v.letterhead = sample_letterhead();
  v.letterhead.number = "07/XL-BPMC";
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.received_date = "20/01/2026";
  v.dossier_code = "H29.21-260120-0042";
  v.procedure_name = "Chứng thực bản sao từ bản chính";
  v.original_due_at = "16 giờ 00 phút, ngày 03/02/2026";
  v.reason = "Hồ sơ cần xác minh thêm thông tin tại cơ quan cấp bản chính.";
  v.new_due_at = "16 giờ 00 phút, ngày 10/02/2026";
  v.signer_name = "Phạm Quang Huy";
  const std::string pdf = apology_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "form04");
  expect_all(collapse_spaces(pdf_text(pdf, "form04")),
             {"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Nguyễn Thị Hồng Đào",
              "H29.21-260120-0042", "16 giờ 00 phút, ngày 03/02/2026",
              "Hồ sơ cần xác minh thêm thông tin tại cơ quan cấp bản chính.",
              "16 giờ 00 phút, ngày 10/02/2026", "xin lỗi Ông/Bà", "Số: 07/XL-BPMC",
              "THỦ TRƯỞNG CƠ QUAN", "Phạm Quang Huy"});
  EXPECT_EQ(pdf_pages(pdf, "form04"), 1);
}

TEST(RenderForm04, TitleFollowsCircular032025WhenAsked) {
  ApologyView v;
  v.letterhead = sample_letterhead();
  v.title = "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết";
  const std::string text = collapse_spaces(pdf_text(apology_pdf(v), "form04-2025"));
  EXPECT_NE(text.find("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"), std::string::npos)
      << text;
}

// Circular 03/2025 is in force from 00:00 on 15 September 2025 (Vietnam time).
TEST(FormEdition, FollowsTheReceptionDate) {
  const auto at = [](const char* iso) { return *parse_iso(iso); };
  EXPECT_EQ(form_edition(at("2025-09-14T23:59:59+07:00")), FormEdition::circular_01_2018);
  EXPECT_EQ(form_edition(at("2025-09-14T17:00:00Z")), FormEdition::circular_03_2025);
  EXPECT_EQ(form_edition(at("2025-09-15T00:00:00+07:00")), FormEdition::circular_03_2025);
  EXPECT_EQ(form_number(FormKind::process_control, FormEdition::circular_01_2018), "Mẫu số 05");
  EXPECT_EQ(form_number(FormKind::process_control, FormEdition::circular_03_2025), "Mẫu số 06");
  EXPECT_EQ(form_number(FormKind::tracking_book, FormEdition::circular_03_2025), "Mẫu số 07");
  EXPECT_EQ(form_number(FormKind::stop_notice, FormEdition::circular_01_2018), "");
}

TEST(RenderForm04, Circular032025EditionAsksToExtend) {
  ApologyView v;
  v.letterhead = sample_letterhead();
  v.edition = FormEdition::circular_03_2025;
  v.new_due_at = "16 giờ 00 phút, ngày 10/02/2026";
  const std::string text = collapse_spaces(pdf_text(apology_pdf(v), "form04-2025-edition"));
  expect_all(text,
             {"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
              "đề nghị gia hạn thời gian giải quyết hồ sơ", "16 giờ 00 phút, ngày 10/02/2026"});
  EXPECT_EQ(text.find("PHIẾU XIN LỖI"), std::string::npos) << text;
}

}  // namespace
}  // namespace motcua::render

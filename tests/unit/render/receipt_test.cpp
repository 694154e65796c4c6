#include "motcua/render/receipt.hpp"

#include <gtest/gtest.h>

#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

ReceiptView sample_receipt() {
  ReceiptView v;
  v.letterhead = {"Ủy ban nhân dân phường Hà Đông", "Bộ phận Một cửa", "0125/TNHS",
                  place_date_line("Hà Đông", 2026, 11, 24)};
  v.dossier_code = "H29.21-261124-0001";
  v.applicant_name = "Nguyễn Thị Hồng Đào";
  v.applicant_phone = "0912 345 678";
  v.applicant_address = "Số 12 ngõ 34 phố Quang Trung, phường Hà Đông, thành phố Hà Nội";
  v.procedure_code = "1.001193";
  v.procedure_name = "Đăng ký khai sinh";
  v.channel_label = "Trực tiếp";
  v.documents = {{"Tờ khai đăng ký khai sinh", 1, "Bản chính"},
                 {"Giấy chứng sinh", 1, "Bản chính"},
                 {"Giấy chứng nhận kết hôn của cha, mẹ", 1, "Bản sao chứng thực"}};
  v.processing_time = "01 ngày làm việc";
  v.received_at = "08 giờ 30 phút, ngày 24/11/2026";
  v.due_at = "16 giờ 00 phút, ngày 25/11/2026";
  v.result_delivery = "Bộ phận Một cửa, quầy số 3";
  v.book_volume = "05";
  v.book_entry = "1234";
  v.officer_name = "Trần Văn Ánh";
  v.lookup_url = "https://motcua.hadong.gov.vn/tra-cuu?ma=H29.21-261124-0001";
  return v;
}

TEST(RenderReceipt, IsPdfWithVietnameseText) {
  const std::string pdf = receipt_pdf(sample_receipt());
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "receipt");
  const std::string text = collapse_spaces(pdf_text(pdf, "receipt"));
  for (const char* expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc",
                               "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG",
                               "BỘ PHẬN MỘT CỬA",
                               "Số: 0125/TNHS",
                               "Hà Đông, ngày 24 tháng 11 năm 2026",
                               "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                               "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                               "Mã hồ sơ: H29.21-261124-0001",
                               "Nguyễn Thị Hồng Đào",
                               "Đăng ký khai sinh",
                               "Tên giấy tờ",
                               "Số lượng",
                               "Giấy chứng nhận kết hôn của cha, mẹ",
                               "Thời gian nhận hồ sơ",
                               "08 giờ 30 phút, ngày 24/11/2026",
                               "Thời gian trả kết quả giải quyết hồ sơ",
                               "16 giờ 00 phút, ngày 25/11/2026",
                               "Vào Sổ theo dõi hồ sơ",
                               "Trần Văn Ánh",
                               "https://motcua.hadong.gov.vn/tra-cuu?ma=H29.21-261124-0001",
                               "NGƯỜI TIẾP NHẬN HỒ SƠ"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n---\n" << text;
  }
  EXPECT_EQ(pdf_pages(pdf, "receipt-pages"), 1);
}

TEST(RenderReceipt, LongDocumentListContinuesOnNextPage) {
  ReceiptView v = sample_receipt();
  v.documents.clear();
  for (int i = 1; i <= 40; ++i) {
    v.documents.push_back({"Giấy tờ kèm theo số " + std::to_string(i) + " (bản đồ địa chính)", i});
  }
  const std::string pdf = receipt_pdf(v);
  testing::maybe_png(pdf, "receipt-long");
  EXPECT_GE(pdf_pages(pdf, "receipt-long"), 2);
  const std::string text = collapse_spaces(pdf_text(pdf, "receipt-long"));
  for (int i = 1; i <= 40; ++i) {
    const std::string item = "Giấy tờ kèm theo số " + std::to_string(i) + " (bản đồ địa chính)";
    EXPECT_NE(text.find(item), std::string::npos) << item;
  }
  EXPECT_NE(text.find("Trang 2/"), std::string::npos);
  EXPECT_NE(text.find("16 giờ 00 phút, ngày 25/11/2026"), std::string::npos);
}

TEST(RenderReceipt, SameViewGivesSameBytes) {
  // Pure function: no clock, so a re-print is byte-identical.
  EXPECT_EQ(receipt_pdf(sample_receipt()), receipt_pdf(sample_receipt()));
}

}  // namespace
}  // namespace motcua::render

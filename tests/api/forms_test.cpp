// The printed forms over HTTP, read back as the applicant reads them (pdftotext): the receipt's
// processing time and book entry, the wording of Circular 01/2018 or 03/2025 by reception
// date, and letterheads and dates (issue 10 points 3, 5 and 6).
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"
#include "support/pdf_probe.hpp"

namespace motcua::testing {
namespace {

class FormsApi : public DemoServerTest {
 protected:
  std::string pdf_at(const std::string& path, const std::string& name) {
    auto pdf = api_->get(path);
    EXPECT_EQ(pdf.status, 200) << path << ": " << pdf.body.substr(0, 300);
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf") << path;
    maybe_png(pdf.body, name);
    return collapse_spaces(pdf_text(pdf.body, name));
  }
  std::string form_text(const std::string& code, const std::string& form) {
    return pdf_at("/api/v1/dossiers/" + code + "/forms/" + form + ".pdf", "api-forms-" + form);
  }
  static void expect_contains(const std::string& text, std::initializer_list<std::string> parts) {
    for (const auto& p : parts)
      EXPECT_NE(text.find(p), std::string::npos) << p << "\n---\n" << text;
  }
};

// 1.013076 lists 2 working days first for the counter, then 7 days and 1 hour for other
// cases; the appointment was counted from the 2 days, and the receipt says so.
TEST_F(FormsApi, ReceiptStatesTheTimeTheAppointmentWasCountedFrom) {
  const std::string code = receive("1.013076");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200) << view.body;
  // Received Monday 2 March 2026 09:00: two working days end on Wednesday at 17:00.
  EXPECT_EQ(view.json["due_at"], "2026-03-04T17:00:00+07:00");
  const std::string text = pdf_at("/api/v1/dossiers/" + code + "/receipt.pdf", "api-receipt");
  expect_contains(text, {"Thời gian giải quyết hồ sơ theo quy định: 02 ngày làm việc",
                         "17 giờ 00 phút, ngày 04/03/2026"});
  EXPECT_EQ(text.find("01 giờ làm việc"), std::string::npos) << text;
  EXPECT_EQ(text.find("07 ngày làm việc"), std::string::npos) << text;
}

// Circular 03/2025 numbers the receipt 01: forms/01.pdf is the receipt, receipt.pdf stays.
TEST_F(FormsApi, Form01IsTheReceipt) {
  const std::string code = receive("1.004222");
  const std::string form01 = form_text(code, "01");
  expect_contains(form01, {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Thị Hồng Đào"});
  EXPECT_EQ(form01, pdf_at("/api/v1/dossiers/" + code + "/receipt.pdf", "api-receipt-alias"));
  api_->login("stp_specialist");
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + code + "/forms/01.pdf").status, 403);
}

// The apology of a dossier received before 15 September 2025 keeps Circular 01/2018's form 04;
// from that day Circular 03/2025's "Văn bản xin lỗi và đề nghị gia hạn …" applies.
TEST_F(FormsApi, ApologyWordingFollowsTheReceptionDate) {
  struct Case {
    const char* received;
    const char* apologized;
    const char* new_due;
    const char* title;
    const char* other_title;
  };
  const Case cases[] = {
      {"2025-09-12T09:00:00+07:00", "2025-09-18T09:00:00+07:00", "2025-10-10T16:00:00+07:00",
       "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "VĂN BẢN XIN LỖI"},
      {"2025-09-15T09:00:00+07:00", "2025-09-19T09:00:00+07:00", "2025-10-10T16:00:00+07:00",
       "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "PHIẾU XIN LỖI"},
  };
  for (const Case& c : cases) {
    api_->set_clock(c.received);
    const std::string code = receive("1.004222");
    ASSERT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
    api_->set_clock(c.apologized);
    auto r =
        act(code, "specialist",
            {{"action", "apologize"}, {"reason", "Cần xác minh thêm"}, {"new_due_at", c.new_due}});
    ASSERT_EQ(r.status, 200) << r.body;
    const std::string text = form_text(code, "04");
    expect_contains(text, {c.title, code, "10/10/2025"});
    EXPECT_EQ(text.find(c.other_title), std::string::npos) << c.received << "\n" << text;
  }
}

}  // namespace
}  // namespace motcua::testing

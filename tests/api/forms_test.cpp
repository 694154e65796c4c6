// The printed forms over HTTP, read back as the applicant reads them (pdftotext): the receipt's
// processing time and book entry, the wording of Circular 01/2018 or 03/2025 by reception
// date, and letterheads and dates (issue 10 points 3, 5 and 6).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

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
    // Issued by the competent agency (the ward itself) and dated the day of the apology.
    const std::string dated =
        std::string("Hội An, ngày ") + std::string(c.apologized, 8, 2) + " tháng 9 năm 2025";
    expect_contains(text, {c.title, code, "10/10/2025", "ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", dated});
    EXPECT_EQ(text.find("BỘ PHẬN MỘT CỬA"), std::string::npos) << text;
    EXPECT_EQ(text.find(c.other_title), std::string::npos) << c.received << "\n" << text;
  }
}

// "Quyển số: 2026, Số thứ tự: N" as the receipt prints it: N.
long long receipt_entry(const std::string& receipt) {
  const std::string marker = "Quyển số: 2026, Số thứ tự: ";
  const auto at = receipt.find(marker);
  if (at == std::string::npos) return -1;
  return std::atoll(receipt.c_str() + at + marker.size());
}

// Form 07 lists what the agency received in the period, in order; each receipt carries its
// volume (the year) and entry number, consecutive in reception order.
TEST_F(FormsApi, TrackingBookListsTheDossiersReceivedInOrder) {
  std::vector<std::string> codes;
  for (const char* at : {"2026-04-06T09:00:00+07:00", "2026-04-06T10:00:00+07:00",
                         "2026-04-07T09:00:00+07:00", "2026-04-10T09:00:00+07:00"}) {
    api_->set_clock(at);
    codes.push_back(receive(codes.size() == 1 ? "1.013076" : "1.004222"));
  }
  std::vector<long long> entries;
  for (const auto& code : codes)
    entries.push_back(
        receipt_entry(pdf_at("/api/v1/dossiers/" + code + "/receipt.pdf", "api-receipt-book")));
  ASSERT_GT(entries[0], 0);
  for (size_t i = 1; i < entries.size(); ++i) EXPECT_EQ(entries[i], entries[0] + long(i));

  const std::string path = "/api/v1/agencies/20410/tracking-book";
  const std::string period = "?from=2026-04-06&to=2026-04-07";
  auto pdf = api_->get(path + ".pdf" + period);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  maybe_png(pdf.body, "api-tracking-book");
  const std::string text = collapse_spaces(pdf_text(pdf.body, "api-tracking-book"));
  expect_contains(
      text, {"SỔ THEO DÕI HỒ SƠ", "Quyển số: 2026", "Từ ngày 06/04/2026 đến ngày 07/04/2026",
             "ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "BỘ PHẬN MỘT CỬA", "Mã hồ sơ",
             "Cơ quan chủ trì giải quyết", "Ký nhận", "Nguyễn Thị Hồng Đào", "06/04/2026 09:00"});
  size_t last = 0;
  for (size_t i = 0; i < 3; ++i) {
    const auto at = text.find(codes[i]);
    ASSERT_NE(at, std::string::npos) << codes[i] << "\n" << text;
    EXPECT_GT(at, last) << codes[i] << " out of order";
    last = at;
  }
  EXPECT_EQ(text.find(codes[3]), std::string::npos) << "received after the period";
  // A4 landscape: 297 × 210 mm.
  const auto file = detail::write_temp(pdf.body, "api-tracking-book-size");
  const std::string info = detail::run("pdfinfo '" + file.string() + "'");
  std::filesystem::remove(file);
  EXPECT_NE(info.find("841.89 x 595.276"), std::string::npos) << info;

  auto xlsx = api_->get(path + ".xlsx" + period);
  ASSERT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 300);
  EXPECT_EQ(xlsx.header("Content-Type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_EQ(xlsx.body.rfind("PK", 0), 0u);
  const auto sheet = detail::write_temp(xlsx.body, "api-tracking-book-xlsx");
  const std::string strings = detail::run("unzip -p '" + sheet.string() + "' xl/sharedStrings.xml");
  std::filesystem::remove(sheet);
  for (const std::string& part : {codes[0], codes[1], codes[2], std::string("SỔ THEO DÕI HỒ SƠ"),
                                  std::string("Ký nhận"), std::to_string(entries[0])})
    EXPECT_NE(strings.find(part), std::string::npos) << part << "\n" << strings.substr(0, 2000);
  EXPECT_EQ(strings.find(codes[3]), std::string::npos);
}

TEST_F(FormsApi, TrackingBookIsTheAgencysOwnAndNamesBadDates) {
  const std::string path = "/api/v1/agencies/20410/tracking-book.pdf";
  api_->logout_locally();
  EXPECT_EQ(api_->get(path + "?from=2026-04-01&to=2026-04-30").status, 401);
  for (const char* who : {"receiver", "specialist", "leader"}) {
    api_->login(who);
    EXPECT_EQ(api_->get(path + "?from=2026-04-01&to=2026-04-30").status, 200) << who;
  }
  api_->login("stp_specialist");
  auto r = api_->get(path + "?from=2026-04-01&to=2026-04-30");
  EXPECT_EQ(r.status, 403) << r.body;
  r = api_->get("/api/v1/agencies/20410/tracking-book.xlsx?from=2026-04-01&to=2026-04-30");
  EXPECT_EQ(r.status, 403) << r.body;
  api_->login("receiver");
  struct Bad {
    const char* query;
    const char* field;
  };
  for (const Bad& b :
       {Bad{"?from=2026-13-01&to=2026-04-30", "from"},
        Bad{"?from=2026-02-30&to=2026-04-30", "from"}, Bad{"?to=2026-04-30", "from"},
        Bad{"?from=2026-04-01", "to"}, Bad{"?from=2026-04-01&to=01/05/2026", "to"},
        Bad{"?from=2026-04-30&to=2026-04-01", "to"}, Bad{"?from=2025-01-01&to=2026-04-30", "to"}}) {
    r = api_->get(path + b.query);
    EXPECT_EQ(r.status, 400) << b.query << " " << r.body;
    EXPECT_EQ(r.json["error"]["field"], b.field) << b.query;
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
  }
}

// A refusal after examination is the competent agency's act: issued in its name (not its
// one-stop desk's), dated the day it refused, whenever it is printed.
TEST_F(FormsApi, RefusalIsIssuedByTheCompetentAgencyOnTheDayItRefused) {
  const std::string code = receive("1.004222");
  const std::string receipt = form_text(code, "01");
  expect_contains(receipt, {"ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "BỘ PHẬN MỘT CỬA",
                            "Hội An, ngày 02 tháng 3 năm 2026"});
  api_->set_clock("2026-03-03T16:30:00+07:00");
  auto r = act(code, "specialist", {{"action", "refuse"}, {"reason", "Không đủ điều kiện"}});
  ASSERT_EQ(r.status, 200) << r.body;
  api_->set_clock("2026-03-20T09:00:00+07:00");
  api_->login("specialist");  // a new session: the one of 3 March has expired
  const std::string text = form_text(code, "03");
  expect_contains(
      text, {"ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN", "Hội An, ngày 03 tháng 3 năm 2026",
             "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "NGƯỜI XỬ LÝ HỒ SƠ", "Nguyễn Văn Minh"});
  EXPECT_EQ(text.find("BỘ PHẬN MỘT CỬA"), std::string::npos) << text;
  EXPECT_EQ(text.find("ngày 20 tháng 3"), std::string::npos) << text;
  // The receipt keeps its own date too.
  EXPECT_NE(form_text(code, "01").find("Hội An, ngày 02 tháng 3 năm 2026"), std::string::npos);
}

// A dossier the ward receives for the city's Department of Justice: the department decides,
// in its own name under the city's People's Committee, never "Ủy ban nhân dân" + its name.
TEST_F(FormsApi, ADepartmentsFormsBearItsOwnName) {
  const std::string code = receive("1.002032");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200) << view.body;
  ASSERT_EQ(view.json["competent_agency"], "48.STP") << view.body;
  api_->set_clock("2026-03-04T10:00:00+07:00");
  auto r =
      act(code, "stp_specialist", {{"action", "refuse"}, {"reason", "Không thuộc thẩm quyền"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string text = form_text(code, "03");
  expect_contains(text, {"ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", "SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG",
                         "Đà Nẵng, ngày 04 tháng 3 năm 2026", "Võ Thị Mỹ Linh"});
  EXPECT_EQ(text.find("ỦY BAN NHÂN DÂN SỞ"), std::string::npos) << text;
  EXPECT_EQ(text.find("ỦY BAN NHÂN DÂN PHƯỜNG"), std::string::npos) << text;
}

}  // namespace
}  // namespace motcua::testing

// Letters with a civil-status result: a congratulation on a birth registration, a condolence
// on a death registration, printed once the registration is complete.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"
#include "support/pdf_probe.hpp"

namespace motcua::testing {
namespace {

class LetterApi : public DemoServerTest {
 protected:
  void complete(const std::string& code) {
    for (const auto& [user, action] : {std::pair{"specialist", "claim"},
                                       {"specialist", "approve"},
                                       {"leader", "sign"},
                                       {"specialist", "result_ready"}}) {
      auto r = act(code, user, {{"action", action}});
      ASSERT_EQ(r.status, 200) << action << ": " << r.body;
    }
  }
  ApiResponse letter(const std::string& code, const std::string& query) {
    api_->login("receiver");
    return api_->get("/api/v1/dossiers/" + code + "/letter.pdf" + query);
  }
};

TEST_F(LetterApi, BirthRegistrationGetsACongratulationSignedByTheLeader) {
  const std::string code = receive("1.001193");
  const std::string query = "?subject_name=Nguy%E1%BB%85n%20Minh%20Khang&event_date=20/02/2026";
  EXPECT_EQ(letter(code, query).status, 409);  // not before the registration is complete
  complete(code);
  auto missing = letter(code, "");
  EXPECT_EQ(missing.json["error"]["field"], "subject_name") << missing.body;

  auto pdf = letter(code, query);
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  const std::string text = collapse_spaces(pdf_text(pdf.body, "api-letter-birth"));
  std::cerr << text;
  for (const char* part :
       {"THƯ CHÚC MỪNG", "Kính gửi", "Ông/Bà Nguyễn Thị Hồng Đào", "Nguyễn Minh Khang",
        "20/02/2026", "Lê Quang Vinh", "Ủy ban nhân dân phường Hội An vui mừng"})
    EXPECT_NE(text.find(part), std::string::npos) << part << "\n---\n" << text;
}

TEST_F(LetterApi, DeathRegistrationGetsACondolence) {
  const std::string code = receive("1.000656");
  complete(code);
  auto pdf = letter(code, "?subject_name=%C3%94ng%20Tr%E1%BA%A7n%20V%C4%83n%20Ba");
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
  const std::string text = collapse_spaces(pdf_text(pdf.body, "api-letter-death"));
  EXPECT_NE(text.find("THƯ CHIA BUỒN"), std::string::npos) << text;
  EXPECT_NE(text.find("Ông Trần Văn Ba"), std::string::npos) << text;
  EXPECT_EQ(text.find("CHÚC MỪNG"), std::string::npos) << text;
}

TEST_F(LetterApi, OtherProceduresHaveNoLetter) {
  const std::string code = receive("1.004222");
  complete(code);
  auto r = letter(code, "?subject_name=X");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.json["error"]["code"], "letter.none") << r.body;
}

}  // namespace
}  // namespace motcua::testing

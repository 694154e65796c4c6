#include "motcua/render/letter.hpp"

#include <gtest/gtest.h>

#include "support/pdf_probe.hpp"

namespace motcua::render {
namespace {

using testing::collapse_spaces;
using testing::pdf_pages;
using testing::pdf_text;

LetterView sample_letter(LetterKind kind) {
  LetterView v;
  v.kind = kind;
  v.letterhead = {"Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân phường Hà Đông", "",
                  place_date_line("Hà Đông", 2026, 11, 24)};
  v.recipient_name = "Ông Nguyễn Văn An và Bà Trần Thị Bình";
  v.recipient_address = "Số 12 phố Quang Trung, phường Hà Đông";
  v.subject_name = "Nguyễn Thị Hồng Đào";
  v.event_date = "20/11/2026";
  v.signer_title = "TM. Ủy ban nhân dân\nChủ tịch";
  v.signer_name = "Phạm Quang Huy";
  return v;
}

TEST(RenderLetter, FillPlaceholdersIsOnePass) {
  EXPECT_EQ(fill_slots("{a} và {b}, {unknown} {", {{"a", "{b}"}, {"b", "Bình"}}),
            "{b} và Bình, {unknown} {");
}

TEST(RenderLetter, BirthCongratulation) {
  const LetterView v = sample_letter(LetterKind::birth_congratulation);
  const std::string body = letter_body(v);
  EXPECT_EQ(body.find('{'), std::string::npos) << body;
  const std::string pdf = letter_pdf(v);
  ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
  testing::maybe_png(pdf, "letter-birth");
  const std::string text = collapse_spaces(pdf_text(pdf, "letter-birth"));
  for (const char* e :
       {"THƯ CHÚC MỪNG", "Kính gửi: Ông Nguyễn Văn An và Bà Trần Thị Bình",
        "cháu Nguyễn Thị Hồng Đào, sinh ngày 20/11/2026", "Ủy ban nhân dân phường Hà Đông vui mừng",
        "CHỦ TỊCH", "Phạm Quang Huy", "Hà Đông, ngày 24 tháng 11 năm 2026"}) {
    EXPECT_NE(text.find(e), std::string::npos) << e << "\n---\n" << text;
  }
  EXPECT_EQ(pdf_pages(pdf, "letter-birth"), 1);
}

TEST(RenderLetter, MarriageCongratulation) {
  LetterView v = sample_letter(LetterKind::marriage_congratulation);
  v.recipient_name = "Anh Lê Minh Khôi và Chị Nguyễn Thị Hồng Đào";
  v.subject_name = v.recipient_name;
  const std::string pdf = letter_pdf(v);
  testing::maybe_png(pdf, "letter-marriage");
  const std::string text = collapse_spaces(pdf_text(pdf, "letter-marriage"));
  EXPECT_NE(text.find("THƯ CHÚC MỪNG"), std::string::npos);
  EXPECT_NE(text.find("trăm năm hạnh phúc"), std::string::npos) << text;
  EXPECT_NE(text.find("Anh Lê Minh Khôi và Chị Nguyễn Thị Hồng Đào"), std::string::npos);
}

TEST(RenderLetter, DeathCondolenceAndCustomTemplate) {
  LetterView v = sample_letter(LetterKind::death_condolence);
  v.recipient_name = "Gia đình ông Nguyễn Văn An";
  v.subject_name = "cụ bà Trần Thị Lành";
  const std::string pdf = letter_pdf(v);
  testing::maybe_png(pdf, "letter-death");
  const std::string text = collapse_spaces(pdf_text(pdf, "letter-death"));
  EXPECT_NE(text.find("THƯ CHIA BUỒN"), std::string::npos);
  EXPECT_NE(text.find("cụ bà Trần Thị Lành đã từ trần ngày 20/11/2026"), std::string::npos) << text;

  v.body_template = "{agency} kính viếng {subject}.\nNgười ký: {signer}. {date}";
  const std::string custom = collapse_spaces(pdf_text(letter_pdf(v), "letter-custom"));
  EXPECT_NE(custom.find("Ủy ban nhân dân phường Hà Đông kính viếng cụ bà Trần Thị Lành."),
            std::string::npos)
      << custom;
  EXPECT_NE(custom.find("Người ký: Phạm Quang Huy."), std::string::npos);
}

}  // namespace
}  // namespace motcua::render

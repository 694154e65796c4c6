// dossier::mask_*: each row of tests/data/dossier/masking.tsv one case.
#include "motcua/dossier/personal_data.hpp"

#include <gtest/gtest.h>

#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

std::string cell(const std::string& s) { return s == "<empty>" ? "" : s; }

TEST(PersonalDataMasking, EachRow) {
  const auto rows = testing::read_table("tests/data/dossier/masking.tsv", 3);
  ASSERT_GE(rows.size(), 15u);
  for (const auto& r : rows) {
    const std::string input = cell(r[1]);
    std::string shown;
    if (r[0] == "id_number")
      shown = mask_id_number(input);
    else if (r[0] == "phone")
      shown = mask_phone(input);
    else if (r[0] == "email")
      shown = mask_email(input);
    else if (r[0] == "address")
      shown = mask_address(input);
    else
      ADD_FAILURE() << "unknown kind " << r[0];
    EXPECT_EQ(shown, cell(r[2])) << r[0] << " " << input;
  }
}

TEST(PersonalDataMasking, TheNameStaysTheRestIsMasked) {
  const Applicant a{"Lê Thị Mai", "048190001234", "0905111222", "mai@example.vn",
                    "5 Nguyễn Huệ, phường Hội An"};
  const Applicant m = masked(a);
  EXPECT_EQ(m.full_name, "Lê Thị Mai");
  EXPECT_EQ(m.id_number, "048******234");
  EXPECT_EQ(m.phone, "090****222");
  EXPECT_EQ(m.email, "m**@example.vn");
  EXPECT_EQ(m.address, "***, phường Hội An");
}

}  // namespace
}  // namespace motcua::dossier

#include "motcua/catalog/admin_unit.hpp"

#include <gtest/gtest.h>

namespace motcua::catalog {
namespace {

constexpr const char* kDataset = R"([
 {"Type":"province","Code":"48","Name":"Đà Nẵng","FullName":"Thành phố Đà Nẵng",
  "AdministrativeUnitShortName":"Thành phố",
  "Wards":[
   {"Type":"ward","Code":"20194","Name":"Hải Châu","FullName":"Phường Hải Châu","ProvinceCode":"48",
    "AdministrativeUnitShortName":"Phường"},
   {"Type":"ward","Code":"20333","Name":"Hòa Vang","FullName":"Xã Hòa Vang","ProvinceCode":"48",
    "AdministrativeUnitShortName":"Xã"},
   {"Type":"ward","Code":"20335","Name":"Hoàng Sa","FullName":"Đặc khu Hoàng Sa","ProvinceCode":"48",
    "AdministrativeUnitShortName":"Đặc khu"}]},
 {"Type":"province","Code":"04","Name":"Cao Bằng","FullName":"Tỉnh Cao Bằng",
  "AdministrativeUnitShortName":"Tỉnh","Wards":[]}
])";

TEST(AdminUnit, ReadsTheDatasetWithCommunesUnderWards) {
  auto units = parse_units_json(kDataset);
  ASSERT_TRUE(units.ok()) << units.error().message;
  ASSERT_EQ(units->size(), 5u);
  EXPECT_EQ((*units)[0].code, "48");
  EXPECT_EQ((*units)[0].type, "city");
  EXPECT_EQ((*units)[0].parent_code, "");
  EXPECT_EQ((*units)[1].full_name, "Phường Hải Châu");
  EXPECT_EQ((*units)[1].type, "ward");
  EXPECT_EQ((*units)[1].parent_code, "48");
  EXPECT_EQ((*units)[2].type, "commune");
  EXPECT_EQ((*units)[3].type, "special_zone");
  EXPECT_EQ((*units)[4].type, "province");
}

TEST(AdminUnit, OwnFormatRoundTrips) {
  auto units = parse_units_json(kDataset);
  ASSERT_TRUE(units.ok());
  auto again = parse_units_json(units_to_json(*units).dump());
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), units->size());
  for (size_t i = 0; i < units->size(); ++i) {
    EXPECT_EQ((*again)[i].code, (*units)[i].code);
    EXPECT_EQ((*again)[i].name, (*units)[i].name);
    EXPECT_EQ((*again)[i].full_name, (*units)[i].full_name);
    EXPECT_EQ((*again)[i].type, (*units)[i].type);
    EXPECT_EQ((*again)[i].parent_code, (*units)[i].parent_code);
  }
}

TEST(AdminUnit, RejectsBrokenInput) {
  EXPECT_FALSE(parse_units_json("{").ok());
  EXPECT_FALSE(parse_units_json(R"({"Code":"1"})").ok());
  EXPECT_FALSE(parse_units_json(R"([{"Code":"","Name":"x"}])").ok());
}

}  // namespace
}  // namespace motcua::catalog

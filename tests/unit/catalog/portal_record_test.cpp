#include "motcua/catalog/portal_record.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

using testing::fixture;

bool has_warning(const ParsedProcedure& p, std::string_view kind) {
  return std::any_of(p.warnings.begin(), p.warnings.end(),
                     [&](const std::string& w) { return w.rfind(kind, 0) == 0; });
}

const RequiredDocument* find_document(const Procedure& p, std::string_view starts_with) {
  for (const auto& d : p.documents)
    if (d.name.rfind(starts_with, 0) == 0) return &d;
  return nullptr;
}

TEST(PortalRecord, BirthRegistrationUnitLessTimesAreWorkingDaysWithWarnings) {
  auto r = parse_portal_record(fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Procedure& p = r->procedure;
  EXPECT_EQ(p.code, "1.001193");
  EXPECT_EQ(p.name, "Thủ tục đăng ký khai sinh");
  EXPECT_EQ(p.field, "Hộ tịch");
  EXPECT_EQ(p.levels, std::vector<Level>{Level::commune});
  ASSERT_EQ(p.channels.size(), 3u);
  EXPECT_EQ(p.channels[0].channel, Channel::online);
  EXPECT_EQ(p.channels[1].channel, Channel::postal);
  EXPECT_EQ(p.channels[2].channel, Channel::counter);
  for (const auto& c : p.channels) {
    ASSERT_TRUE(c.time.has_value());
    EXPECT_EQ(*c.time, (calendar::ProcessingTime{1, calendar::TimeUnit::working_days}));
    EXPECT_EQ(c.fee_vnd, 0);
    EXPECT_EQ(c.fee_text, "Miễn phí");
  }
  EXPECT_TRUE(has_warning(*r, "time.no_unit"));
}

TEST(PortalRecord, BirthRegistrationDocumentsAndMandatoryRule) {
  auto r = parse_portal_record(fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(r.ok());
  const Procedure& p = r->procedure;
  ASSERT_FALSE(p.documents.empty());
  for (size_t i = 0; i < p.documents.size(); ++i) EXPECT_EQ(p.documents[i].id, int(i) + 1);
  const auto* declaration = find_document(p, "Tờ khai đăng ký khai sinh");
  const auto* certificate = find_document(p, "Giấy chứng sinh");
  const auto* abandoned = find_document(p, "Trường hợp trẻ em bị bỏ rơi");
  const auto* proxy = find_document(p, "Văn bản ủy quyền");
  ASSERT_NE(declaration, nullptr);
  ASSERT_NE(certificate, nullptr);
  ASSERT_NE(abandoned, nullptr);
  ASSERT_NE(proxy, nullptr);
  EXPECT_TRUE(declaration->mandatory);
  EXPECT_TRUE(certificate->mandatory);
  EXPECT_FALSE(abandoned->mandatory);  // opens with "Trường hợp"
  EXPECT_FALSE(proxy->mandatory);      // "… trong trường hợp ủy quyền …"
  EXPECT_EQ(certificate->copies, 1);
  EXPECT_EQ(certificate->copy_kind, "bản chính");
  // "0 bản chính" notes and the "Lưu ý" section are not documents.
  EXPECT_EQ(find_document(p, "Cá nhân có quyền lựa chọn"), nullptr);
  EXPECT_EQ(find_document(p, "Trường hợp người yêu cầu đã nộp bản điện tử"), nullptr);
}

TEST(PortalRecord, BirthRegistrationDocumentsForOneChannel) {
  auto r = parse_portal_record(fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(r.ok());
  const Procedure& p = r->procedure;
  const auto* declaration = find_document(p, "Tờ khai đăng ký khai sinh");
  const auto* e_form = find_document(p, "Mẫu hộ tịch điện tử tương tác");
  const auto* residence = find_document(p, "Giấy tờ có giá trị chứng minh thông tin về cư trú");
  ASSERT_NE(declaration, nullptr);
  ASSERT_NE(e_form, nullptr);
  ASSERT_NE(residence, nullptr);
  EXPECT_TRUE(declaration->mandatory);
  EXPECT_TRUE(e_form->mandatory);
  EXPECT_EQ(declaration->channels, (std::vector<Channel>{Channel::counter, Channel::postal}));
  EXPECT_EQ(e_form->channels, std::vector<Channel>{Channel::online});
  // "… không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực
  // tuyến)" names both channels in passing: it applies to every channel.
  EXPECT_TRUE(residence->channels.empty());
  EXPECT_TRUE(find_document(p, "Giấy chứng sinh")->channels.empty());
}

TEST(PortalRecord, NoInformationBecomesEmpty) {
  auto r = parse_portal_record(fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->procedure.implementing_agency, "");
  EXPECT_EQ(r->procedure.conditions, "");
  EXPECT_EQ(r->procedure.result.rfind("Giấy khai sinh", 0), 0u);
  EXPECT_EQ(r->procedure.result.find("Chọn cơ quan"), std::string::npos);
}

TEST(PortalRecord, LegalBasisSplitIntoDocuments) {
  auto r = parse_portal_record(fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(r.ok());
  const auto& lb = r->procedure.legal_basis;
  ASSERT_GE(lb.size(), 10u);
  EXPECT_EQ(lb[0],
            "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân "
            "tỉnh, thành phố trực thuộc Trung ương (85/2019/TT-BTC)");
  EXPECT_NE(std::find(lb.begin(), lb.end(), "Luật 60/2014/QH13"), lb.end());
}

TEST(PortalRecord, DifferentTimesPerChannelAndUnits) {
  auto r = parse_portal_record(fixture("channel_times_differ_1.000811.json"));
  ASSERT_TRUE(r.ok());
  const auto& c = r->procedure.channels;
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].channel, Channel::online);
  EXPECT_EQ(*c[0].time, (calendar::ProcessingTime{21, calendar::TimeUnit::calendar_days}));
  EXPECT_EQ(c[0].fee_vnd, 1200000);
  EXPECT_EQ(c[0].fee_text, "1,200,000 Việt Nam Đồng(1.200.000đ/thẻ ABTC.)");
  EXPECT_EQ(c[1].channel, Channel::postal);
  EXPECT_EQ(*c[1].time, (calendar::ProcessingTime{21, calendar::TimeUnit::working_days}));
  EXPECT_EQ(c[1].fee_vnd, 0);
  EXPECT_EQ(c[2].channel, Channel::counter);
  EXPECT_EQ(c[2].time_text, "21 Ngày");
}

TEST(PortalRecord, NoBreakSpacesInAgencyNamesAreNormalised) {
  auto r = parse_portal_record(fixture("nbsp_agency_2.002226.json"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->procedure.implementing_agency, "Ủy ban Nhân dân xã, phường, thị trấn.");
  EXPECT_EQ(r->procedure.implementing_agency.find("\u00A0"), std::string::npos);
}

TEST(PortalRecord, DecomposedNameBecomesNfc) {
  auto r = parse_portal_record(fixture("nfd_name_1.002549.json"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->procedure.name.rfind("Cấp Giấy chứng nhận đủ điều kiện sản xuất thuốc thú y", 0),
            0u);
}

TEST(PortalRecord, TimeGluedToFeeIsSplitAndSmallVndAmountsAreNotTrusted) {
  auto r = parse_portal_record(fixture("fee_run_together_1.000014.json"));
  ASSERT_TRUE(r.ok());
  const auto& c = r->procedure.channels;
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(*c[0].time, (calendar::ProcessingTime{1, calendar::TimeUnit::working_days}));
  EXPECT_EQ(c[0].fee_text, "20 VNĐ(20.000 vnđ /tờ khai)");
  EXPECT_FALSE(c[0].fee_vnd.has_value());
  EXPECT_TRUE(has_warning(*r, "time.fee_run_together"));
  EXPECT_TRUE(has_warning(*r, "fee.implausible_vnd"));
}

TEST(PortalRecord, AlternativeCaseSectionsMakeTheirDocumentsOptional) {
  auto r = parse_portal_record(fixture("alternative_cases_1.004222.json"));
  ASSERT_TRUE(r.ok());
  const auto* boat = find_document(r->procedure, "Giấy chứng nhận đăng ký phương tiện");
  ASSERT_NE(boat, nullptr);
  EXPECT_FALSE(boat->mandatory);  // only for people living on a boat
  EXPECT_EQ(r->procedure.channels.size(), 2u);
}

TEST(PortalRecord, SeveralLevels) {
  std::string rec = R"({"ma_thu_tuc":"9.999999","ten_thu_tuc":"Thử",
    "cap_thuc_hien":"Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác"})";
  auto r = parse_portal_record(rec);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->procedure.levels,
            (std::vector<Level>{Level::ministry, Level::province, Level::commune, Level::other}));
}

TEST(PortalRecord, RejectsOnlyUnusableRecords) {
  EXPECT_FALSE(parse_portal_record("{not json").ok());
  EXPECT_FALSE(parse_portal_record("[1,2]").ok());
  auto no_code = parse_portal_record(R"({"ma_thu_tuc":"","ten_thu_tuc":"Tên"})");
  ASSERT_FALSE(no_code.ok());
  EXPECT_EQ(no_code.error().field, "ma_thu_tuc");
  auto no_name = parse_portal_record(R"({"ma_thu_tuc":"1.1","ten_thu_tuc":"Không có thông tin"})");
  ASSERT_FALSE(no_name.ok());
  EXPECT_EQ(no_name.error().field, "ten_thu_tuc");
  auto minimal = parse_portal_record(R"({"ma_thu_tuc":"1.1","ten_thu_tuc":"Tên"})");
  ASSERT_TRUE(minimal.ok());
  EXPECT_TRUE(has_warning(*minimal, "level.missing"));
}

}  // namespace
}  // namespace motcua::catalog

#include "motcua/catalog/procedure_json.hpp"

#include <gtest/gtest.h>

#include "motcua/catalog/portal_record.hpp"
#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

Procedure sample() {
  Procedure p;
  p.code = "1.004222";
  p.name = "Đăng ký thường trú";
  p.decision_number = "5548/QĐ-BCA";
  p.levels = {Level::province, Level::commune};
  p.field = "Đăng ký, quản lý cư trú";
  p.implementing_agency = "Công an cấp xã";
  p.channels = {{Channel::counter, calendar::ProcessingTime{7, calendar::TimeUnit::working_days},
                 "7 Ngày làm việc", 0, "Miễn phí", ""},
                {Channel::online, calendar::ProcessingTime{0.5, calendar::TimeUnit::working_hours},
                 "0,5 Giờ", std::nullopt, "25 USD", "mô tả"},
                {Channel::postal, std::nullopt, "", std::nullopt, "", ""}};
  p.documents = {
      {1, "Tờ khai CT01", 1, "bản chính", "CT01.docx", true},
      {2, "Giấy tờ chứng minh chỗ ở", 2, "bản sao", "", false},
      {3, "Mẫu điện tử tương tác", 1, "bản chính", "", true, {Channel::online}},
      {4, "Tờ khai giấy", 1, "bản chính", "", true, {Channel::counter, Channel::postal}}};
  p.legal_basis = {"Luật Cư trú (68/2020/QH14)"};
  p.status = ProcedureStatus::replaced;
  p.replaced_by = "1.009999";
  p.effective_from = "2025-07-01";
  return p;
}

TEST(CatalogJson, RoundTripIsExact) {
  const Procedure p = sample();
  nlohmann::json j = to_json(p);
  EXPECT_EQ(j["levels"], nlohmann::json({"province", "commune"}));
  EXPECT_EQ(j["channels"][0]["channel"], "counter");
  EXPECT_EQ(j["channels"][0]["time"]["unit"], "working_days");
  EXPECT_TRUE(j["channels"][2]["time"].is_null());
  EXPECT_TRUE(j["channels"][1]["fee_vnd"].is_null());
  EXPECT_EQ(j["status"], "replaced");
  EXPECT_FALSE(j["documents"][0].contains("channels"));  // every channel
  EXPECT_EQ(j["documents"][2]["channels"], nlohmann::json({"online"}));
  EXPECT_EQ(j["documents"][3]["channels"], nlohmann::json({"counter", "postal"}));
  auto back = procedure_from_json(nlohmann::json::parse(j.dump()));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_TRUE(*back == p);
}

TEST(CatalogJson, RoundTripOfARealRecord) {
  auto parsed = parse_portal_record(testing::fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(parsed.ok());
  auto back = procedure_from_json(nlohmann::json::parse(to_json(parsed->procedure).dump()));
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(*back == parsed->procedure);
}

TEST(CatalogJson, RejectsBadInputNamingTheField) {
  auto no_code = procedure_from_json({{"name", "x"}});
  ASSERT_FALSE(no_code.ok());
  EXPECT_EQ(no_code.error().field, "code");
  auto bad_unit = procedure_from_json(
      {{"code", "1"},
       {"name", "x"},
       {"channels", {{{"channel", "online"}, {"time", {{"amount", 1}, {"unit", "weeks"}}}}}}});
  ASSERT_FALSE(bad_unit.ok());
  EXPECT_EQ(bad_unit.error().field, "channels[0].time.unit");
  auto bad_level = procedure_from_json({{"code", "1"}, {"name", "x"}, {"levels", {"district"}}});
  EXPECT_FALSE(bad_level.ok());
  auto bad_channel = procedure_from_json(
      {{"code", "1"}, {"name", "x"}, {"documents", {{{"id", 1}, {"channels", {"fax"}}}}}});
  ASSERT_FALSE(bad_channel.ok());
  EXPECT_EQ(bad_channel.error().field, "documents[0].channels");
  auto list = procedures_from_json(nlohmann::json::array({{{"code", "1"}, {"name", "x"}}, 3}));
  EXPECT_FALSE(list.ok());
}

TEST(CatalogJson, MissingOptionalKeysTakeDefaults) {
  auto p = procedure_from_json({{"code", "1.1"}, {"name", "Tên"}});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->status, ProcedureStatus::active);
  EXPECT_TRUE(p->channels.empty());
  auto doc = procedure_from_json({{"code", "1.1"},
                                  {"name", "Tên"},
                                  {"documents",
                                   {{{"id", 1}, {"name", "a"}, {"channels", nullptr}},
                                    {{"id", 2}, {"name", "b"}, {"channels", {}}},
                                    {{"id", 3}, {"name", "c"}}}}});
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  for (const auto& d : doc->documents) EXPECT_TRUE(d.channels.empty()) << d.name;
}

}  // namespace
}  // namespace motcua::catalog

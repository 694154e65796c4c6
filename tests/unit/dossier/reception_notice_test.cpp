// dossier::validate_reception_notice and the notice id: what a Form 02 or Form 03 issued at the
// desk must state, each refusal naming its field.
#include "motcua/dossier/reception_notice.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"

namespace motcua::dossier {
namespace {

catalog::Procedure procedure(catalog::ProcedureStatus status = catalog::ProcedureStatus::active) {
  catalog::Procedure p;
  p.code = "1.001193";
  p.name = "Thủ tục đăng ký khai sinh";
  p.status = status;
  return p;
}

ReceptionNoticeRequest supplement() {
  ReceptionNoticeRequest r;
  r.kind = NoticeKind::supplement;
  r.procedure_code = "1.001193";
  r.applicant.full_name = "  Phạm Văn Khoa ";
  r.applicant.phone = "+84 905 111 333";
  r.items = {{" Giấy chứng sinh ", ""}};
  return r;
}

std::string field_of(const Result<ReceptionNoticeRequest>& r) {
  return r.ok() ? std::string("(accepted)") : r.error().field;
}

TEST(ReceptionNotice, SupplementIsTrimmedAndNormalised) {
  auto r = validate_reception_notice(supplement(), procedure());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->applicant.full_name, "Phạm Văn Khoa");
  EXPECT_EQ(r->applicant.phone, "0905111333");
  EXPECT_EQ(r->items.at(0).content, "Giấy chứng sinh");
}

TEST(ReceptionNotice, EachMistakeNamesItsField) {
  auto r = supplement();
  r.items.clear();
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "items");
  r = supplement();
  r.items.push_back({"", "thiếu"});
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "items[1].content");
  r = supplement();
  r.items.assign(kMaxNoticeItems + 1, {"Giấy tờ", ""});
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "items");
  r = supplement();
  r.reason = "thiếu";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "reason");
  r = supplement();
  r.applicant.full_name = " ";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "applicant.full_name");
  r = supplement();
  r.applicant.id_number = "0012";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "applicant.id_number");
  r = supplement();
  r.applicant.phone = "";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "applicant.phone");
  r = supplement();
  r.applicant.email = "khoa";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "applicant.email");
  r = supplement();
  r.contact_phone = "123";
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "contact_phone");
  // Guidance to complete a dossier for a procedure no longer in force would mislead: refuse.
  EXPECT_EQ(field_of(validate_reception_notice(supplement(),
                                               procedure(catalog::ProcedureStatus::abolished))),
            "procedure_code");
}

TEST(ReceptionNotice, RefusalStatesItsReasonAndNoItems) {
  ReceptionNoticeRequest r = supplement();
  r.kind = NoticeKind::refusal;
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "items");
  r.items.clear();
  EXPECT_EQ(field_of(validate_reception_notice(r, procedure())), "reason");
  r.reason = " Thủ tục đã bị bãi bỏ. ";
  auto ok = validate_reception_notice(r, procedure(catalog::ProcedureStatus::abolished));
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->reason, "Thủ tục đã bị bãi bỏ.");
}

TEST(ReceptionNotice, IdNamesAgencyYearAndNumber) {
  const TimePoint t = *parse_iso("2026-12-31T23:30:00+07:00");
  EXPECT_EQ(format_notice_id("20410", t, 7), "20410-TB26-0007");
  EXPECT_EQ(format_notice_id("48.STP", t, 12345), "48.STP-TB26-12345");
  // 18:00 UTC on 31 December is 01:00 on 1 January in Vietnam: the year is Vietnam's.
  EXPECT_EQ(format_notice_id("20410", *parse_iso("2026-12-31T18:00:00Z"), 1), "20410-TB27-0001");
  EXPECT_EQ(parse_notice_kind("refusal"), NoticeKind::refusal);
  EXPECT_EQ(parse_notice_kind("receipt"), std::nullopt);
}

}  // namespace
}  // namespace motcua::dossier

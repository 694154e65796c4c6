// Letterheads name the issuing body as it is, under the body that governs it, with the place
// and the date of the act (issue 10 point 6).
#include "motcua/service/letterheads.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"

namespace motcua::service {
namespace {

using catalog::Agency;
using catalog::AgencyKind;

const Agency kCity{"48", "Thành phố Đà Nẵng", AgencyKind::province, "", "48", {}};
const Agency kWard{"20410", "Phường Hội An", AgencyKind::commune, "48", "20410", {}};
const Agency kJustice{"48.STP", "Sở Tư pháp thành phố Đà Nẵng", AgencyKind::department, "48", "",
                      {}};
const Agency kPolice{"48.CA", "Công an thành phố Đà Nẵng", AgencyKind::department, "48", "", {}};
const Agency kCentre{"48.TTPVHCC",
                     "Trung tâm Phục vụ hành chính công thành phố Đà Nẵng",
                     AgencyKind::centre,
                     "48",
                     "",
                     {}};

const TimePoint kAct = *parse_iso("2026-03-03T16:30:00+07:00");

TEST(Letterhead, ACommuneDeskIsUnderItsPeoplesCommittee) {
  const auto h = letterhead_for({kWard, kCity}, IssuedBy::one_stop_desk, kAct);
  EXPECT_EQ(h.parent_agency, "Ủy ban nhân dân phường Hội An");
  EXPECT_EQ(h.agency, "Bộ phận Một cửa");
  EXPECT_EQ(h.place_date, "Hội An, ngày 03 tháng 3 năm 2026");
}

TEST(Letterhead, ACommuneDecidesAsItsPeoplesCommittee) {
  const auto h = letterhead_for({kWard, kCity}, IssuedBy::agency, kAct);
  EXPECT_EQ(h.parent_agency, "");
  EXPECT_EQ(h.agency, "Ủy ban nhân dân phường Hội An");
}

TEST(Letterhead, AProvinceDeskIsItsCentre) {
  const auto h = letterhead_for({kCity}, IssuedBy::one_stop_desk, kAct);
  EXPECT_EQ(h.parent_agency, "Ủy ban nhân dân thành phố Đà Nẵng");
  EXPECT_EQ(h.agency, "Trung tâm Phục vụ hành chính công");
  EXPECT_EQ(h.place_date, "Đà Nẵng, ngày 03 tháng 3 năm 2026");
}

TEST(Letterhead, ADepartmentIssuesInItsOwnNameUnderTheProvince) {
  for (const auto by : {IssuedBy::agency, IssuedBy::one_stop_desk}) {
    const auto h = letterhead_for({kJustice, kCity}, by, kAct);
    EXPECT_EQ(h.parent_agency, "Ủy ban nhân dân thành phố Đà Nẵng");
    EXPECT_EQ(h.agency, "Sở Tư pháp thành phố Đà Nẵng");
    EXPECT_EQ(h.place_date, "Đà Nẵng, ngày 03 tháng 3 năm 2026");
  }
  const auto centre = letterhead_for({kCentre, kCity}, IssuedBy::one_stop_desk, kAct);
  EXPECT_EQ(centre.parent_agency, "Ủy ban nhân dân thành phố Đà Nẵng");
  EXPECT_EQ(centre.agency, kCentre.name);
}

// Not "Ủy ban nhân dân Công an thành phố Đà Nẵng": the police answer to the Ministry.
TEST(Letterhead, ThePoliceAreUnderTheMinistryOfPublicSecurity) {
  const auto h = letterhead_for({kPolice, kCity}, IssuedBy::agency, kAct);
  EXPECT_EQ(h.parent_agency, "Bộ Công an");
  EXPECT_EQ(h.agency, "Công an thành phố Đà Nẵng");
  EXPECT_EQ(h.place_date, "Đà Nẵng, ngày 03 tháng 3 năm 2026");
}

TEST(Letterhead, TheDateIsTheActsInVietnamTime) {
  // 23:30 UTC on 2 March is 06:30 on 3 March in Vietnam.
  const auto h =
      letterhead_for({kWard, kCity}, IssuedBy::agency, *parse_iso("2026-03-02T23:30:00Z"));
  EXPECT_EQ(h.place_date, "Hội An, ngày 03 tháng 3 năm 2026");
  EXPECT_EQ(letterhead_for({kWard, kCity}, IssuedBy::agency, std::nullopt).place_date, "");
}

}  // namespace
}  // namespace motcua::service

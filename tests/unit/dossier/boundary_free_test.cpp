// dossier::choose_competent_agency against tests/data/dossier/competent_agency.tsv.
#include "motcua/dossier/boundary_free.hpp"

#include <gtest/gtest.h>

#include <map>

#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

using catalog::Agency;
using catalog::AgencyKind;

const std::map<std::string, Agency>& tree() {
  static const std::map<std::string, Agency> agencies = [] {
    std::map<std::string, Agency> m;
    auto add = [&](std::string code, AgencyKind kind, std::string parent,
                   std::vector<std::string> fields = {}) {
      m[code] = Agency{code, code, kind, parent, "", std::move(fields)};
    };
    add("48", AgencyKind::province, "");
    add("48.STP", AgencyKind::department, "48", {"Hộ tịch"});
    add("48.SKHDT", AgencyKind::department, "48", {"Đầu tư tại Việt nam"});
    add("48.TTPVHCC", AgencyKind::centre, "48");
    add("20410", AgencyKind::commune, "48");
    add("20411", AgencyKind::commune, "48");
    add("01", AgencyKind::province, "");
    add("00004", AgencyKind::commune, "01");
    return m;
  }();
  return agencies;
}

std::vector<Agency> ancestors(const std::string& code) {
  std::vector<Agency> out;
  for (auto it = tree().find(code); it != tree().end(); it = tree().find(it->second.parent_code))
    out.push_back(it->second);
  return out;
}

Result<std::vector<Agency>> children(const std::string& code) {
  std::vector<Agency> out;
  for (const auto& [c, a] : tree())
    if (a.parent_code == code) out.push_back(a);
  return out;
}

catalog::Procedure procedure(const std::string& name) {
  catalog::Procedure p;
  p.code = name;
  if (name == "birth") {
    p.levels = {catalog::Level::commune};
    p.field = "Hộ tịch";
  } else if (name == "investment") {
    p.levels = {catalog::Level::province};
    p.field = "Đầu tư tại Việt nam";
  } else {
    p.levels = {catalog::Level::province};
    p.field = "Công chứng";
  }
  return p;
}

TEST(CompetentAgency, Table) {
  const auto rows = testing::read_table("tests/data/dossier/competent_agency.tsv", 7);
  ASSERT_GE(rows.size(), 10u);
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    const auto p = procedure(r[1]);
    const auto receiving = ancestors(r[2]);
    const std::string requested = r[3] == "-" ? "" : r[3];
    const auto requested_ancestors = ancestors(requested);
    const CompetentChoice choice{p, receiving, requested, requested_ancestors, r[4] == "yes"};
    auto got = choose_competent_agency(choice, children);
    if (r[6] == "ok") {
      ASSERT_TRUE(got.ok()) << got.error().message;
      EXPECT_EQ(got->code, r[5]);
      continue;
    }
    ASSERT_FALSE(got.ok()) << "chose " << got->code;
    EXPECT_EQ(got.error().key, r[5]);
    EXPECT_EQ(got.error().code, r[6] == "forbidden" ? ErrorCode::forbidden : ErrorCode::invalid);
    EXPECT_EQ(got.error().field, "competent_agency_code");
    EXPECT_FALSE(got.error().message_vi.empty());
  }
}

}  // namespace
}  // namespace motcua::dossier

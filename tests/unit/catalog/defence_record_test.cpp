#include "motcua/catalog/defence_record.hpp"

#include <gtest/gtest.h>

#include "unit/catalog/test_files.hpp"

namespace motcua::catalog {
namespace {

TEST(PortalDefenceRecord, ReadsTheItemisedTables) {
  // Real record 1.013124; its postal row's time replaced by "Không quy định", as 39 rows say.
  auto r = parse_defence_record(testing::fixture("defence_1.013124.json"));
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Procedure& p = r->procedure;
  EXPECT_EQ(p.code, "1.013124");
  EXPECT_EQ(p.decision_number, "6225/QĐ-BQP");
  EXPECT_EQ(p.levels, std::vector<Level>{Level::ministry});
  ASSERT_EQ(p.channels.size(), 3u);
  EXPECT_EQ(p.channels[0].channel, Channel::counter);
  EXPECT_EQ(*p.channels[0].time, (calendar::ProcessingTime{30, calendar::TimeUnit::working_days}));
  EXPECT_EQ(p.channels[0].fee_vnd, 0);
  EXPECT_FALSE(p.channels[2].time.has_value());
  EXPECT_EQ(p.channels[2].time_text, "Không quy định");
  ASSERT_EQ(p.documents.size(), 2u);
  EXPECT_EQ(p.documents[1].form, "5-PHLCII.doc");
  EXPECT_EQ(p.documents[1].copies, 1);
  EXPECT_TRUE(p.documents[1].mandatory);
  EXPECT_EQ(p.legal_basis.size(), 1u);
  EXPECT_EQ(r->warnings.size(), 1u);  // the missing postal time
}

TEST(PortalDefenceRecord, DispatchesByShape) {
  auto defence = parse_procedure_record(testing::fixture("defence_1.013124.json"));
  ASSERT_TRUE(defence.ok());
  EXPECT_EQ(defence->procedure.code, "1.013124");
  auto portal = parse_procedure_record(testing::fixture("birth_registration_1.001193.json"));
  ASSERT_TRUE(portal.ok());
  EXPECT_EQ(portal->procedure.code, "1.001193");
  EXPECT_FALSE(parse_procedure_record(R"({"metadata":{},"tables":{}})").ok());
}

}  // namespace
}  // namespace motcua::catalog

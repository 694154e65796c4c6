// dossier::consultation_change and consultation_late against tests/data/dossier/consultations.tsv
// and consultation_late.tsv.
#include "motcua/dossier/consultation.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "table_reader.hpp"

namespace motcua::dossier {
namespace {

TimePoint at(const std::string& local) {
  auto t = parse_iso(local.size() == 16 ? local + ":00+07:00" : local + "+07:00");
  EXPECT_TRUE(t.has_value()) << local;
  return t.value_or(TimePoint{});
}

ProcessDefinition process() {
  ProcessDefinition p;
  p.procedure_code = "1.001193";
  StepDefinition examination;
  examination.name = "examination";
  examination.role = auth::Role::specialist;
  examination.agency = StepAgency::competent;
  p.steps.push_back(examination);
  return p;
}

TEST(Consultations, ChangeTable) {
  const auto rows = testing::read_table("tests/data/dossier/consultations.tsv", 10);
  ASSERT_GE(rows.size(), 6u);
  const auto p = process();
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    Dossier before;
    before.code = "20410-260302-0001";
    before.receiving_agency = before.competent_agency = "20410";
    before.status = DossierStatus::in_progress;
    before.current_step = "examination";
    before.step_role = "specialist";
    before.due_at = at("2026-03-10T17:00");
    before.step_agency = r[1];
    Dossier after = before;
    after.step_agency = r[2];
    ASSERT_TRUE(parse_status(r[3], after.status)) << r[3];
    const EventKind kind = parse_event_kind(r[4]);
    ASSERT_EQ(to_string(kind), r[4]);
    after.step_due_at.reset();
    if (r[5] != "-") after.step_due_at = at(r[5]);
    const auto change = consultation_change(p, before, after, kind);
    EXPECT_EQ(change.closes, r[6] == "yes");
    EXPECT_EQ(change.answered, r[7] == "yes");
    if (r[8] == "-") {
      EXPECT_FALSE(change.opened.has_value());
      continue;
    }
    ASSERT_TRUE(change.opened.has_value());
    const auto arrow = r[8].find('>');
    EXPECT_EQ(change.opened->asking_agency, r[8].substr(0, arrow));
    EXPECT_EQ(change.opened->consulted_agency, r[8].substr(arrow + 1));
    EXPECT_EQ(format_iso(change.opened->due_at), format_iso(at(r[9])));
  }
}

TEST(Consultations, LateTable) {
  const auto rows = testing::read_table("tests/data/dossier/consultation_late.tsv", 5);
  ASSERT_GE(rows.size(), 5u);
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    const std::optional<TimePoint> answered =
        r[2] == "-" ? std::nullopt : std::optional<TimePoint>(at(r[2]));
    EXPECT_EQ(consultation_late(at(r[1]), answered, at(r[3])), r[4] == "yes");
  }
}

}  // namespace
}  // namespace motcua::dossier

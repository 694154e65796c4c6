// A dossier's marks (the dossiers behind each figure) are its contribution to the counters,
// day by day: flows on their day, stocks as the stretch of days at whose end it is in the state.
#include "motcua/stats/marks.hpp"

#include <gtest/gtest.h>

#include "motcua/common/time.hpp"
#include "motcua/dossier/event_details.hpp"

namespace motcua::stats {
namespace {

Counts with(std::initializer_list<std::pair<Measure, long long>> values) {
  Counts c{};
  for (auto [m, v] : values) at(c, m) = v;
  return c;
}

TEST(Marks, FlowsOnTheirDayStocksAsStretches) {
  DayCounts days;
  days["2026-03-02"] = with({{Measure::received, 1}, {Measure::in_progress, 1}});
  days["2026-03-04"] =
      with({{Measure::supplement_requests, 2}, {Measure::waiting_for_applicant, 1}});
  days["2026-03-06"] = with({{Measure::waiting_for_applicant, -1}, {Measure::overdue, 1}});
  days["2026-03-09"] =
      with({{Measure::finished_late, 1}, {Measure::in_progress, -1}, {Measure::overdue, -1}});
  const std::vector<Mark> expected = {
      {Measure::received, "2026-03-02", "2026-03-02", 1},
      {Measure::supplement_requests, "2026-03-04", "2026-03-04", 2},
      {Measure::finished_late, "2026-03-09", "2026-03-09", 1},
      {Measure::in_progress, "2026-03-02", "2026-03-09", 1},
      {Measure::waiting_for_applicant, "2026-03-04", "2026-03-06", 1},
      {Measure::overdue, "2026-03-06", "2026-03-09", 1},
  };
  EXPECT_EQ(marks_of(days), expected);
}

TEST(Marks, AStockStillHeldIsOpenAndOneLeftTheSameDayIsNone) {
  DayCounts days;
  days["2026-03-02"] = with(
      {{Measure::received, 1}, {Measure::in_progress, 1}, {Measure::waiting_for_applicant, 0}});
  // Entered and left on one day: never in the state at a day's end.
  days["2026-03-03"] = with({{Measure::overdue, 0}});
  days["2026-03-05"] = with({{Measure::overdue, 1}});  // due on the 5th, still running
  const auto marks = marks_of(days);
  ASSERT_EQ(marks.size(), 3u);
  EXPECT_EQ(marks[1], (Mark{Measure::in_progress, "2026-03-02", std::string(kOpenUntil), 1}));
  EXPECT_EQ(marks[2], (Mark{Measure::overdue, "2026-03-05", std::string(kOpenUntil), 1}));
}

dossier::DossierEvent event(dossier::EventKind kind, const char* at, dossier::EventDetails d) {
  dossier::DossierEvent e;
  e.kind = kind;
  e.at = *parse_iso(at);
  e.details = dossier::details_text(d);
  return e;
}

TEST(Marks, StepStintsFollowTheDossierFromStepToStep) {
  dossier::EventDetails receive, claim, approve, pause, finish;
  receive.to_step = "examination";
  receive.step_agency = "48.20410";
  receive.step_due_at = parse_iso("2026-03-03T09:00:00+07:00");
  claim.step = claim.to_step = "examination";
  claim.step_due_at = receive.step_due_at;
  approve.step = "examination";
  approve.to_step = "approval";
  approve.to_agency = "48.STP";
  approve.step_due_at = parse_iso("2026-03-04T09:00:00+07:00");
  pause.step = pause.to_step = "approval";
  pause.step_due_at = parse_iso("2026-03-05T09:00:00+07:00");  // a lawful pause moved it
  finish.step = "approval";
  const std::vector<dossier::DossierEvent> history = {
      event(dossier::EventKind::receive, "2026-03-02T09:00:00+07:00", receive),
      event(dossier::EventKind::claim, "2026-03-02T10:00:00+07:00", claim),
      event(dossier::EventKind::approve, "2026-03-03T11:00:00+07:00", approve),
      event(dossier::EventKind::pause, "2026-03-03T15:00:00+07:00", pause),
      event(dossier::EventKind::return_result, "2026-03-06T08:00:00+07:00", finish),
  };
  const auto stints = step_stints(history);
  ASSERT_EQ(stints.size(), 2u);
  EXPECT_EQ(stints[0].step, "examination");
  EXPECT_EQ(stints[0].agency, "48.20410");
  EXPECT_EQ(stints[0].ended, parse_iso("2026-03-03T11:00:00+07:00"));
  EXPECT_GT(*stints[0].ended, *stints[0].due) << "overran its step";
  EXPECT_EQ(stints[1].step, "approval");
  EXPECT_EQ(stints[1].agency, "48.STP");
  EXPECT_EQ(stints[1].due, parse_iso("2026-03-05T09:00:00+07:00"));
  EXPECT_EQ(stints[1].ended, parse_iso("2026-03-06T08:00:00+07:00"));
}

}  // namespace
}  // namespace motcua::stats

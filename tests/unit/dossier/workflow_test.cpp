// The state machine against an independent table of expectations, and every pair outside it.
#include "motcua/dossier/workflow.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace motcua::dossier {
namespace {

using Key = std::tuple<DossierStatus, Action, auth::Role>;

std::map<Key, DossierStatus> load_expectations() {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/workflow/expectations.tsv");
  EXPECT_TRUE(in.good());
  std::map<Key, DossierStatus> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    std::string state, action, role, next;
    std::getline(cols, state, '\t');
    std::getline(cols, action, '\t');
    std::getline(cols, role, '\t');
    std::getline(cols, next, '\t');
    DossierStatus s = DossierStatus::received, n = DossierStatus::received;
    Action a = Action::claim;
    auth::Role r = auth::Role::receiver;
    EXPECT_TRUE(parse_status(state, s)) << line;
    EXPECT_TRUE(parse_action(action, a)) << line;
    EXPECT_TRUE(auth::parse_role(role, r)) << line;
    EXPECT_TRUE(parse_status(next, n)) << line;
    out[{s, a, r}] = n;
  }
  return out;
}

TEST(Workflow, ExpectedTransitionsAreAllowed) {
  const auto expected = load_expectations();
  ASSERT_GT(expected.size(), 50u);
  for (const auto& [key, next] : expected) {
    const auto& [s, a, r] = key;
    const Evaluation e = evaluate(s, a, r);
    EXPECT_EQ(e.verdict, Verdict::allowed)
        << to_string(s) << " " << to_string(a) << " " << auth::to_string(r);
    EXPECT_EQ(e.next, next) << to_string(s) << " " << to_string(a);
  }
}

TEST(Workflow, EveryOtherPairIsRefused) {
  const auto expected = load_expectations();
  int refused = 0;
  for (DossierStatus s : all_statuses())
    for (Action a : all_actions())
      for (auth::Role r : all_roles()) {
        if (expected.count({s, a, r})) continue;
        EXPECT_NE(evaluate(s, a, r).verdict, Verdict::allowed)
            << to_string(s) << " " << to_string(a) << " " << auth::to_string(r);
        ++refused;
      }
  EXPECT_GT(refused, 700);
}

TEST(Workflow, ForbiddenRoleVersusWrongState) {
  // A receiver never approves: 403. A specialist may resume, but only a paused dossier: 409.
  EXPECT_EQ(evaluate(DossierStatus::in_progress, Action::approve, auth::Role::receiver).verdict,
            Verdict::forbidden);
  EXPECT_EQ(evaluate(DossierStatus::in_progress, Action::resume, auth::Role::specialist).verdict,
            Verdict::invalid_state);
  EXPECT_EQ(evaluate(DossierStatus::returned, Action::claim, auth::Role::inspector).verdict,
            Verdict::forbidden);
}

TEST(Workflow, FinishedDossiersAllowNothing) {
  for (DossierStatus s :
       {DossierStatus::returned, DossierStatus::refused, DossierStatus::withdrawn})
    for (auth::Role r : all_roles()) EXPECT_TRUE(allowed_actions(s, r).empty());
}

TEST(Workflow, StepGuardsOrderSignatureBeforeResult) {
  const Workflow& w = Workflow::standard();
  EXPECT_EQ(
      w.evaluate(DossierStatus::approved, Action::sign, auth::Role::leader, "approval").verdict,
      Verdict::allowed);
  EXPECT_EQ(w.evaluate(DossierStatus::approved, Action::sign, auth::Role::leader, "result").verdict,
            Verdict::invalid_state);
  EXPECT_EQ(
      w.evaluate(DossierStatus::approved, Action::result_ready, auth::Role::leader, "approval")
          .verdict,
      Verdict::invalid_state);
}

TEST(Workflow, NamesRoundTrip) {
  for (Action a : all_actions()) {
    Action back = Action::claim;
    ASSERT_TRUE(parse_action(to_string(a), back));
    EXPECT_EQ(back, a);
  }
  Action unused = Action::claim;
  EXPECT_FALSE(parse_action("approve_all", unused));
}

TEST(Workflow, MalformedTablesAreRejected) {
  EXPECT_FALSE(Workflow::parse("received\tclaim\tspecialist\tin_progress\n").ok());
  EXPECT_FALSE(Workflow::parse("received\tfly\tspecialist\tin_progress\t*\n").ok());
  EXPECT_FALSE(Workflow::parse("received\tclaim\tpilot\tin_progress\t*\n").ok());
  EXPECT_TRUE(Workflow::parse("# c\nreceived\tclaim\tspecialist\tin_progress\t*\n").ok());
}

TEST(DefaultProcess, SharesAddUpAndStepsStopAtTheDueTime) {
  double total = 0;
  for (const auto& s : default_process()) total += s.percent;
  EXPECT_DOUBLE_EQ(total, 100.0);
  ASSERT_NE(find_step("examination"), nullptr);
  const auto& cal = calendar::WorkingCalendar::standard();
  const calendar::ProcessingTime limit{4, calendar::TimeUnit::working_days};
  const TimePoint start = cal.add_working_hours(TimePoint{} + std::chrono::hours(24 * 20500), 0);
  const TimePoint due = cal.due_at(start, limit);
  const double hours = limit_hours(limit, start, due, cal);
  EXPECT_DOUBLE_EQ(hours, 32.0);
  // Examination takes half: 16 working hours.
  const TimePoint exam = step_due(*find_step("examination"), start, hours, due, cal);
  EXPECT_EQ(cal.working_seconds_between(start, exam), 16 * 3600);
  EXPECT_LE(exam, due);
  // A step started late is cut at the dossier's due time.
  EXPECT_EQ(step_due(*find_step("approval"), due, hours, due, cal), due);
  EXPECT_EQ(step_due(*find_step("return"), start, hours, due, cal), due);
}

}  // namespace
}  // namespace motcua::dossier

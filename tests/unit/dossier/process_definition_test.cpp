// Process definitions: parsing with validation (cases in tests/data/workflow/
// invalid_processes.json), round trip, the generated default, allowances against the
// processing time, and how a definition narrows the state machine.
#include "motcua/dossier/process_definition.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "motcua/common/time.hpp"

namespace motcua::dossier {
namespace {

nlohmann::json cases_file() {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/tests/data/workflow/invalid_processes.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

ProcessDefinition base_definition() {
  auto def = process_definition_from_json(cases_file()["base"]);
  EXPECT_TRUE(def.ok()) << (def.ok() ? "" : def.error().message);
  return def.ok() ? *def : ProcessDefinition{};
}

TEST(ProcessDefinition, BaseOfTheCasesIsValid) {
  const ProcessDefinition def = base_definition();
  ASSERT_EQ(def.steps.size(), 5u);
  EXPECT_EQ(def.procedure_code, "1.004746");
  EXPECT_EQ(def.channel, "any");
  EXPECT_EQ(def.steps[1].agency, StepAgency::fixed);
  EXPECT_EQ(def.steps[1].agency_code, "48.STP");
  EXPECT_EQ(def.steps[4].agency, StepAgency::receiving);
  EXPECT_DOUBLE_EQ(def.total_hours(), 40);
}

TEST(ProcessDefinition, EveryInvalidCaseNamesItsField) {
  const auto file = cases_file();
  ASSERT_GE(file["cases"].size(), 15u);
  for (const auto& c : file["cases"]) {
    const auto body = file["base"].patch(c["patch"]);
    auto def = process_definition_from_json(body);
    const std::string name = c["case"];
    ASSERT_FALSE(def.ok()) << name;
    EXPECT_EQ(def.error().code, ErrorCode::invalid) << name;
    EXPECT_EQ(def.error().field, c["field"].get<std::string>())
        << name << ": " << def.error().message;
    EXPECT_FALSE(def.error().message.empty()) << name;
    EXPECT_FALSE(def.error().message_vi.empty()) << name;
  }
}

TEST(ProcessDefinition, RoundTripKeepsEverything) {
  const ProcessDefinition def = base_definition();
  const nlohmann::json j = to_json(def);
  EXPECT_EQ(j["steps"], cases_file()["base"]["steps"]);
  auto again = process_definition_from_json(j);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(steps_json(*again), steps_json(def));
  EXPECT_EQ(to_json(*again), j);
}

TEST(ProcessDefinition, PathParametersFillAndMustAgreeWithTheBody) {
  nlohmann::json body = cases_file()["base"];
  body.erase("procedure_code");
  body.erase("channel");
  auto def = process_definition_from_json(body, "1.004746", "online");
  ASSERT_TRUE(def.ok()) << def.error().message;
  EXPECT_EQ(def->procedure_code, "1.004746");
  EXPECT_EQ(def->channel, "online");
  auto other = process_definition_from_json(cases_file()["base"], "1.001193");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().field, "procedure_code");
  auto channel = process_definition_from_json(cases_file()["base"], "1.004746", "postal");
  ASSERT_FALSE(channel.ok());
  EXPECT_EQ(channel.error().field, "channel");
}

TEST(ProcessDefinition, StepsTheStateMachineGuardsAreRequired) {
  EXPECT_EQ(guarded_step_names(), (std::vector<std::string>{"approval", "result"}));
}

struct DefaultCase {
  calendar::ProcessingTime limit;
  double hours;  // what the limit grants
};

TEST(ProcessDefinition, DefaultAllowancesAddUpToTheProcessingTime) {
  const DefaultCase cases[] = {
      {{1, calendar::TimeUnit::working_days}, 8},    {{7, calendar::TimeUnit::working_days}, 56},
      {{0.5, calendar::TimeUnit::working_days}, 4},  {{4, calendar::TimeUnit::working_hours}, 4},
      {{10, calendar::TimeUnit::calendar_days}, 80},
  };
  for (const auto& c : cases) {
    EXPECT_DOUBLE_EQ(max_limit_hours(c.limit), c.hours);
    const ProcessDefinition def = default_definition("1.001193", "any", max_limit_hours(c.limit));
    EXPECT_TRUE(validate(def).ok()) << c.hours;
    EXPECT_NEAR(def.total_hours(), c.hours, 1e-9);
    ASSERT_EQ(def.steps.size(), default_process().size());
    EXPECT_EQ(def.steps.front().name, "examination");
    EXPECT_NEAR(def.steps.front().allowance_hours, c.hours / 2, 1e-9);  // 50 %
    EXPECT_FALSE(def.steps.front().label.empty());
    EXPECT_EQ(def.steps.back().agency, StepAgency::receiving);
    EXPECT_EQ(def.version, 0);
  }
}

TEST(ProcessDefinition, AllowancesMayNotExceedTheProcessingTime) {
  const ProcessDefinition def = base_definition();  // 40 working hours
  EXPECT_TRUE(check_allowances(def, 40).ok());
  EXPECT_TRUE(check_allowances(def, 56).ok());
  auto too_long = check_allowances(def, 39.5);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().field, "steps");
  EXPECT_NE(too_long.error().message.find("40"), std::string::npos) << too_long.error().message;
}

TEST(ProcessDefinition, StepsNarrowButNeverWidenTheStateMachine) {
  const ProcessDefinition def = base_definition();
  // The department's step lists its actions: a refusal is not among them.
  EXPECT_TRUE(def.permits("stp_opinion", Action::claim));
  EXPECT_FALSE(def.permits("stp_opinion", Action::refuse));
  EXPECT_FALSE(def.permits("stp_opinion", Action::request_supplement));
  // A step without a list permits whatever the state machine allows there.
  EXPECT_TRUE(def.permits("examination", Action::refuse));
  // approve leads to the approval step, so only from the step just before it.
  EXPECT_FALSE(def.permits("examination", Action::approve));
  EXPECT_FALSE(def.permits("stp_opinion", Action::approve));  // not in its list either
  const ProcessDefinition fallback = default_definition("x", "any", 8);
  EXPECT_TRUE(fallback.permits("examination", Action::approve));
  // Outside the definition (ad-hoc handoff, supplement) nothing is narrowed.
  EXPECT_TRUE(def.permits("supplement", Action::refuse));
  // The state machine stays the gate: a definition cannot make sign possible in examination.
  auto narrowed = Workflow::standard().allowed_actions(DossierStatus::approved, auth::Role::leader,
                                                       "examination");
  EXPECT_EQ(std::count(narrowed.begin(), narrowed.end(), Action::sign), 0);
}

TEST(ProcessDefinition, OrderOfSteps) {
  const ProcessDefinition def = base_definition();
  EXPECT_EQ(def.next("examination")->name, "stp_opinion");
  EXPECT_EQ(def.previous("approval")->name, "stp_opinion");
  EXPECT_EQ(def.previous("examination"), nullptr);
  EXPECT_EQ(def.next("return"), nullptr);
  EXPECT_EQ(def.next("nowhere"), nullptr);
  EXPECT_TRUE(def.is_processing("stp_opinion"));
  EXPECT_FALSE(def.is_processing("approval"));
  EXPECT_FALSE(def.is_processing("return"));
}

TEST(ProcessDefinition, EnteringAStepRoutesAndTimesIt) {
  const auto& cal = calendar::WorkingCalendar::standard();
  const ProcessDefinition def = base_definition();
  Dossier d;
  d.receiving_agency = "20410";
  d.competent_agency = "20410";
  const TimePoint start = *parse_iso("2026-03-02T09:00:00+07:00");  // Monday
  d.due_at = *parse_iso("2026-03-09T17:00:00+07:00");
  d.assignee = "someone";
  enter_step(*def.find("stp_opinion"), d, start, cal);
  EXPECT_EQ(d.current_step, "stp_opinion");
  EXPECT_EQ(d.step_agency, "48.STP");
  EXPECT_EQ(d.step_role, "specialist");
  EXPECT_TRUE(d.assignee.empty());
  // 12 working hours from Monday 09:00: 6.5 left on Monday, then 4 on Tuesday morning and
  // 1.5 after 13:00.
  EXPECT_EQ(format_iso(*d.step_due_at), "2026-03-03T14:30:00+07:00");
  enter_step(*def.find("return"), d, start, cal);
  EXPECT_EQ(d.step_agency, "20410");
  EXPECT_EQ(d.step_due_at, d.due_at);  // no allowance of its own
  d.due_at = *parse_iso("2026-03-02T15:00:00+07:00");
  enter_step(*def.find("examination"), d, start, cal);
  EXPECT_EQ(d.step_due_at, d.due_at);  // never later than the dossier's due time
}

}  // namespace
}  // namespace motcua::dossier

// A process definition's step roles are checked against what each kind of step must do in
// the state machine (a processing step forwards or approves, the approval step signs, the
// result step takes result_ready, the return step returns). Invalid cases live in
// tests/data/workflow/invalid_processes.json; these are the valid side and the proof that
// the rule is read from the table, not written into the code.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "motcua/dossier/process_definition.hpp"

namespace motcua::dossier {
namespace {

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/" + relative);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ProcessDefinition base() {
  const auto file =
      nlohmann::json::parse(read_source("tests/data/workflow/invalid_processes.json"));
  auto def = process_definition_from_json(file["base"]);
  EXPECT_TRUE(def.ok()) << (def.ok() ? "" : def.error().message);
  return def.ok() ? *def : ProcessDefinition{};
}

TEST(ProcessRoles, DefaultProcessValidates) {
  const Status s = validate(default_definition("1.004746", "any", 40));
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
}

TEST(ProcessRoles, ExampleProcessesValidate) {
  const auto doc = nlohmann::json::parse(read_source("data/examples/processes.json"));
  ASSERT_FALSE(doc["processes"].empty());
  for (const auto& p : doc["processes"]) {
    auto def = process_definition_from_json(p);
    EXPECT_TRUE(def.ok()) << p["procedure_code"] << ": "
                          << (def.ok() ? "" : def.error().field + ": " + def.error().message);
  }
}

TEST(ProcessRoles, EveryRoleThatCanMoveTheDossierOnIsAccepted) {
  struct Case {
    size_t step;
    auth::Role role;
  };
  // Steps of the base: 0, 1 processing; 2 approval; 3 result; 4 return.
  const Case cases[] = {
      {0, auth::Role::leader}, {0, auth::Role::admin},  {1, auth::Role::leader},
      {2, auth::Role::admin},  {3, auth::Role::leader}, {3, auth::Role::receiver},
      {3, auth::Role::admin},  {4, auth::Role::admin},
  };
  for (const Case& c : cases) {
    ProcessDefinition def = base();
    def.steps[c.step].role = c.role;
    const Status s = validate(def);
    EXPECT_TRUE(s.ok()) << "step " << c.step << " role " << auth::to_string(c.role) << ": "
                        << (s.ok() ? "" : s.error().message);
  }
}

TEST(ProcessRoles, ErrorNamesTheFieldInBothLanguages) {
  ProcessDefinition def = base();
  def.steps[2].role = auth::Role::manager;
  const Status s = validate(def);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "steps[2].role");
  EXPECT_NE(s.error().message.find("sign"), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message_vi.find("vai trò manager"), std::string::npos)
      << s.error().message_vi;
}

TEST(ProcessRoles, RequirementsFollowTheStateMachineTable) {
  // The same table, except that a manager may sign: the approval step may then be a manager's.
  std::string tsv = read_source("data/embed/workflow/transitions.tsv");
  const std::string row = "approved\tsign\tleader,admin\t";
  const auto at = tsv.find(row);
  ASSERT_NE(at, std::string::npos);
  tsv.replace(at, row.size(), "approved\tsign\tleader,manager,admin\t");
  auto widened = Workflow::parse(tsv);
  ASSERT_TRUE(widened.ok()) << widened.error().message;

  ProcessDefinition def = base();
  def.steps[2].role = auth::Role::manager;
  EXPECT_FALSE(validate(def).ok());
  const Status s = validate(def, *widened);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
}

}  // namespace
}  // namespace motcua::dossier

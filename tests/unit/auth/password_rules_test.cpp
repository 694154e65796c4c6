// auth::password_problem against tests/data/auth/password_rules.tsv: each row one case.
#include "motcua/auth/password_rules.hpp"

#include <gtest/gtest.h>

#include "unit/calendar/table_reader.hpp"

namespace motcua::auth {
namespace {

using calendar::testing::read_table;
using calendar::testing::Row;

std::string name_of(const std::optional<PasswordProblem>& p) {
  if (!p) return "ok";
  switch (*p) {
    case PasswordProblem::too_short:
      return "too_short";
    case PasswordProblem::too_long:
      return "too_long";
    case PasswordProblem::contains_username:
      return "contains_username";
    case PasswordProblem::one_character:
      return "one_character";
    case PasswordProblem::common:
      return "common";
  }
  return "?";
}

TEST(PasswordRulesTable, EachRowIsJudgedAsWritten) {
  const auto rows = read_table("password_rules.tsv", "auth");
  ASSERT_GE(rows.size(), 15u);
  for (const Row& r : rows) {
    SCOPED_TRACE(r.at("why"));
    EXPECT_EQ(name_of(password_problem(r.at("password"), r.at("username"))), r.at("expect"))
        << r.at("password");
  }
}

TEST(PasswordRules, EveryProblemIsExplainedInBothLanguages) {
  for (auto p :
       {PasswordProblem::too_short, PasswordProblem::too_long, PasswordProblem::contains_username,
        PasswordProblem::one_character, PasswordProblem::common}) {
    EXPECT_NE(problem_en(p), "the password cannot be used");
    EXPECT_NE(problem_vi(p), "không dùng được mật khẩu này");
  }
}

}  // namespace
}  // namespace motcua::auth

// `motcua user add|passwd|disable|enable|list` (issue 14, point 4), run against a serving
// store as an admin would on its machine: the account logs in at once; a new password or a
// disabled account ends its sessions on the server; a password breaking a rule, an unknown
// role or agency and a taken username are refused naming the field; every change is in the
// append-only user_edits, which holds no password hash.
#include <gtest/gtest.h>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"

namespace motcua::testing {
namespace {

// Runs `motcua user …` with `password` on its standard input.
int user_command(const ServerProcess& server, const std::vector<std::string>& args,
                 const std::string& password, std::string* out) {
  std::string cmd = "printf '%s\\n' '" + password + "' | " + motcua_binary() + " user";
  for (const auto& a : args) cmd += " '" + a + "'";
  return run_command(cmd + " --db '" + server.db_path() + "'", out);
}

int login_status(const ServerProcess& server, const std::string& user, const std::string& pw) {
  auto cli = server.client();
  auto r =
      cli.Post("/api/v1/auth/login", nlohmann::json{{"username", user}, {"password", pw}}.dump(),
               "application/json");
  return r ? r->status : 0;
}

TEST(UserAdmin, AnAccountAddedChangedAndDisabledFromTheCommandLine) {
  ServerProcess server;
  std::string out;
  const std::string first = "Sông Hàn mùa thu 2026";
  ASSERT_EQ(user_command(server,
                         {"add", "--username", "hoian_receiver2", "--full-name",
                          "Ngô Thị Thanh Tâm", "--role", "receiver", "--agency", "20410"},
                         first, &out),
            0)
      << out;
  ApiClient api(server);
  api.fresh_login("hoian_receiver2", first);
  auto me = api.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json["agency_code"], "20410");
  EXPECT_EQ(me.json["role"], "receiver");

  // A new password: the old session ends at once, the old password no longer opens one.
  const std::string second = "Cầu Rồng phun lửa tối thứ bảy";
  ASSERT_EQ(user_command(server, {"passwd", "--username", "hoian_receiver2"}, second, &out), 0)
      << out;
  EXPECT_NE(out.find("1 sessions ended"), std::string::npos) << out;
  EXPECT_EQ(api.get("/api/v1/me").status, 401);
  EXPECT_EQ(login_status(server, "hoian_receiver2", first), 401);
  api.fresh_login("hoian_receiver2", second);
  EXPECT_EQ(api.get("/api/v1/me").status, 200);

  // Disabled: its session ends and it cannot log in; enabled again, it can.
  ASSERT_EQ(user_command(server, {"disable", "--username", "hoian_receiver2"}, "", &out), 0) << out;
  EXPECT_EQ(api.get("/api/v1/me").status, 401);
  EXPECT_EQ(login_status(server, "hoian_receiver2", second), 401);
  ASSERT_EQ(user_command(server, {"enable", "--username", "hoian_receiver2"}, "", &out), 0) << out;
  EXPECT_EQ(login_status(server, "hoian_receiver2", second), 200);

  ASSERT_EQ(user_command(server, {"list", "--agency", "20410"}, "", &out), 0) << out;
  EXPECT_NE(out.find("hoian_receiver2"), std::string::npos) << out;
  EXPECT_NE(out.find("Ngô Thị Thanh Tâm"), std::string::npos) << out;
  EXPECT_EQ(out.find("haichau_"), std::string::npos) << "another commune's accounts: " << out;

  // The history: four changes in order, by whoever ran the command, without a hash.
  const auto edits = raw_rows(server.db_path(),
                              "SELECT version, action, new_body, edited_by FROM user_edits WHERE "
                              "username = 'hoian_receiver2' ORDER BY version");
  ASSERT_EQ(edits.size(), 4u) << edits.dump();
  EXPECT_EQ(edits[0]["action"], "add");
  EXPECT_EQ(edits[1]["action"], "passwd");
  EXPECT_EQ(edits[2]["action"], "disable");
  EXPECT_EQ(edits[3]["action"], "enable");
  EXPECT_EQ(edits.dump().find("argon2"), std::string::npos) << edits.dump();
  EXPECT_EQ(edits[0]["edited_by"].get<std::string>().substr(0, 4), "cli:");
  EXPECT_NE(raw_sql(server.db_path(), "UPDATE user_edits SET action = 'add'", &out), 0)
      << "user_edits must be append-only";
}

TEST(UserAdmin, WhatCannotBeUsedIsRefusedNamingTheField) {
  ServerProcess server;
  struct Case {
    std::vector<std::string> args;
    std::string password;
    std::string field;
  };
  const std::vector<std::string> good = {"--full-name", "Lý Văn Phúc", "--role",
                                         "specialist",  "--agency",    "20410"};
  auto add = [&](const std::string& username, std::vector<std::string> rest) {
    std::vector<std::string> args = {"add", "--username", username};
    args.insert(args.end(), rest.begin(), rest.end());
    return args;
  };
  std::vector<std::string> bad_role = good, bad_agency = good, no_name = good;
  bad_role[3] = "chairman";
  bad_agency[5] = "99999";
  no_name[1] = "   ";
  const std::vector<Case> cases = {
      {add("phuc", good), "ngắn quá", "password"},
      {add("phuc", good), "matkhau2026!!", "password"},
      {add("phuc", good), "phuc phuc phuc 2026", "password"},
      {add("Phúc", good), "Sông Hàn mùa thu 2026", "username"},
      {add("phuc", bad_role), "Sông Hàn mùa thu 2026", "role"},
      {add("phuc", bad_agency), "Sông Hàn mùa thu 2026", "agency_code"},
      {add("phuc", no_name), "Sông Hàn mùa thu 2026", "full_name"},
      {add("receiver", good), "Sông Hàn mùa thu 2026", "username"},  // taken
      {{"passwd", "--username", "nobody"}, "Sông Hàn mùa thu 2026", "username"},
      {{"disable", "--username", "nobody"}, "", "username"},
  };
  for (const auto& c : cases) {
    std::string out;
    EXPECT_EQ(user_command(server, c.args, c.password, &out), 2) << c.args[2] << " " << out;
    EXPECT_EQ(out.rfind(c.field + ": ", 0), 0u) << "names " << c.field << ": " << out;
  }
  EXPECT_EQ(login_status(server, "phuc", "Sông Hàn mùa thu 2026"), 401) << "nothing was added";
  std::string out;
  ASSERT_EQ(raw_sql(server.db_path(), "SELECT COUNT(*) FROM user_edits", &out), 0) << out;
  EXPECT_EQ(out, "0\n");
}

}  // namespace
}  // namespace motcua::testing

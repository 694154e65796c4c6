// Process definitions over HTTP: an admin's definition with an inter-agency step is followed
// by dossiers received after it, earlier dossiers keep their flow, steps narrow the actions,
// and bad definitions or callers are refused. Then `motcua import processes` twice.
#include <gtest/gtest.h>

#include <set>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"
#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

// Thủ tục đăng ký lại kết hôn: 5 working days = 40 working hours.
constexpr const char* kProcedure = "1.004746";

nlohmann::json step(const std::string& name, const std::string& role, const std::string& agency,
                    double hours) {
  return {{"name", name},
          {"label", "Bước " + name},
          {"role", role},
          {"agency", agency},
          {"allowance_hours", hours}};
}

// Three steps: the Department of Justice checks first (its own queue, 16 h, no refusal or
// supplement request of its own), then the commune's leader approves and its specialist
// prepares the result.
nlohmann::json inter_agency_definition(double stp_hours = 16, double approval_hours = 8,
                                       double result_hours = 8) {
  nlohmann::json first = step("stp_check", "specialist", "48.STP", stp_hours);
  first["actions"] = {"claim", "assign", "forward", "send_back", "approve", "apologize"};
  return {{"steps",
           {first, step("approval", "leader", "competent", approval_hours),
            step("result", "specialist", "competent", result_hours)}}};
}

std::set<std::string> strings(const nlohmann::json& list) {
  std::set<std::string> out;
  for (const auto& s : list) out.insert(s.get<std::string>());
  return out;
}

class ProcessApi : public DemoServerTest {
 protected:
  // The dossier as reception answered it (the fixture's receive() gives only the code).
  nlohmann::json receive(const std::string& procedure) {
    const std::string code = DemoServerTest::receive(procedure);
    auto r = api_->get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }
  ApiResponse put_process(const std::string& user, const std::string& procedure,
                          const nlohmann::json& body, const std::string& query = {}) {
    api_->login(user);
    return api_->put("/api/v1/admin/procedures/" + procedure + "/process" + query, body);
  }
  bool in_queue(const std::string& user, const std::string& code) {
    api_->login(user);
    auto q = api_->get("/api/v1/me/queue?limit=100");
    EXPECT_EQ(q.status, 200) << q.body;
    for (const auto& item : q.json["items"])
      if (item["code"] == code) return true;
    return false;
  }
};

TEST_F(ProcessApi, LaterDossiersFollowTheAdminsDefinitionEarlierOnesKeepTheirs) {
  const nlohmann::json before = receive(kProcedure);
  const std::string old_code = before["code"];
  EXPECT_EQ(before["process_version"], 0);
  EXPECT_EQ(before["current_step"], "examination");

  api_->login("receiver");
  auto shown = api_->get(std::string("/api/v1/procedures/") + kProcedure + "/process");
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(shown.json["default"], true);
  EXPECT_EQ(shown.json["version"], 0);
  EXPECT_DOUBLE_EQ(shown.json["total_hours"].get<double>(), 40);

  auto put = put_process("province_admin", kProcedure, inter_agency_definition());
  ASSERT_EQ(put.status, 201) << put.body;
  EXPECT_EQ(put.json["version"], 1);
  EXPECT_EQ(put.json["default"], false);
  EXPECT_EQ(put.json["created_by"], "province_admin");
  // The same steps again make no new version.
  put = put_process("province_admin", kProcedure, inter_agency_definition());
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json["version"], 1);
  EXPECT_EQ(put.json["created"], false);

  api_->login("specialist");
  shown = api_->get(std::string("/api/v1/procedures/") + kProcedure + "/process?channel=counter");
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(shown.json["default"], false);
  EXPECT_EQ(shown.json["version"], 1);
  EXPECT_EQ(shown.json["steps"][0]["agency"], "48.STP");

  // Received after the definition: straight into the department's queue, with its allowance.
  const nlohmann::json after = receive(kProcedure);
  const std::string code = after["code"];
  EXPECT_EQ(after["process_version"], 1);
  EXPECT_EQ(after["current_step"], "stp_check");
  EXPECT_EQ(after["step_agency"], "48.STP");
  EXPECT_EQ(after["step_role"], "specialist");
  const TimePoint received = *parse_iso(after["received_at"].get<std::string>());
  EXPECT_EQ(after["step_due_at"],
            format_iso(calendar::WorkingCalendar::standard().add_working_hours(received, 16)));
  EXPECT_TRUE(in_queue("stp_specialist", code));
  EXPECT_FALSE(in_queue("specialist", code));

  // The step leaves refusals out: 409 with what is allowed.
  auto r = act(code, "stp_specialist", {{"action", "refuse"}, {"reason", "Không đủ điều kiện"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "action");
  auto allowed = strings(r.json["error"]["allowed_actions"]);
  EXPECT_TRUE(allowed.count("claim"));
  EXPECT_TRUE(allowed.count("approve"));
  EXPECT_FALSE(allowed.count("refuse"));
  EXPECT_FALSE(allowed.count("request_supplement"));
  api_->login("stp_specialist");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(strings(view.json["allowed_actions"]), allowed);

  r = act(code, "stp_specialist", {{"action", "claim"}});
  ASSERT_EQ(r.status, 200) << r.body;
  api_->set_clock("2026-03-03T09:00:00+07:00");
  r = act(code, "stp_specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "approved");
  EXPECT_EQ(r.json["current_step"], "approval");
  EXPECT_EQ(r.json["step_agency"], "20410");
  EXPECT_EQ(r.json["step_role"], "leader");
  EXPECT_TRUE(in_queue("leader", code));
  r = act(code, "leader", {{"action", "sign"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "result");
  r = act(code, "specialist", {{"action", "result_ready"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["step_agency"], "20410");  // the desk returns every result
  r = act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "returned");
  EXPECT_EQ(r.json["process_version"], 1);
  // Form 06: the department held the first step, the commune the rest.
  api_->login("specialist");
  auto sheet = api_->get("/api/v1/dossiers/" + code + "/forms/06.json");
  ASSERT_EQ(sheet.status, 200) << sheet.body;
  const auto& rows = sheet.json["handoffs"];
  ASSERT_GE(rows.size(), 3u) << sheet.body;
  EXPECT_EQ(rows[0]["giver_agency"], "48.STP");  // claim
  EXPECT_EQ(rows[1]["giver_agency"], "48.STP");  // approve
  EXPECT_NE(rows[1]["result"], "late");
  EXPECT_EQ(rows[2]["giver_agency"], "20410");  // sign

  // The dossier received before keeps the built-in flow.
  r = act(old_code, "specialist", {{"action", "claim"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["process_version"], 0);
  r = act(old_code, "specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "approval");

  // A second version applies to dossiers received after it; the first one's dossier keeps 1.
  put = put_process("province_admin", kProcedure, inter_agency_definition(12));
  ASSERT_EQ(put.status, 201) << put.body;
  EXPECT_EQ(put.json["version"], 2);
  const nlohmann::json third = receive(kProcedure);
  EXPECT_EQ(third["process_version"], 2);
  api_->login("specialist");
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + code).json["process_version"], 1);
  auto versions = api_->get(std::string("/api/v1/procedures/") + kProcedure + "/process/versions");
  ASSERT_EQ(versions.status, 200) << versions.body;
  ASSERT_EQ(versions.json["items"].size(), 2u);
  EXPECT_DOUBLE_EQ(versions.json["items"][0]["steps"][0]["allowance_hours"].get<double>(), 16);
  EXPECT_DOUBLE_EQ(versions.json["items"][1]["steps"][0]["allowance_hours"].get<double>(), 12);
  auto page = api_->get(std::string("/api/v1/procedures/") + kProcedure +
                        "/process/versions?limit=1&offset=1");
  ASSERT_EQ(page.status, 200) << page.body;
  ASSERT_EQ(page.json["items"].size(), 1u);
  EXPECT_EQ(page.json["items"][0]["version"], 2);
}

TEST_F(ProcessApi, OnlyAProvinceAdminStoresDefinitions) {
  // A definition serves every agency of the province: a commune's admin may not set it.
  for (const char* user : {"receiver", "specialist", "leader", "stp_specialist", "admin"}) {
    auto r = put_process(user, "1.000894", inter_agency_definition(4));
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
  }
  api_->logout_locally();
  EXPECT_EQ(api_->get("/api/v1/procedures/1.000894/process").status, 401);
  api_->login("specialist");
  auto versions = api_->get("/api/v1/procedures/1.000894/process/versions");
  ASSERT_EQ(versions.status, 200);
  EXPECT_TRUE(versions.json["items"].empty());
}

TEST_F(ProcessApi, BadDefinitionsAre400NamingTheField) {
  struct Case {
    const char* what;
    nlohmann::json body;
    const char* field;
  };
  nlohmann::json unknown_role = inter_agency_definition(4);
  unknown_role["steps"][1]["role"] = "chef";
  nlohmann::json duplicate = inter_agency_definition(4);
  duplicate["steps"][2]["name"] = "approval";
  nlohmann::json unknown_agency = inter_agency_definition(4);
  unknown_agency["steps"][0]["agency"] = "48.NOWHERE";
  nlohmann::json unknown_action = inter_agency_definition(4);
  unknown_action["steps"][0]["actions"][0] = "fly";
  const Case cases[] = {
      // 1.001193 grants 1 working day = 8 hours; 4 + 8 + 8 is more.
      {"allowances over the processing time", inter_agency_definition(4), "steps"},
      {"unknown role", unknown_role, "steps[1].role"},
      {"duplicate step", duplicate, "steps[2].name"},
      {"unknown agency", unknown_agency, "steps[0].agency"},
      {"unknown action", unknown_action, "steps[0].actions[0]"},
      {"no steps", {{"steps", nlohmann::json::array()}}, "steps"},
      {"other procedure in the body",
       {{"procedure_code", "1.000894"}, {"steps", nlohmann::json::array()}},
       "procedure_code"},
  };
  for (const auto& c : cases) {
    auto r = put_process("province_admin", "1.001193", c.body);
    EXPECT_EQ(r.status, 400) << c.what << " " << r.body;
    EXPECT_EQ(r.json["error"]["field"], c.field) << c.what << " " << r.body;
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty()) << c.what;
  }
  api_->login("admin");
  auto bad_json = api_->put("/api/v1/admin/procedures/1.001193/process", "not an object");
  EXPECT_EQ(bad_json.status, 400) << bad_json.body;
  EXPECT_EQ(put_process("province_admin", "9.999999", inter_agency_definition(4)).status, 404);
  EXPECT_EQ(
      put_process("province_admin", "1.001193", inter_agency_definition(4), "?channel=fax").status,
      400);
  EXPECT_EQ(api_->get("/api/v1/procedures/9.999999/process").status, 404);
  // A shorter total than the processing time is accepted.
  auto ok = put_process("province_admin", "1.001193", inter_agency_definition(2, 2, 2));
  EXPECT_EQ(ok.status, 201) << ok.body;
}

TEST_F(ProcessApi, ADefinitionForOneChannelWinsOverAny) {
  // Thủ tục đăng ký khai tử: 1 working day on every channel.
  auto r = put_process("province_admin", "1.000656", inter_agency_definition(2, 2, 2),
                       "?channel=online");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["channel"], "online");
  api_->login("leader");
  auto online = api_->get("/api/v1/procedures/1.000656/process?channel=online");
  EXPECT_EQ(online.json["version"], r.json["version"]);
  auto counter = api_->get("/api/v1/procedures/1.000656/process?channel=counter");
  EXPECT_EQ(counter.json["default"], true);
  // A counter dossier keeps the built-in flow.
  const nlohmann::json d = receive("1.000656");
  EXPECT_EQ(d["process_version"], 0);
  EXPECT_EQ(d["current_step"], "examination");
}

TEST_F(ProcessApi, ForwardAndSendBackFollowTheStepOrder) {
  // Thủ tục cấp Giấy xác nhận tình trạng hôn nhân: 3 working days = 24 working hours.
  nlohmann::json def = {
      {"steps",
       {step("examination", "specialist", "competent", 8),
        step("stp_check", "specialist", "48.STP", 8), step("approval", "leader", "competent", 4),
        step("result", "specialist", "competent", 4)}}};
  ASSERT_EQ(put_process("province_admin", "1.004873", def).status, 201);
  const std::string code = receive("1.004873")["code"];

  // approve would skip the department's step: only the last processing step may approve.
  auto r = act(code, "specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_FALSE(strings(r.json["error"]["allowed_actions"]).count("approve"));
  r = act(code, "specialist", {{"action", "forward"}, {"step", "approval"}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "step");

  r = act(code, "specialist", {{"action", "forward"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "stp_check");
  EXPECT_EQ(r.json["step_agency"], "48.STP");
  r = act(code, "stp_specialist", {{"action", "send_back"}, {"reason", "Thiếu thông tin"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "examination");
  EXPECT_EQ(r.json["step_agency"], "20410");

  r = act(code, "specialist", {{"action", "forward"}});
  ASSERT_EQ(r.status, 200) << r.body;
  r = act(code, "stp_specialist", {{"action", "forward"}});
  EXPECT_EQ(r.status, 409) << r.body;  // the next step is the approval
  r = act(code, "stp_specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "approval");
  // The leader sends it back to the last processing step, the department's.
  r = act(code, "leader", {{"action", "send_back"}, {"reason", "Cần xác minh lại"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "in_progress");
  EXPECT_EQ(r.json["current_step"], "stp_check");
  EXPECT_EQ(r.json["step_agency"], "48.STP");
}

TEST_F(ProcessApi, ForwardNeverSkipsAStepAndAConsultedAgencyOnlyAnswers) {
  // Thủ tục đăng ký khai sinh: 1 working day = 8 working hours, three processing steps.
  nlohmann::json def = {
      {"steps",
       {step("a", "specialist", "competent", 2), step("b", "specialist", "competent", 2),
        step("c", "specialist", "competent", 2), step("approval", "leader", "competent", 1),
        step("result", "specialist", "competent", 1)}}};
  ASSERT_EQ(put_process("province_admin", "1.001193", def).status, 201);
  const std::string code = receive("1.001193")["code"];

  auto r = act(code, "specialist", {{"action", "forward"}, {"step", "c"}});
  EXPECT_EQ(r.status, 400) << r.body;  // b may not be skipped
  EXPECT_EQ(r.json["error"]["field"], "step");
  ASSERT_EQ(act(code, "specialist", {{"action", "forward"}, {"step", "b"}}).status, 200);
  auto in_c = act(code, "specialist", {{"action", "forward"}});
  ASSERT_EQ(in_c.status, 200) << in_c.body;
  const std::string c_due = in_c.json["step_due_at"];

  // An opinion asked of the department keeps the step and lets the department only answer.
  r = act(code, "specialist", {{"action", "forward"}, {"agency_code", "48.STP"}, {"step", "a"}});
  EXPECT_EQ(r.json["error"]["field"], "step") << r.body;
  r = act(code, "specialist", {{"action", "forward"}, {"agency_code", "48.STP"}, {"hours", -1}});
  EXPECT_EQ(r.json["error"]["field"], "hours") << r.body;
  r = act(code, "specialist", {{"action", "forward"}, {"agency_code", "48.STP"}, {"hours", 2}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "c");
  EXPECT_EQ(r.json["step_agency"], "48.STP");
  r = act(code, "stp_specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_TRUE(strings(r.json["error"]["allowed_actions"]).count("forward")) << r.body;
  api_->set_clock("2026-03-02T10:00:00+07:00");
  r = act(code, "stp_specialist", {{"action", "forward"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "c");
  EXPECT_EQ(r.json["step_agency"], "20410");
  EXPECT_EQ(r.json["step_due_at"], c_due);  // asking an opinion buys the step no time
  r = act(code, "specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["current_step"], "approval");
}

TEST(ProcessImport, SameFileTwiceMakesNoNewVersion) {
  ServerProcess server;  // seeds the demo procedures and agencies
  server.stop();
  const std::string file = std::string(MOTCUA_SOURCE_DIR) + "/data/examples/processes.json";
  std::string out;
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", server.db_path()}, &out), 0) << out;
  EXPECT_NE(out.find("new versions: 2"), std::string::npos) << out;
  EXPECT_NE(out.find("rejected: 0"), std::string::npos) << out;
  ASSERT_EQ(run_motcua({"import", "processes", file, "--db", server.db_path()}, &out), 0) << out;
  EXPECT_NE(out.find("new versions: 0"), std::string::npos) << out;
  EXPECT_NE(out.find("unchanged: 2"), std::string::npos) << out;
}

TEST(ProcessImport, RejectionsAreCountedWithTheirReasons) {
  ServerProcess server;
  server.stop();
  const std::string file = server.dir() + "/processes.json";
  {
    nlohmann::json body = {
        {"processes",
         {{{"procedure_code", "1.001193"},
           {"channel", "counter"},
           {"steps", nlohmann::json::array()}},
          {{"procedure_code", "9.999999"}, {"steps", nlohmann::json::array()}}}}};
    FILE* f = std::fopen(file.c_str(), "w");
    ASSERT_NE(f, nullptr);
    const std::string text = body.dump();
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
  std::string out;
  EXPECT_EQ(run_motcua({"import", "processes", file, "--db", server.db_path()}, &out), 1) << out;
  EXPECT_NE(out.find("rejected: 2"), std::string::npos) << out;
  EXPECT_NE(out.find("1.001193"), std::string::npos) << out;
  EXPECT_NE(out.find("no procedure 9.999999"), std::string::npos) << out;
  std::remove(file.c_str());
}

}  // namespace
}  // namespace motcua::testing

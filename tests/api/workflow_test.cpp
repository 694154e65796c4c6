// The processing workflow end to end over HTTP: a clean run, a supplement, a refusal, a late
// dossier with its one apology, and the state machine's 403/409 answers.
#include <gtest/gtest.h>

#include <set>

#include "support/demo_server_test.hpp"
#include "support/pdf_probe.hpp"

namespace motcua::testing {
namespace {

class WorkflowApi : public DemoServerTest {
 protected:
  // A dossier of procedure 1.004222 (7 working days) received on Monday 2 March 09:00.
  std::string receive() { return DemoServerTest::receive("1.004222"); }
  std::set<std::string> history_actions(const std::string& code) {
    std::set<std::string> out;
    auto h = api_->get("/api/v1/dossiers/" + code + "/history");
    EXPECT_EQ(h.status, 200) << h.body.substr(0, 300);
    for (const auto& e : h.json["events"]) out.insert(e["action"].get<std::string>());
    return out;
  }
  // The form as a citizen would read it: fetched over HTTP, text extracted by pdftotext.
  std::string form_text(const std::string& code, const std::string& form) {
    auto pdf = api_->get("/api/v1/dossiers/" + code + "/forms/" + form + ".pdf");
    EXPECT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
    return collapse_spaces(pdf_text(pdf.body, "api-form" + form));
  }
  static void expect_contains(const std::string& text, std::initializer_list<const char*> parts) {
    for (const char* p : parts)
      EXPECT_NE(text.find(p), std::string::npos) << p << "\n---\n" << text;
  }
};

TEST_F(WorkflowApi, CleanRunEndsReturned) {
  const std::string code = receive();
  api_->login("specialist");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200);
  EXPECT_TRUE(view.json["allowed_actions"].is_array());
  EXPECT_NE(view.json["step_due_at"], nullptr);

  auto r = act(code, "specialist", {{"action", "claim"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["assignee"], "specialist");
  // Examination gets half of 7 × 8 working hours, well before the appointment.
  EXPECT_LT(r.json["step_due_at"].get<std::string>(), r.json["due_at"].get<std::string>());
  api_->set_clock("2026-03-03T10:00:00+07:00");
  r = act(code, "specialist", {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "approved");
  EXPECT_EQ(r.json["step_role"], "leader");
  r = act(code, "leader", {{"action", "sign"}});
  ASSERT_EQ(r.status, 200) << r.body;
  r = act(code, "specialist", {{"action", "result_ready"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "result_ready");
  r = act(code, "receiver", {{"action", "return_result"}, {"method", "postal"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "tracking_number");
  r = act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "returned");
  EXPECT_NE(r.json["finished_at"], nullptr);
  EXPECT_TRUE(r.json["allowed_actions"].empty());

  const auto actions = history_actions(code);
  for (const char* a : {"receive", "claim", "approve", "sign", "result_ready", "return_result"})
    EXPECT_TRUE(actions.count(a)) << a;
  // Form 06: every handoff of the clean run, none of them late.
  const std::string sheet = form_text(code, "06");
  expect_contains(sheet, {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", code.c_str(),
                          "Nguyễn Thị Hồng Đào", "Bên giao", "Trước hạn"});
  EXPECT_EQ(sheet.find("Quá hạn"), std::string::npos) << sheet;
}

TEST_F(WorkflowApi, SupplementRestartsTheProcessingTime) {
  const std::string code = receive();
  auto r = act(code, "specialist",
               {{"action", "request_supplement"},
                {"items", {{{"content", "Bản sao Giấy khai sinh"}, {"reason", "bản mờ"}}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "supplement_requested");
  expect_contains(form_text(code, "02"),
                  {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", code.c_str(), "Nguyễn Thị Hồng Đào",
                   "Bản sao Giấy khai sinh", "bản mờ"});
  // The applicant comes back on Wednesday 4 March 10:00: 7 working days from then.
  api_->set_clock("2026-03-04T10:00:00+07:00");
  r = act(code, "receiver", {{"action", "submit_supplement"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "in_progress");
  EXPECT_EQ(r.json["due_at"], "2026-03-13T17:00:00+07:00");
  EXPECT_EQ(r.json["current_step"], "examination");
  const auto actions = history_actions(code);
  EXPECT_TRUE(actions.count("request_supplement"));
  EXPECT_TRUE(actions.count("submit_supplement"));
}

TEST_F(WorkflowApi, SupplementOnlyWithinThreeWorkingDays) {
  const std::string code = receive();
  api_->set_clock("2026-03-06T09:00:00+07:00");  // after Thursday 5 March 17:00
  auto r = act(code, "specialist", {{"action", "request_supplement"}, {"reason", "thiếu"}});
  EXPECT_EQ(r.status, 409) << r.body;
}

TEST_F(WorkflowApi, RefusalNeedsAReasonAndEndsTheDossier) {
  const std::string code = receive();
  auto r = act(code, "specialist", {{"action", "refuse"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "reason");
  r = act(code, "specialist", {{"action", "refuse"}, {"reason", "Không đủ điều kiện"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "refused");
  expect_contains(form_text(code, "03"), {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                                          "Nguyễn Thị Hồng Đào", "Không đủ điều kiện"});
  r = act(code, "specialist", {{"action", "claim"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(history_actions(code).count("refuse"));
}

TEST_F(WorkflowApi, LateDossierGetsOneApology) {
  const std::string code = receive();
  api_->set_clock("2026-03-20T10:00:00+07:00");
  auto r = act(code, "specialist", {{"action", "claim"}});
  ASSERT_EQ(r.status, 200) << r.body;
  api_->login("specialist");
  auto queue = api_->get("/api/v1/me/queue");
  ASSERT_EQ(queue.status, 200);
  bool seen = false;
  for (const auto& item : queue.json["items"])
    if (item["code"] == code) {
      seen = true;
      EXPECT_GT(item["overdue_minutes"].get<long>(), 0);
    }
  EXPECT_TRUE(seen);

  auto in_report = [&] {
    auto report = api_->get("/api/v1/reports/apologies");
    EXPECT_EQ(report.status, 200) << report.body;
    for (const auto& item : report.json["without_apology"])
      if (item["code"] == code) return true;
    return false;
  };
  EXPECT_TRUE(in_report());
  r = act(code, "specialist",
          {{"action", "apologize"},
           {"reason", "Cần xác minh thêm thông tin"},
           {"new_due_at", "2026-03-25T16:00:00+07:00"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["due_at"], "2026-03-25T16:00:00+07:00");
  r = act(code, "specialist",
          {{"action", "apologize"},
           {"reason", "Lần hai"},
           {"new_due_at", "2026-03-30T16:00:00+07:00"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json["error"]["code"], "dossier.apology_already_given");
  EXPECT_FALSE(in_report());

  auto h = api_->get("/api/v1/dossiers/" + code + "/history");
  bool found = false;
  for (const auto& e : h.json["events"])
    if (e["action"] == "apologize") {
      found = true;
      EXPECT_EQ(e["details"]["late"], true);
      EXPECT_EQ(e["details"]["original_due_at"], "2026-03-11T17:00:00+07:00");
    }
  EXPECT_TRUE(found);
  expect_contains(form_text(code, "04"),
                  {"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                   "Kính gửi: Nguyễn Thị Hồng Đào", "Cần xác minh thêm thông tin",
                   "17 giờ 00 phút, ngày 11/03/2026", "16 giờ 00 phút, ngày 25/03/2026"});
  // The new appointment does not hide the lateness: Form 06 still shows a late step.
  expect_contains(form_text(code, "06"), {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"});

  // Returned before the new appointment, the dossier is still late in the statistics.
  api_->set_clock("2026-03-24T09:00:00+07:00");
  for (const auto& [who, action] :
       {std::pair{"specialist", "approve"}, {"leader", "sign"}, {"specialist", "result_ready"}})
    ASSERT_EQ(act(code, who, {{"action", action}}).status, 200) << action;
  r = act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}});
  ASSERT_EQ(r.status, 200) << r.body;
  api_->login("specialist");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.json["outcome"], "late") << view.body;
  EXPECT_EQ(view.json["statutory_due_at"], "2026-03-11T17:00:00+07:00");
  EXPECT_EQ(view.json["due_at"], "2026-03-25T16:00:00+07:00");
  EXPECT_EQ(view.json["apology"]["late"], true);
  auto hist = api_->get("/api/v1/dossiers/" + code + "/history");
  const auto& last = hist.json["events"].back();
  EXPECT_EQ(last["action"], "return_result");
  EXPECT_EQ(last["details"]["outcome"], "late");
  EXPECT_EQ(last["details"]["outcome_against_new_appointment"], "early");
}

TEST_F(WorkflowApi, WithdrawalStopsTheDossierAndIssuesTheStopNotice) {
  const std::string code = receive();
  EXPECT_EQ(act(code, "specialist", {{"action", "withdraw"}}).status, 403);
  api_->set_clock("2026-03-03T14:00:00+07:00");
  auto r = act(code, "receiver", {{"action", "withdraw"}, {"reason", "Chuyển nơi cư trú"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "withdrawn");
  EXPECT_TRUE(r.json["allowed_actions"].empty());
  expect_contains(form_text(code, "stop"),
                  {"THÔNG BÁO Về việc dừng giải quyết hồ sơ", "Nguyễn Thị Hồng Đào", code.c_str(),
                   "14 giờ 00 phút, ngày 03/03/2026", "Chuyển nơi cư trú"});
  // Circular 03/2025 numbers the stop notice 05; "stop" stays as an alias.
  expect_contains(form_text(code, "05"),
                  {"THÔNG BÁO Về việc dừng giải quyết hồ sơ", "Nguyễn Thị Hồng Đào", code.c_str(),
                   "14 giờ 00 phút, ngày 03/03/2026", "Chuyển nơi cư trú"});
  EXPECT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 409);
}

TEST_F(WorkflowApi, APauseAfterTheApologyMovesTheOriginalAppointmentToo) {
  const std::string code = receive();  // due Wednesday 11 March 17:00
  ASSERT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
  api_->set_clock("2026-03-10T09:00:00+07:00");
  auto r = act(code, "specialist",
               {{"action", "apologize"},
                {"reason", "Chờ kết quả xác minh"},
                {"new_due_at", "2026-03-20T16:00:00+07:00"}});
  ASSERT_EQ(r.status, 200) << r.body;
  r = act(code, "specialist", {{"action", "pause"}, {"reason_code", "specialised_law_review"}});
  ASSERT_EQ(r.status, 200) << r.body;
  api_->set_clock("2026-03-12T09:00:00+07:00");  // two working days paused
  ASSERT_EQ(act(code, "specialist", {{"action", "resume"}}).status, 200);
  for (const auto& [who, action] :
       {std::pair{"specialist", "approve"}, {"leader", "sign"}, {"specialist", "result_ready"}})
    ASSERT_EQ(act(code, who, {{"action", action}}).status, 200) << action;
  ASSERT_EQ(act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}}).status,
            200);
  // Finished on 12 March: past 11 March, but the pause moved that appointment to 13 March.
  api_->login("specialist");
  auto view = api_->get("/api/v1/dossiers/" + code);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.json["outcome"], "early") << view.body;
  EXPECT_GE(view.json["statutory_due_at"].get<std::string>(), "2026-03-13T16:59:00+07:00");
}

TEST_F(WorkflowApi, PaperDossiersAfterThreeAreHandedOverTheNextMorning) {
  // Art. 18(2): received on paper at 16:00, the dossier reaches the officers at Tuesday's
  // opening; its examination (half of 7 × 8 = 28 working hours) counts from then. Online, at
  // once. The appointment is the same for both.
  api_->set_clock("2026-03-02T16:00:00+07:00");
  auto paper = api_->get("/api/v1/dossiers/" + receive());
  // The test clock runs on from where it is set: both are received at 16:00 sharp, however
  // long the first reception took.
  api_->set_clock("2026-03-02T16:00:00+07:00");
  auto online = api_->get("/api/v1/dossiers/" + DemoServerTest::receive("1.004222", [](auto& b) {
                            b["channel"] = "online";
                          }));
  ASSERT_EQ(paper.status, 200) << paper.body;
  ASSERT_EQ(online.status, 200) << online.body;
  EXPECT_EQ(paper.json["step_due_at"], "2026-03-06T11:30:00+07:00");
  EXPECT_EQ(online.json["step_due_at"], "2026-03-06T10:30:00+07:00");
  EXPECT_EQ(paper.json["due_at"], online.json["due_at"]);
}

TEST_F(WorkflowApi, ForbiddenRoleIs403AndWrongStateIs409WithAllowedActions) {
  const std::string code = receive();
  auto r = act(code, "receiver", {{"action", "approve"}});
  EXPECT_EQ(r.status, 403) << r.body;
  r = act(code, "specialist", {{"action", "resume"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "action");
  std::set<std::string> allowed;
  for (const auto& a : r.json["error"]["allowed_actions"]) allowed.insert(a.get<std::string>());
  EXPECT_TRUE(allowed.count("claim"));
  EXPECT_FALSE(allowed.count("resume"));
  r = act(code, "specialist", {{"action", "fly"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + code + "/forms/04.pdf").status, 404);
}

TEST_F(WorkflowApi, PauseAndResumeMoveTheDueTime) {
  const std::string code = receive();
  auto r =
      act(code, "specialist", {{"action", "pause"}, {"reason_code", "specialised_law_review"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "paused");
  api_->set_clock("2026-03-03T09:00:00+07:00");  // one working day later
  r = act(code, "specialist", {{"action", "resume"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "in_progress");
  // One working day paused moves the appointment by one working day (the test clock runs on
  // in real time, so allow a second or two past the close of 12 March).
  const std::string due = r.json["due_at"];
  EXPECT_GE(due, "2026-03-12T16:59:00+07:00");
  EXPECT_LE(due, "2026-03-13T07:31:00+07:00");
}

TEST_F(WorkflowApi, InterAgencyHandoffMovesTheDossierToTheOtherQueue) {
  const std::string code = receive();
  auto r =
      act(code, "specialist",
          {{"action", "forward"}, {"agency_code", "48.STP"}, {"role", "specialist"}, {"hours", 8}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["step_agency"], "48.STP");
  EXPECT_LT(r.json["step_due_at"].get<std::string>(), r.json["due_at"].get<std::string>());
  // The commune's officers no longer hold it; the department (here: an admin) does.
  r = act(code, "specialist", {{"action", "claim"}});
  EXPECT_EQ(r.status, 403) << r.body;
  api_->set_clock("2026-03-04T09:00:00+07:00");
  r = act(code, "admin",
          {{"action", "forward"},
           {"agency_code", "20410"},
           {"role", "specialist"},
           {"step", "examination"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["step_agency"], "20410");
  api_->login("specialist");
  // The printed sheet names the late step's result and the department's name.
  expect_contains(form_text(code, "06"), {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Quá hạn"});
  // Form 06 blames the department: its one-day step ended a day late.
  auto sheet = api_->get("/api/v1/dossiers/" + code + "/forms/06.json");
  ASSERT_EQ(sheet.status, 200) << sheet.body;
  const auto& rows = sheet.json["handoffs"];
  ASSERT_EQ(rows.size(), 2u) << sheet.body;
  EXPECT_EQ(rows[0]["giver_agency"], "20410");
  EXPECT_NE(rows[0]["result"], "late");
  EXPECT_EQ(rows[1]["giver_agency"], "48.STP");
  EXPECT_EQ(rows[1]["result"], "late");
  EXPECT_EQ(rows[1]["responsible_agency"], "48.STP");
}

}  // namespace
}  // namespace motcua::testing

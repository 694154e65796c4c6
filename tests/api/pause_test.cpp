// Pauses cannot hide lateness (issue 10): only a listed reason pauses a dossier, only a reason
// the law lets stop the clock moves an appointment, the applicant is told each time, leaders
// see every paused dossier, and a dossier waiting for the applicant is never overdue.
#include <gtest/gtest.h>

#include <set>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class PauseApi : public DemoServerTest {
 protected:
  // A dossier of procedure 1.004222 (7 working days) received on Monday 2 March 09:00: due
  // Wednesday 11 March 17:00.
  std::string receive() { return DemoServerTest::receive("1.004222"); }

  nlohmann::json view(const std::string& code) {
    api_->login("specialist");
    auto r = api_->get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }

  std::set<std::string> outbox_kinds(const std::string& code) {
    api_->login("receiver");
    auto r = api_->get("/api/v1/notifications?dossier=" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    std::set<std::string> kinds;
    for (const auto& n : r.json["items"]) kinds.insert(n["kind"].get<std::string>());
    return kinds;
  }

  void finish(const std::string& code) {
    for (const auto& [who, action] :
         {std::pair{"specialist", "approve"}, {"leader", "sign"}, {"specialist", "result_ready"}})
      ASSERT_EQ(act(code, who, {{"action", action}}).status, 200) << action;
    ASSERT_EQ(act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}}).status,
              200);
  }
};

TEST_F(PauseApi, APauseWithoutAListedReasonCodeIsRefusedNamingIt) {
  const std::string code = receive();
  for (const nlohmann::json& body :
       {nlohmann::json{{"action", "pause"}, {"reason", "Chờ ý kiến cơ quan khác"}},
        nlohmann::json{{"action", "pause"}, {"reason_code", "officer_on_leave"}},
        nlohmann::json{{"action", "pause"}, {"reason_code", ""}}}) {
    auto r = act(code, "specialist", body);
    EXPECT_EQ(r.status, 400) << body.dump() << " → " << r.body;
    EXPECT_EQ(r.json["error"]["field"], "reason_code") << r.body;
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty()) << r.body;
  }
  auto r = act(code, "specialist", {{"action", "pause"}, {"reason_code", 7}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "reason_code") << r.body;
  EXPECT_EQ(view(code)["status"], "in_progress");
}

TEST_F(PauseApi, TheListOfReasonsSaysWhichStopTheClock) {
  EXPECT_EQ(api_->get("/api/v1/pause-reasons").status, 401);
  api_->login("specialist");
  auto r = api_->get("/api/v1/pause-reasons");
  ASSERT_EQ(r.status, 200) << r.body;
  std::set<std::string> stopping, running;
  for (const auto& reason : r.json["reasons"]) {
    (reason["stops_clock"].get<bool>() ? stopping : running)
        .insert(reason["code"].get<std::string>());
    EXPECT_FALSE(reason["label"].get<std::string>().empty());
    EXPECT_FALSE(reason["basis"].get<std::string>().empty());
  }
  EXPECT_TRUE(stopping.count("financial_obligation"));
  EXPECT_TRUE(stopping.count("specialised_law_review"));
  EXPECT_TRUE(stopping.count("force_majeure"));
  EXPECT_TRUE(running.count("awaiting_other_agency"));
}

TEST_F(PauseApi, AReasonThatDoesNotStopTheClockIsToldButMovesNothingAndLatenessShows) {
  const std::string code = receive();
  ASSERT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
  api_->set_clock("2026-03-09T09:00:00+07:00");
  auto r = act(code, "specialist", {{"action", "pause"}, {"reason_code", "awaiting_other_agency"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["status"], "paused");
  EXPECT_FALSE(r.json["clock_stopped"].get<bool>()) << r.body;
  EXPECT_TRUE(outbox_kinds(code).count("pause"));

  // Paused past its appointment, with the clock running: the dossier is overdue and late.
  api_->set_clock("2026-03-13T09:00:00+07:00");
  api_->login("leader");
  auto queue = api_->get("/api/v1/me/queue");
  ASSERT_EQ(queue.status, 200) << queue.body;
  api_->login("admin");
  auto apologies = api_->get("/api/v1/reports/apologies?from=2026-03-01T00:00:00%2B07:00");
  ASSERT_EQ(apologies.status, 200) << apologies.body;
  bool listed = false;
  for (const auto& item : apologies.json["without_apology"]) listed |= item["code"] == code;
  EXPECT_TRUE(listed) << apologies.body;

  r = act(code, "specialist", {{"action", "resume"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["due_at"], "2026-03-11T17:00:00+07:00");
  EXPECT_EQ(r.json["statutory_due_at"], "2026-03-11T17:00:00+07:00");
  EXPECT_TRUE(outbox_kinds(code).count("resume"));
  finish(code);
  EXPECT_EQ(view(code)["outcome"], "late");
}

TEST_F(PauseApi, ALawfulPauseTellsTheApplicantAndTheOutcomeFollowsTheLaw) {
  const std::string code = receive();
  ASSERT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
  api_->set_clock("2026-03-09T09:00:00+07:00");
  auto r = act(code, "specialist",
               {{"action", "pause"},
                {"reason_code", "financial_obligation"},
                {"reason", "Chờ nộp lệ phí trước bạ"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json["clock_stopped"].get<bool>()) << r.body;
  EXPECT_EQ(r.json["pause"]["reason_code"], "financial_obligation") << r.body;
  EXPECT_TRUE(r.json["pause"]["waits_for_applicant"].get<bool>()) << r.body;

  api_->login("receiver");
  auto outbox = api_->get("/api/v1/notifications?dossier=" + code);
  ASSERT_EQ(outbox.status, 200);
  bool told = false;
  for (const auto& n : outbox.json["items"]) {
    if (n["kind"] != "pause") continue;
    told = true;
    const std::string body = n["body"];
    EXPECT_NE(body.find("nghĩa vụ tài chính"), std::string::npos) << body;
    EXPECT_NE(body.find("không tính vào thời hạn giải quyết"), std::string::npos) << body;
  }
  EXPECT_TRUE(told) << outbox.body;

  // Waiting for the applicant past the appointment: never overdue, never in the apology report.
  api_->set_clock("2026-03-16T09:00:00+07:00");
  api_->login("specialist");
  auto queue = api_->get("/api/v1/me/queue");
  ASSERT_EQ(queue.status, 200) << queue.body;
  for (const auto& item : queue.json["items"])
    if (item["code"] == code) {
      EXPECT_FALSE(item["overdue"].get<bool>()) << item.dump();
      EXPECT_TRUE(item["clock_stopped"].get<bool>()) << item.dump();
    }
  api_->login("admin");
  auto apologies = api_->get("/api/v1/reports/apologies?from=2026-03-01T00:00:00%2B07:00");
  ASSERT_EQ(apologies.status, 200) << apologies.body;
  for (const auto& item : apologies.json["without_apology"]) EXPECT_NE(item["code"], code);

  // The leaders' report lists it with its reason; the desk may not read that report.
  api_->login("leader");
  auto paused = api_->get("/api/v1/reports/paused");
  ASSERT_EQ(paused.status, 200) << paused.body;
  bool reported = false;
  for (const auto& item : paused.json["items"])
    if (item["code"] == code) {
      reported = true;
      EXPECT_EQ(item["reason_code"], "financial_obligation");
      EXPECT_TRUE(item["stops_clock"].get<bool>());
      EXPECT_EQ(item["paused_working_minutes"], 5 * 8 * 60) << item.dump();
    }
  EXPECT_TRUE(reported) << paused.body;
  EXPECT_GE(paused.json["counts_by_reason"]["financial_obligation"].get<int>(), 1);
  api_->login("receiver");
  EXPECT_EQ(api_->get("/api/v1/reports/paused").status, 403);

  // Five working days paused move every appointment by five working days: 18 March 17:00.
  // The test clock runs on in real time, so it is set again just before the resume: the
  // reports above (and logins) would otherwise add their seconds to the time paused.
  api_->login("specialist");
  api_->set_clock("2026-03-16T09:00:00+07:00");
  r = api_->post("/api/v1/dossiers/" + code + "/actions", {{"action", "resume"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(r.json["statutory_due_at"].get<std::string>(), "2026-03-18T16:59:00+07:00");
  EXPECT_LE(r.json["statutory_due_at"].get<std::string>(), "2026-03-18T17:01:00+07:00");
  EXPECT_EQ(r.json["pause"], nullptr);
  api_->set_clock("2026-03-18T09:00:00+07:00");
  finish(code);
  EXPECT_EQ(view(code)["outcome"], "on_time");
}

TEST_F(PauseApi, ADossierWaitingForASupplementIsNeverOverdue) {
  const std::string code = receive();
  api_->set_clock("2026-03-03T09:00:00+07:00");
  auto r = act(code, "specialist",
               {{"action", "request_supplement"},
                {"items", {{{"content", "Bản sao Giấy khai sinh"}, {"reason", "bản mờ"}}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json["clock_stopped"].get<bool>()) << r.body;
  api_->set_clock("2026-03-20T09:00:00+07:00");  // long past 11 March
  api_->login("receiver");
  auto queue = api_->get("/api/v1/me/queue");
  ASSERT_EQ(queue.status, 200) << queue.body;
  bool seen = false;
  for (const auto& item : queue.json["items"])
    if (item["code"] == code) {
      seen = true;
      EXPECT_FALSE(item["overdue"].get<bool>()) << item.dump();
    }
  EXPECT_TRUE(seen) << queue.body;
  api_->login("admin");
  auto apologies = api_->get("/api/v1/reports/apologies?from=2026-03-01T00:00:00%2B07:00");
  for (const auto& item : apologies.json["without_apology"]) EXPECT_NE(item["code"], code);
}

TEST_F(PauseApi, AWithdrawnDossierHasNoOutcome) {
  const std::string code = receive();
  api_->set_clock("2026-03-13T09:00:00+07:00");  // past its appointment
  auto r = act(code, "receiver", {{"action", "withdraw"}, {"reason", "Người nộp rút hồ sơ"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(view(code)["outcome"], nullptr);
}

}  // namespace
}  // namespace motcua::testing

// Opinions asked of another agency (Decree 61/2018 Art. 19(5); issue 10 point 8): each has a
// due time; one answered late is reported to the head of the one-stop department and flagged
// in the queue, one answered on time is not.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class LateConsultationApi : public DemoServerTest {
 protected:
  // A dossier of 1.004222 received Monday 2 March 09:00 and handed by the ward's specialist
  // to the Department of Justice for an opinion within `hours` working hours.
  std::string consult(double hours) {
    const std::string code = receive("1.004222");
    EXPECT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
    auto r = act(code, "specialist",
                 {{"action", "forward"}, {"agency_code", "48.STP"}, {"hours", hours}});
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json["step_agency"], "48.STP");
    return code;
  }

  void answer(const std::string& code) {
    ASSERT_EQ(act(code, "stp_specialist", {{"action", "claim"}}).status, 200);
    auto r = act(code, "stp_specialist", {{"action", "forward"}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json["step_agency"], "20410");
  }

  nlohmann::json report(const std::string& user, const std::string& query = "") {
    api_->login(user);
    auto r = api_->get("/api/v1/reports/late-consultations" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }

  static const nlohmann::json* find(const nlohmann::json& items, const std::string& code) {
    for (const auto& item : items)
      // value(), not operator[]: a queue item has no dossier_code, and operator[] on a const
      // json with a missing key is undefined behaviour.
      if (item.value("dossier_code", "") == code || item.value("code", "") == code) return &item;
    return nullptr;
  }

  nlohmann::json queue_item(const std::string& user, const std::string& code) {
    api_->login(user);
    auto r = api_->get("/api/v1/me/queue?limit=200");
    EXPECT_EQ(r.status, 200) << r.body;
    const auto* item = find(r.json["items"], code);
    return item ? *item : nlohmann::json();
  }
};

TEST_F(LateConsultationApi, TheHandoffRecordsWhenTheOpinionIsDue) {
  const std::string code = consult(4);
  api_->login("specialist");
  auto h = api_->get("/api/v1/dossiers/" + code + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  const auto& forward = h.json["events"].back();
  EXPECT_EQ(forward["action"], "forward") << forward.dump();
  // 09:00 + 4 working hours: 2.5 before the noon break, 1.5 after it.
  EXPECT_EQ(forward["details"]["answer_due_at"].get<std::string>().substr(0, 16),
            "2026-03-02T14:30")
      << forward.dump();
}

TEST_F(LateConsultationApi, ALateAnswerIsReportedAndFlaggedAnOnTimeOneIsNot) {
  const std::string late = consult(4);    // due 14:30
  const std::string timely = consult(4);  // due 14:30
  api_->set_clock("2026-03-02T11:00:00+07:00");
  answer(timely);
  api_->set_clock("2026-03-02T16:00:00+07:00");
  answer(late);

  auto body = report("leader");
  const auto* item = find(body["items"], late);
  ASSERT_NE(item, nullptr) << body.dump();
  // A copy: operator[] on a const json with a missing key is undefined; on a copy it is null.
  nlohmann::json found = *item;
  EXPECT_EQ(found["consulted_agency"], "48.STP");
  EXPECT_EQ(found["asking_agency"], "20410");
  EXPECT_TRUE(found["answered"].get<bool>());
  EXPECT_EQ(found["answered_by"], "stp_specialist");
  EXPECT_TRUE(found["late"].get<bool>());
  EXPECT_GE(found["late_minutes"].get<int>(), 89) << found.dump();
  EXPECT_LE(found["late_minutes"].get<int>(), 91) << found.dump();
  EXPECT_EQ(find(body["items"], timely), nullptr) << body.dump();

  // Back in the asking ward's queue, the late answer shows; the timely one does not.
  auto flagged = queue_item("specialist", late);
  ASSERT_FALSE(flagged.is_null());
  EXPECT_TRUE(flagged["consultation_overdue"].get<bool>()) << flagged.dump();
  EXPECT_EQ(flagged["consultation"]["consulted_agency"], "48.STP");
  auto clean = queue_item("specialist", timely);
  ASSERT_FALSE(clean.is_null());
  EXPECT_FALSE(clean["consultation_overdue"].get<bool>()) << clean.dump();
  EXPECT_TRUE(clean["consultation"]["answered"].get<bool>());
}

TEST_F(LateConsultationApi, AnOpinionAwaitedPastItsTimeIsReportedWhileOpen) {
  const std::string code = consult(1);  // due 10:00
  api_->set_clock("2026-03-02T09:30:00+07:00");
  EXPECT_EQ(find(report("leader")["items"], code), nullptr);
  EXPECT_FALSE(queue_item("stp_specialist", code)["consultation_overdue"].get<bool>());
  api_->set_clock("2026-03-02T10:30:00+07:00");
  const auto body = report("leader");
  const auto* item = find(body["items"], code);
  ASSERT_NE(item, nullptr);
  // A copy: operator[] on a const json with a missing key is undefined; on a copy it is null.
  nlohmann::json found = *item;
  EXPECT_FALSE(found["answered"].get<bool>());
  EXPECT_TRUE(queue_item("stp_specialist", code)["consultation_overdue"].get<bool>());
}

TEST_F(LateConsultationApi, TheReportIsForThoseWhoAnswerForTimelinessWithinTheirAgency) {
  for (const char* user : {"receiver", "specialist"}) {
    api_->login(user);
    auto r = api_->get("/api/v1/reports/late-consultations");
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
  }
  api_->login("leader");
  auto r = api_->get("/api/v1/reports/late-consultations?agency=48");
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "agency") << r.body;
  r = api_->get("/api/v1/reports/late-consultations?from=tomorrow");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "from") << r.body;
  r = api_->get("/api/v1/reports/late-consultations?from=2026-03-05&to=2026-03-01");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "to") << r.body;
  r = api_->get("/api/v1/reports/late-consultations?limit=0");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "limit") << r.body;
  // The province's admin may look at a ward below it.
  api_->login("province_admin");
  r = api_->get("/api/v1/reports/late-consultations?agency=20410&from=2026-03-01&to=2026-03-31");
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["agency_code"], "20410");
}

TEST_F(LateConsultationApi, TheReportPagesByKey) {
  const std::string a = consult(1), b = consult(1), c = consult(1);
  api_->set_clock("2026-03-02T16:00:00+07:00");
  std::vector<std::string> seen;
  std::string cursor;
  for (int pages = 0; pages < 50; ++pages) {
    auto body = report("leader", "?limit=1" + (cursor.empty() ? "" : "&cursor=" + cursor));
    for (const auto& item : body["items"]) seen.push_back(item["dossier_code"]);
    if (body["next_cursor"].is_null()) break;
    cursor = body["next_cursor"];
  }
  for (const auto& code : {a, b, c})
    EXPECT_EQ(std::count(seen.begin(), seen.end(), code), 1) << code;
}

}  // namespace
}  // namespace motcua::testing

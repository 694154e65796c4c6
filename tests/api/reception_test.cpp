// Reception end to end over real HTTP: login, due time, idempotency, refusals naming the
// field, public lookup, history.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class ReceptionApi : public DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    api_->login("receiver");
  }
};

TEST_F(ReceptionApi, CounterDossierGetsCodeAndExactDueTime) {
  auto r = api_->post("/api/v1/dossiers", application_for(*api_, "1.004222"));
  ASSERT_EQ(r.status, 201) << r.body;
  // 7 working days from Monday 2 March 2026 09:00: the day of receipt is not counted.
  EXPECT_EQ(r.json["due_at"], "2026-03-11T17:00:00+07:00");
  EXPECT_EQ(r.json["received_at"], "2026-03-02T09:00:00+07:00");
  EXPECT_EQ(r.json["status"], "in_progress");
  const std::string code = r.json["code"];
  EXPECT_EQ(code.rfind("20410-260302-", 0), 0u) << code;
  EXPECT_EQ(code.size(), std::string("20410-260302-0001").size());
}

TEST_F(ReceptionApi, CodesAreSequentialPerAgencyAndDay) {
  auto a = api_->post("/api/v1/dossiers", application_for(*api_, "1.001193"));
  auto b = api_->post("/api/v1/dossiers", application_for(*api_, "1.001193"));
  ASSERT_EQ(a.status, 201);
  ASSERT_EQ(b.status, 201);
  const std::string ca = a.json["code"], cb = b.json["code"];
  EXPECT_EQ(std::stoi(cb.substr(cb.rfind('-') + 1)), std::stoi(ca.substr(ca.rfind('-') + 1)) + 1);
}

TEST_F(ReceptionApi, SameIdempotencyKeyReturnsTheSameDossier) {
  auto body = application_for(*api_, "1.001193");
  auto first = api_->post("/api/v1/dossiers", body, {{"Idempotency-Key", "retry-1"}});
  auto again = api_->post("/api/v1/dossiers", body, {{"Idempotency-Key", "retry-1"}});
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(first.json["code"], again.json["code"]);
}

TEST_F(ReceptionApi, RefusalsNameTheField) {
  auto body = application_for(*api_, "1.001193");
  auto bad_id = body;
  bad_id["applicant"]["id_number"] = "12AB";
  auto r = api_->post("/api/v1/dossiers", bad_id);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "applicant.id_number");
  EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());

  auto bad_phone = body;
  bad_phone["applicant"]["phone"] = "12345";
  EXPECT_EQ(api_->post("/api/v1/dossiers", bad_phone).json["error"]["field"], "applicant.phone");

  auto no_docs = body;
  no_docs["documents"] = nlohmann::json::array();
  r = api_->post("/api/v1/dossiers", no_docs);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "documents");

  auto unknown = body;
  unknown["procedure_code"] = "9.999999";
  EXPECT_EQ(api_->post("/api/v1/dossiers", unknown).json["error"]["field"], "procedure_code");

  auto r2 = api_->post("/api/v1/dossiers", nlohmann::json("not an object"));
  EXPECT_EQ(r2.status, 400);
  EXPECT_EQ(r2.json["error"]["field"], "body");
}

TEST_F(ReceptionApi, ReceptionNeedsALoggedInReceiver) {
  auto body = application_for(*api_, "1.001193");
  api_->logout_locally();
  EXPECT_EQ(api_->post("/api/v1/dossiers", body).status, 401);
  api_->login("specialist");
  EXPECT_EQ(api_->post("/api/v1/dossiers", body).status, 403);
}

TEST_F(ReceptionApi, AReceiverReceivesOnlyAtTheirOwnDesk) {
  // A commune's receiver may not issue codes in a department's name (issue 10, point 7).
  auto body = application_for(*api_, "1.001193");
  body["agency_code"] = "48.STP";
  auto r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "agency_code") << r.body;
  body["agency_code"] = "20410";  // naming the own agency is harmless
  r = api_->post("/api/v1/dossiers", body);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["code"].get<std::string>().rfind("20410-", 0), 0u) << r.body;
}

TEST_F(ReceptionApi, PublicLookupNeedsThePhoneDigitsAndHidesPersonalData) {
  auto r = api_->post("/api/v1/dossiers", application_for(*api_, "1.001193"));
  ASSERT_EQ(r.status, 201);
  const std::string code = r.json["code"];
  api_->logout_locally();
  auto ok = api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=5678");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json["due_at"], r.json["due_at"]);
  EXPECT_EQ(ok.body.find("001203004567"), std::string::npos);
  EXPECT_EQ(ok.body.find("Nguyễn Thị Hồng Đào"), std::string::npos);
  EXPECT_EQ(ok.body.find("0912345678"), std::string::npos);
  auto wrong = api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=0000");
  auto unknown = api_->get("/api/v1/public/dossiers/20410-990101-0001?phone_last4=5678");
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(wrong.json["error"]["code"], unknown.json["error"]["code"]);
}

TEST_F(ReceptionApi, HistoryRecordsTheReception) {
  auto r = api_->post("/api/v1/dossiers", application_for(*api_, "1.001193"));
  ASSERT_EQ(r.status, 201);
  auto h = api_->get("/api/v1/dossiers/" + r.json["code"].get<std::string>() + "/history");
  ASSERT_EQ(h.status, 200);
  ASSERT_EQ(h.json["events"].size(), 1u);
  EXPECT_EQ(h.json["events"][0]["action"], "receive");
  EXPECT_EQ(h.json["events"][0]["actor"], "receiver");
  EXPECT_EQ(h.json["events"][0]["to_status"], "in_progress");
}

}  // namespace
}  // namespace motcua::testing

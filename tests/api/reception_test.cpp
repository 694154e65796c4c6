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
    api_->set_clock(kMonday);  // receptions at 09:00:00 sharp, however long the login took
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

// Issue 10 point 9: documents the portal marks for one channel are demanded on that channel
// only. 1.001193 asks for the paper declaration at the counter and by post, and for the
// interactive e-form ("Mẫu hộ tịch điện tử tương tác") online.
TEST_F(ReceptionApi, ChannelSpecificDocumentsAreDemandedOnlyOnTheirChannel) {
  auto p = api_->get("/api/v1/procedures/1.001193");
  ASSERT_EQ(p.status, 200) << p.body;
  int declaration = 0, e_form = 0;
  nlohmann::json everywhere = nlohmann::json::array();
  for (const auto& d : p.json["required_documents"]) {
    const std::string name = d["name"];
    if (name.rfind("Tờ khai đăng ký khai sinh", 0) == 0) {
      declaration = d["id"];
      EXPECT_EQ(d["channels"], nlohmann::json({"counter", "postal"})) << d.dump();
    } else if (name.rfind("Mẫu hộ tịch điện tử tương tác", 0) == 0) {
      e_form = d["id"];
      EXPECT_EQ(d["channels"], nlohmann::json({"online"})) << d.dump();
    } else if (d["mandatory"] == true) {
      EXPECT_FALSE(d.contains("channels")) << d.dump();
      everywhere.push_back({{"id", d["id"]}, {"copies", d["copies"]}});
    }
  }
  ASSERT_NE(declaration, 0);
  ASSERT_NE(e_form, 0);
  auto with = [&](int id) {
    auto docs = everywhere;
    if (id != 0) docs.push_back({{"id", id}, {"copies", 1}});
    return docs;
  };

  // At the counter: the declaration without the online e-form is a complete dossier.
  auto body = application_for(*api_, "1.001193");
  body["documents"] = with(declaration);
  auto r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 201) << r.body;
  // Without the declaration the counter refuses, naming it and not the e-form.
  body["documents"] = with(0);
  r = api_->post("/api/v1/dossiers", body);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "documents");
  const std::string missing = r.json["error"]["message"];
  EXPECT_NE(missing.find("Tờ khai đăng ký khai sinh"), std::string::npos) << missing;
  EXPECT_EQ(missing.find("Mẫu hộ tịch điện tử"), std::string::npos) << missing;

  // Online: the e-form replaces the paper declaration, and is demanded.
  body["channel"] = "online";
  body["documents"] = with(e_form);
  r = api_->post("/api/v1/dossiers", body);
  EXPECT_EQ(r.status, 201) << r.body;
  body["documents"] = with(declaration);
  r = api_->post("/api/v1/dossiers", body);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.json["error"]["message"].get<std::string>().find("Mẫu hộ tịch điện tử"),
            std::string::npos)
      << r.body;

  // Handing in a document meant for another channel is accepted.
  body["channel"] = "counter";
  body["documents"] = with(declaration);
  body["documents"].push_back({{"id", e_form}, {"copies", 1}});
  EXPECT_EQ(api_->post("/api/v1/dossiers", body).status, 201);
}

}  // namespace
}  // namespace motcua::testing

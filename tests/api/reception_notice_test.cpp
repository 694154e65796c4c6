// Reception notices over real HTTP (issue 11): a dossier that is not received gets Form 02
// (guidance to supplement) or Form 03 (refusal to receive), recorded with its number, officer,
// agency and time, printed as PDF, listed for the agency's staff, and never counted as a
// received dossier.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"
#include "support/pdf_probe.hpp"
#include "support/raw_sql.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

json supplement_body() {
  return {{"kind", "supplement"},
          {"procedure_code", "1.001193"},
          {"channel", "counter"},
          {"applicant",
           {{"full_name", "Phạm Văn Khoa"},
            {"phone", "0905 111 333"},
            {"address", "12 Trần Phú, phường Hội An"}}},
          {"items",
           {{{"content", "Giấy chứng sinh (bản chính)"}, {"reason", "Chưa nộp"}},
            {{"content", "Tờ khai đăng ký khai sinh"}, {"reason", "Thiếu chữ ký người đi khai"}}}},
          {"contact_phone", "0235 3861 234"}};
}

json refusal_body() {
  return {{"kind", "refusal"},
          {"procedure_code", "1.000894"},
          {"applicant", {{"full_name", "Võ Thị Lan"}, {"phone", "0912000111"}}},
          {"reason", "Hai bên chưa đủ tuổi kết hôn theo Luật Hôn nhân và gia đình."}};
}

class ReceptionNoticeApi : public DemoServerTest {
 protected:
  void SetUp() override {
    DemoServerTest::SetUp();
    api_->login("receiver");
  }
  ApiResponse issue(const json& body) { return api_->post("/api/v1/reception-notices", body); }
  std::string pdf_of(const json& notice, const std::string& name) {
    auto pdf = api_->get(notice["pdf_url"].get<std::string>());
    EXPECT_EQ(pdf.status, 200) << pdf.body.substr(0, 300);
    EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
    maybe_png(pdf.body, name);
    return collapse_spaces(pdf_text(pdf.body, name));
  }
  static void expect_contains(const std::string& text, std::initializer_list<const char*> parts) {
    for (const char* p : parts)
      EXPECT_NE(text.find(p), std::string::npos) << p << "\n---\n" << text;
  }
  static void expect_field(const ApiResponse& r, const std::string& field) {
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json["error"]["message"].get<std::string>().empty()) << r.body;
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty()) << r.body;
  }
};

TEST_F(ReceptionNoticeApi, SupplementNoticeIsRecordedAndPrintsForm02) {
  auto r = issue(supplement_body());
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string id = r.json["id"];
  EXPECT_EQ(id.rfind("20410-TB26-", 0), 0u) << id;
  EXPECT_EQ(r.header("Location"), "/api/v1/reception-notices/" + id + ".pdf");
  EXPECT_EQ(r.json["kind"], "supplement");
  EXPECT_EQ(r.json["form"], "02");
  EXPECT_EQ(r.json["agency_code"], "20410");
  EXPECT_EQ(r.json["issued_by"], "receiver");
  EXPECT_EQ(r.json["issued_at"], kMonday);
  EXPECT_EQ(r.json["applicant"]["phone"], "0905111333");
  EXPECT_EQ(r.json["contact_phone"], "02353861234");
  EXPECT_EQ(r.json["items"].size(), 2u);
  EXPECT_GE(r.json["number"].get<int>(), 1);

  const std::string text = pdf_of(r.json, "api-notice-02");
  expect_contains(text, {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Phạm Văn Khoa",
                         "Thủ tục đăng ký khai sinh", "Giấy chứng sinh (bản chính)",
                         "Thiếu chữ ký người đi khai", "Trần Thị Thu Hà", "02353861234",
                         "0905111333", "BỘ PHẬN MỘT CỬA"});
  const std::string number = "Số: " + std::to_string(r.json["number"].get<int>()) + "/TBTN";
  EXPECT_NE(text.find(number), std::string::npos) << number << "\n" << text;
  // Nothing was received: the notice has no dossier code and is no dossier.
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + id).status, 404);
}

TEST_F(ReceptionNoticeApi, RefusalNoticePrintsForm03WithTheReason) {
  auto r = issue(refusal_body());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json["form"], "03");
  EXPECT_EQ(r.json["channel"], "counter");
  const std::string text = pdf_of(r.json, "api-notice-03");
  expect_contains(
      text, {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Võ Thị Lan", "Thủ tục đăng ký kết hôn",
             "Hai bên chưa đủ tuổi kết hôn theo Luật Hôn nhân và gia đình.", "Trần Thị Thu Hà"});
}

TEST_F(ReceptionNoticeApi, BadInputIs400NamingTheField) {
  auto body = supplement_body();
  auto without = [&](const std::string& key) {
    json b = body;
    b.erase(key);
    return b;
  };
  expect_field(issue(without("kind")), "kind");
  auto b = body;
  b["kind"] = "receipt";
  expect_field(issue(b), "kind");
  expect_field(issue(without("procedure_code")), "procedure_code");
  b = body;
  b["procedure_code"] = "9.999999";
  expect_field(issue(b), "procedure_code");
  expect_field(issue(without("applicant")), "applicant");
  b = body;
  b["applicant"]["phone"] = "12345";
  expect_field(issue(b), "applicant.phone");
  b = body;
  b["applicant"].erase("full_name");
  expect_field(issue(b), "applicant.full_name");
  b = body;
  b["applicant"]["id_number"] = "12AB";
  expect_field(issue(b), "applicant.id_number");
  b = body;
  b["channel"] = "fax";
  expect_field(issue(b), "channel");
  expect_field(issue(without("items")), "items");
  b = body;
  b["items"] = json::array();
  expect_field(issue(b), "items");
  b = body;
  b["items"][1]["content"] = "   ";
  expect_field(issue(b), "items[1].content");
  b = body;
  b["items"][0] = "Giấy chứng sinh";
  expect_field(issue(b), "items[0]");
  b = body;
  b["contact_phone"] = "abc";
  expect_field(issue(b), "contact_phone");
  auto refusal = refusal_body();
  refusal.erase("reason");
  expect_field(issue(refusal), "reason");
  refusal["reason"] = "  ";
  expect_field(issue(refusal), "reason");
  refusal["reason"] = "Không thuộc thẩm quyền";
  refusal["items"] = supplement_body()["items"];
  expect_field(issue(refusal), "items");
  expect_field(api_->post("/api/v1/reception-notices", json("not an object")), "body");
}

TEST_F(ReceptionNoticeApi, AnotherAgencyIs403) {
  auto body = supplement_body();
  body["agency_code"] = "48.STP";
  auto r = issue(body);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json["error"]["field"], "agency_code");
  body["agency_code"] = "20410";
  r = issue(body);
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string pdf = r.json["pdf_url"];

  // A specialist of the same commune may read it but not issue one.
  api_->login("specialist");
  EXPECT_EQ(issue(supplement_body()).status, 403);
  EXPECT_EQ(api_->get(pdf).status, 200);
  // The city's Department of Justice is not above the commune.
  api_->login("stp_specialist");
  auto foreign = api_->get(pdf);
  EXPECT_EQ(foreign.status, 403) << foreign.body;
  EXPECT_EQ(api_->get("/api/v1/reception-notices?agency=20410").status, 403);
  // The province is.
  api_->login("province_admin");
  EXPECT_EQ(api_->get(pdf).status, 200);
  auto listed = api_->get("/api/v1/reception-notices?agency=20410&from=2026-03-02&to=2026-03-02");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_FALSE(listed.json["items"].empty());
  // A list shows the applicant's personal data masked; the name stays.
  bool seen = false;
  for (const auto& n : listed.json["items"]) {
    if (n["applicant"]["full_name"] != "Phạm Văn Khoa") continue;
    seen = true;
    EXPECT_EQ(n["applicant"]["phone"], "090****333") << n;
    EXPECT_EQ(n["applicant"]["address"], "***, phường Hội An") << n;
  }
  EXPECT_TRUE(seen) << listed.body;
  // The commune's receiver does not see the province's list.
  api_->login("receiver");
  auto up = api_->get("/api/v1/reception-notices?agency=48");
  EXPECT_EQ(up.status, 403);
  EXPECT_EQ(up.json["error"]["field"], "agency");
  api_->logout_locally();
  EXPECT_EQ(api_->get(pdf).status, 401);
  EXPECT_EQ(issue(supplement_body()).status, 401);
  api_->login("receiver");
  EXPECT_EQ(api_->get("/api/v1/reception-notices/20410-TB26-9999.pdf").status, 404);
}

TEST_F(ReceptionNoticeApi, ListsTheDaysNoticesAndNeverCountsThemAsDossiers) {
  // A day of its own: Wednesday 11 March 2026.
  std::vector<std::string> ids;
  const char* times[] = {"2026-03-11T08:00:00+07:00", "2026-03-11T09:00:00+07:00",
                         "2026-03-11T10:00:00+07:00"};
  const json bodies[] = {supplement_body(), refusal_body(), supplement_body()};
  for (int i = 0; i < 3; ++i) {
    api_->set_clock(times[i]);
    api_->login("receiver");
    auto r = issue(bodies[i]);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json["issued_at"], times[i]);
    ids.push_back(r.json["id"]);
  }
  // Numbers run on within the year.
  for (size_t i = 1; i < ids.size(); ++i) {
    const int a = std::stoi(ids[i - 1].substr(ids[i - 1].rfind('-') + 1));
    const int b = std::stoi(ids[i].substr(ids[i].rfind('-') + 1));
    EXPECT_EQ(b, a + 1) << ids[i - 1] << " " << ids[i];
  }
  auto page = api_->get("/api/v1/reception-notices?from=2026-03-11&to=2026-03-11&limit=2");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json["agency_code"], "20410");
  EXPECT_EQ(page.json["counts"]["supplement"], 2);
  EXPECT_EQ(page.json["counts"]["refusal"], 1);
  EXPECT_EQ(page.json["counts"]["total"], 3);
  ASSERT_EQ(page.json["items"].size(), 2u);
  EXPECT_EQ(page.json["items"][0]["id"], ids[0]);
  EXPECT_EQ(page.json["items"][1]["id"], ids[1]);
  ASSERT_TRUE(page.json["next_cursor"].is_string()) << page.body;
  auto rest = api_->get("/api/v1/reception-notices?from=2026-03-11&to=2026-03-11&limit=2&cursor=" +
                        page.json["next_cursor"].get<std::string>());
  ASSERT_EQ(rest.status, 200) << rest.body;
  ASSERT_EQ(rest.json["items"].size(), 1u);
  EXPECT_EQ(rest.json["items"][0]["id"], ids[2]);
  EXPECT_TRUE(rest.json["next_cursor"].is_null());
  EXPECT_FALSE(rest.json.contains("counts"));
  auto before = api_->get("/api/v1/reception-notices?to=2026-03-10");
  for (const auto& n : before.json["items"])
    EXPECT_LT(n["issued_at"].get<std::string>(), "2026-03-11") << n.dump();
  // kind= lists one kind; the counts still cover the period's notices of both kinds.
  auto refusals = api_->get("/api/v1/reception-notices?from=2026-03-11&to=2026-03-11&kind=refusal");
  ASSERT_EQ(refusals.status, 200) << refusals.body;
  ASSERT_EQ(refusals.json["items"].size(), 1u) << refusals.body;
  EXPECT_EQ(refusals.json["items"][0]["id"], ids[1]);
  EXPECT_EQ(refusals.json["items"][0]["form"], "03");
  EXPECT_EQ(refusals.json["counts"]["total"], 3);
  auto supplements =
      api_->get("/api/v1/reception-notices?from=2026-03-11&to=2026-03-11&kind=supplement&limit=1");
  ASSERT_EQ(supplements.status, 200) << supplements.body;
  ASSERT_EQ(supplements.json["items"].size(), 1u);
  EXPECT_EQ(supplements.json["items"][0]["id"], ids[0]);
  auto next = api_->get(
      "/api/v1/reception-notices?from=2026-03-11&to=2026-03-11&kind=supplement&limit=1&cursor=" +
      supplements.json["next_cursor"].get<std::string>());
  ASSERT_EQ(next.status, 200) << next.body;
  ASSERT_EQ(next.json["items"].size(), 1u);
  EXPECT_EQ(next.json["items"][0]["id"], ids[2]);
  EXPECT_TRUE(next.json["next_cursor"].is_null());
  expect_field(api_->get("/api/v1/reception-notices?kind=phieu"), "kind");
  expect_field(api_->get("/api/v1/reception-notices?from=hôm-qua"), "from");
  expect_field(api_->get("/api/v1/reception-notices?from=2026-03-12&to=2026-03-11"), "to");

  // None of them is a dossier: the day's first dossier is number 0001, and the queue has only it.
  auto d = api_->post("/api/v1/dossiers", application_for(*api_, "1.001193"));
  ASSERT_EQ(d.status, 201) << d.body;
  EXPECT_EQ(d.json["code"], "20410-260311-0001");
}

TEST_F(ReceptionNoticeApi, ARetryWithTheSameIdempotencyKeyGetsTheSameNotice) {
  auto first = api_->post("/api/v1/reception-notices", refusal_body(),
                          {{"Idempotency-Key", "notice-retry-1"}});
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = api_->post("/api/v1/reception-notices", refusal_body(),
                          {{"Idempotency-Key", "notice-retry-1"}});
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json["id"], first.json["id"]);
  EXPECT_EQ(again.json["number"], first.json["number"]);
  // Without a key, or with another, a new notice with the next number.
  auto other = issue(refusal_body());
  ASSERT_EQ(other.status, 201) << other.body;
  EXPECT_EQ(other.json["number"].get<int>(), first.json["number"].get<int>() + 1);
  // Another officer's key is not theirs to replay.
  api_->login("admin");
  auto stolen = api_->post("/api/v1/reception-notices", refusal_body(),
                           {{"Idempotency-Key", "notice-retry-1"}});
  EXPECT_EQ(stolen.status, 409) << stolen.body;
  EXPECT_EQ(stolen.json["error"]["field"], "Idempotency-Key");
}

TEST_F(ReceptionNoticeApi, StoredNoticesCannotBeChangedOrRemoved) {
  auto r = issue(refusal_body());
  ASSERT_EQ(r.status, 201) << r.body;
  for (const char* statement :
       {"UPDATE reception_notices SET reason = 'khác'", "DELETE FROM reception_notices"}) {
    std::string out;
    EXPECT_NE(raw_sql(server_->db_path(), statement, &out), 0) << statement;
    EXPECT_NE(out.find("reception_notices is append-only"), std::string::npos) << out;
  }
  EXPECT_EQ(api_->get(r.json["pdf_url"].get<std::string>()).status, 200);
}

}  // namespace
}  // namespace motcua::testing

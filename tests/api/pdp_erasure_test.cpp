// Erasure of an applicant's personal data (issue 14, point 3; Law 91/2025 Art. 14) through
// `motcua pdp erase`, `pdp erase-expired` and `pdp retention` on the live store: nothing of a
// dossier in processing; the contact details of a finished one at the applicant's request;
// everything, uploaded files included, once the retention period the province set has ended
// or by a competent agency's decision. The history chain still verifies after each.
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"
#include "support/online_submission.hpp"
#include "support/raw_sql.hpp"
#include "support/scoped_env.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

constexpr const char* kErasedPerson = "048190006161";
constexpr const char* kOnlinePerson = "048190006262";
constexpr const char* kSameFilesPerson = "048190006464";
// Dossiers finished in 2020: a 5-year period counted from the end of 2020 ended on 1 January
// 2026, before any day these tests run; a 50-year one has not.
constexpr const char* kIn2020 = "2020-06-15T09:00:00+07:00";

class PdpErasure : public DemoServerTest {
 protected:
  int pdp(std::vector<std::string> args, std::string* out) {
    args.insert(args.begin(), "pdp");
    args.insert(args.end(), {"--db", server_->db_path()});
    const int rc = run_motcua(args, out);
    return rc;
  }

  std::string finished_dossier(const std::string& phone = "0905616161") {
    const std::string code = receive("1.004222", [&](json& b) {
      b["applicant"]["id_number"] = kErasedPerson;
      b["applicant"]["full_name"] = "Phan Văn Lợi";
      b["applicant"]["phone"] = phone;
      b["applicant"]["email"] = "loi.phan@example.vn";
      b["applicant"]["address"] = "3 Trần Phú, phường Hội An";
    });
    // Refused after examination: the applicant is told, so the dossier has a message queued.
    auto r = act(code, "specialist", {{"action", "refuse"}, {"reason", "Không đủ điều kiện"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return code;
  }

  json applicant(const std::string& code) {
    api_->login("receiver");
    auto r = api_->get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.value("applicant", json::object());
  }

  json last_event(const std::string& code) {
    api_->login("receiver");
    auto h = api_->get("/api/v1/dossiers/" + code + "/history");
    EXPECT_EQ(h.status, 200) << h.body;
    return h.json["events"].empty() ? json::object() : h.json["events"].back();
  }

  void expect_chain_verifies() {
    std::string out;
    EXPECT_EQ(run_motcua({"audit", "verify", "--db", server_->db_path()}, &out), 0) << out;
  }

  json stored(const std::string& select) { return raw_rows(server_->db_path(), select); }
};

TEST_F(PdpErasure, NothingOfADossierStillInProcessing) {
  const std::string code =
      receive("1.004222", [](json& b) { b["applicant"]["id_number"] = kErasedPerson; });
  std::string out;
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "subject-request"}, &out), 1) << out;
  EXPECT_NE(out.find("nothing erased"), std::string::npos) << out;
  EXPECT_NE(out.find("hồ sơ đang được giải quyết"), std::string::npos) << out;
  EXPECT_FALSE(applicant(code)["phone"].get<std::string>().empty());
  EXPECT_EQ(last_event(code)["action"], "receive");
}

TEST_F(PdpErasure, AFinishedDossierLosesItsContactDetailsOnRequestAndKeepsItsRecord) {
  const std::string code = finished_dossier();
  std::string out;
  // The refusal's message has not gone yet: the agency's own initiative waits for it.
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "purpose-completed"}, &out), 1) << out;
  EXPECT_NE(out.find("còn thông báo chưa gửi"), std::string::npos) << out;
  EXPECT_EQ(applicant(code)["phone"], "0905616161");
  // The applicant's own request does not wait: the message has no one to go to any more.
  ASSERT_EQ(pdp({"erase", "--dossier", code, "--ground", "subject-request"}, &out), 0) << out;
  EXPECT_NE(out.find("erased the contact details"), std::string::npos) << out;
  const json a = applicant(code);
  EXPECT_EQ(a["phone"], "");
  EXPECT_EQ(a["email"], "");
  EXPECT_EQ(a["id_number"], kErasedPerson);
  EXPECT_EQ(a["full_name"], "Phan Văn Lợi");
  EXPECT_EQ(a["address"], "3 Trần Phú, phường Hội An");
  // The messages sent about it no longer say to whom.
  const json sent =
      stored("SELECT recipient FROM notifications WHERE dossier_code = '" + code + "'");
  ASSERT_FALSE(sent.empty());
  for (const auto& m : sent) EXPECT_EQ(m["recipient"], "") << sent;
  EXPECT_TRUE(stored("SELECT id FROM notifications WHERE status = 'queued' AND dossier_code = '" +
                     code + "'")
                  .empty());
  // The applicant still finds the dossier by its code and the phone's last four digits.
  api_->logout_locally();
  auto lookup = api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=6161");
  EXPECT_EQ(lookup.status, 200) << lookup.body;
  EXPECT_EQ(api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=0000").status, 404);
  // On the record, in the dossier's own history, naming no value.
  const json e = last_event(code);
  EXPECT_EQ(e["action"], "personal_data_erased");
  EXPECT_EQ(e["details"]["erased_scope"], "contact");
  EXPECT_EQ(e["details"]["erasure_ground"], "subject-request");
  EXPECT_EQ(e.dump().find("0905616161"), std::string::npos) << e;
  EXPECT_EQ(e["from_status"], "refused");
  EXPECT_EQ(e["to_status"], "refused");
  expect_chain_verifies();
  // Asked again: nothing more goes, and the history does not grow.
  const auto seq = e["seq"];
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "subject-request"}, &out), 0) << out;
  EXPECT_NE(out.find("nothing more to erase"), std::string::npos) << out;
  EXPECT_EQ(last_event(code)["seq"], seq);
  // Without a period set, the end of retention erases nothing more.
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "retention-ended"}, &out), 0) << out;
  EXPECT_NE(out.find("no retention period is set"), std::string::npos) << out;
  EXPECT_EQ(applicant(code)["id_number"], kErasedPerson);
}

TEST_F(PdpErasure, AnAuthoritysDecisionErasesEverythingAndMustBeNamed) {
  const std::string code = finished_dossier();
  std::string out;
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "authority-decision"}, &out), 2) << out;
  EXPECT_NE(out.find("[decision]"), std::string::npos) << out;
  EXPECT_EQ(pdp({"erase", "--dossier", code, "--ground", "because"}, &out), 2) << out;
  EXPECT_EQ(pdp({"erase", "--dossier", "NO-SUCH", "--ground", "subject-request"}, &out), 2) << out;
  EXPECT_EQ(applicant(code)["id_number"], kErasedPerson);

  const std::string decision = "Quyết định 15/QĐ-UBND ngày 01/12/2026";
  ASSERT_EQ(
      pdp({"erase", "--dossier", code, "--ground", "authority-decision", "--decision", decision},
          &out),
      0)
      << out;
  const json a = applicant(code);
  for (const char* field : {"full_name", "id_number", "phone", "email", "address"})
    EXPECT_EQ(a[field], "") << field;
  const json row = stored(
      "SELECT applicant_id_hash, applicant_phone_last4 FROM dossiers WHERE code = '" + code + "'");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0]["applicant_id_hash"], "");
  EXPECT_EQ(row[0]["applicant_phone_last4"], "");
  EXPECT_EQ(last_event(code)["details"]["decision"], decision);
  // The public lookup by the last phone digits finds it no more.
  api_->logout_locally();
  EXPECT_EQ(api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=6161").status, 404);
  expect_chain_verifies();
}

TEST_F(PdpErasure, TheWordsInItsHistoryGoWithEverythingAndTheChainStillVerifies) {
  const std::string code = receive("1.001193", [](json& b) {
    b["applicant"]["id_number"] = kErasedPerson;
    b["applicant"]["phone"] = "0905656565";
  });
  ASSERT_EQ(
      act(code, "specialist", {{"action", "claim"}, {"note", "Đã gọi ông Lợi ở Hội An"}}).status,
      200);
  ASSERT_EQ(act(code, "specialist", {{"action", "approve"}}).status, 200);
  ASSERT_EQ(act(code, "leader", {{"action", "sign"}}).status, 200);
  ASSERT_EQ(act(code, "specialist", {{"action", "result_ready"}}).status, 200);
  ASSERT_EQ(act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}}).status,
            200);
  api_->logout_locally();
  auto rated = api_->post(
      "/api/v1/public/dossiers/" + code + "/rating",
      {{"phone_last4", "6565"}, {"level", "dissatisfied"}, {"comment", "Ông Lợi chờ hai tiếng"}});
  ASSERT_EQ(rated.status, 201) << rated.body;

  // Until its erasure of everything is on record, no one empties those words, whoever writes
  // the SQL.
  std::string out;
  for (const std::string& statement :
       {"UPDATE dossier_events SET note = '', text_salt = '' WHERE dossier_code = '" + code + "'",
        "UPDATE ratings SET comment = '' WHERE dossier_code = '" + code + "'"}) {
    EXPECT_NE(raw_sql(server_->db_path(), statement, &out), 0) << statement;
    EXPECT_NE(out.find("append-only"), std::string::npos) << out;
  }
  ASSERT_EQ(pdp({"erase", "--dossier", code, "--ground", "authority-decision", "--decision",
                 "Quyết định 16/QĐ-UBND ngày 01/12/2026"},
                &out),
            0)
      << out;
  // The claim's note and the rating's comment, in its event and in its row.
  EXPECT_NE(out.find("(3 notes removed)"), std::string::npos) << out;
  api_->login("receiver");
  auto h = api_->get("/api/v1/dossiers/" + code + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_EQ(h.body.find("Lợi"), std::string::npos) << h.body;
  int erased = 0;
  for (const auto& e : h.json["events"]) {
    EXPECT_EQ(e["note"], "") << e;
    erased += e["text_erased"].get<bool>();
  }
  EXPECT_EQ(erased, 2) << h.body;
  EXPECT_EQ(h.json["events"].back()["details"]["texts_erased"], 3);
  EXPECT_EQ(stored("SELECT comment FROM ratings WHERE dossier_code = '" + code + "'")[0]["comment"],
            "");
  expect_chain_verifies();
  // Erased words cannot come back.
  EXPECT_NE(
      raw_sql(server_->db_path(),
              "UPDATE dossier_events SET note = 'Ông Lợi' WHERE dossier_code = '" + code + "'",
              &out),
      0);
  EXPECT_NE(out.find("append-only"), std::string::npos) << out;
}

TEST_F(PdpErasure, EveryRecordOfAPersonGoesWholeOnceRetentionEnds) {
  api_->set_clock(kIn2020);
  const json body = sample_submission("0905626262", kOnlinePerson);
  auto mine = submit_online(*api_, body, online_documents(*api_, "1.001193"));
  ASSERT_EQ(mine.status, 201) << mine.body;
  const std::string code = mine.json["code"];
  // Someone else sent the very same files: they stay for that dossier.
  json other_body = body;
  other_body["applicant"]["id_number"] = kSameFilesPerson;
  auto other = submit_online(*api_, other_body, online_documents(*api_, "1.001193"));
  ASSERT_EQ(other.status, 201) << other.body;
  api_->login("receiver");
  auto notice = api_->post(
      "/api/v1/reception-notices",
      {{"kind", "refusal"}, {"dossier_code", code}, {"reason", "Không thuộc thẩm quyền."}});
  ASSERT_EQ(notice.status, 201) << notice.body;
  const std::string notice_id = notice.json["id"];
  const std::string others = other.json["code"];
  auto other_notice = api_->post(
      "/api/v1/reception-notices",
      {{"kind", "refusal"}, {"dossier_code", others}, {"reason", "Không thuộc thẩm quyền."}});
  ASSERT_EQ(other_notice.status, 201) << other_notice.body;

  // Until its erasure of everything is on record, the notice's name and the dossier's files
  // stay as they were: append-only, whoever writes the SQL.
  std::string out;
  for (const std::string& statement :
       {"UPDATE reception_notices SET applicant_name = '' WHERE id = '" + notice_id + "'",
        "DELETE FROM dossier_uploads WHERE dossier_code = '" + code + "'"}) {
    EXPECT_NE(raw_sql(server_->db_path(), statement, &out), 0) << statement;
    EXPECT_NE(out.find("append-only"), std::string::npos) << out;
  }
  ASSERT_EQ(pdp({"retention", "set", "--procedure", "1.001193", "--years", "50", "--basis",
                 "Danh mục thời hạn lưu trữ của tỉnh"},
                &out),
            0)
      << out;
  EXPECT_EQ(pdp({"erase", "--id-number", kOnlinePerson, "--ground", "retention-ended"}, &out), 1)
      << out;
  EXPECT_NE(out.find("chưa hết thời hạn lưu trữ"), std::string::npos) << out;
  EXPECT_NE(out.find("retention ends 2071-01-01T00:00:00+07:00"), std::string::npos) << out;

  ASSERT_EQ(pdp({"retention", "set", "--procedure", "1.001193", "--years", "5", "--basis",
                 "Danh mục thời hạn lưu trữ của tỉnh, sửa đổi"},
                &out),
            0)
      << out;
  EXPECT_NE(out.find("setting 2"), std::string::npos) << out;
  ASSERT_EQ(pdp({"erase", "--id-number", kOnlinePerson, "--ground", "retention-ended"}, &out), 0)
      << out;
  EXPECT_NE(out.find("dossier " + code + ": erased everything"), std::string::npos) << out;
  EXPECT_NE(out.find("notice " + notice_id + ": erased everything"), std::string::npos) << out;

  const json row = stored(
      "SELECT applicant_name, applicant_id_number, applicant_phone, applicant_address, "
      "applicant_id_hash FROM dossiers WHERE code = '" +
      code + "'");
  ASSERT_EQ(row.size(), 1u);
  for (const auto& [column, value] : row[0].items()) EXPECT_EQ(value, "") << column;
  const json n = stored(
      "SELECT applicant_name, applicant_id_number, applicant_phone, reason FROM "
      "reception_notices WHERE id = '" +
      notice_id + "'");
  ASSERT_EQ(n.size(), 1u);
  for (const auto& [column, value] : n[0].items()) EXPECT_EQ(value, "") << column;
  // The dossier's files are gone from it; the same bytes stay for the other dossier.
  EXPECT_TRUE(
      stored("SELECT position FROM dossier_uploads WHERE dossier_code = '" + code + "'").empty());
  const json kept = stored(
      "SELECT u.sha256 FROM dossier_uploads d JOIN uploads u ON u.sha256 = d.sha256 WHERE "
      "d.dossier_code = '" +
      others + "'");
  EXPECT_FALSE(kept.empty());
  EXPECT_GE(last_event(code)["details"].value("uploads_removed", 0), 1);
  // The person is found no more; the other applicant still is.
  std::string exported;
  ASSERT_EQ(run_motcua({"pdp", "export", "--db", server_->db_path(), "--id-number", kOnlinePerson},
                       &exported),
            0);
  const json all = json::parse(exported);
  EXPECT_TRUE(all["dossiers"].empty()) << exported;
  EXPECT_TRUE(all["reception_notices"].empty()) << exported;
  ASSERT_EQ(
      run_motcua({"pdp", "export", "--db", server_->db_path(), "--id-number", kSameFilesPerson},
                 &exported),
      0);
  EXPECT_EQ(json::parse(exported)["dossiers"].size(), 1u) << exported;
  expect_chain_verifies();

  // Once a file no dossier names, the bytes themselves go with the last one.
  ASSERT_EQ(pdp({"erase", "--dossier", others, "--ground", "retention-ended"}, &out), 0) << out;
  // The notice that answered that dossier goes with it.
  const std::string others_notice = other_notice.json["id"];
  EXPECT_NE(out.find("notice " + others_notice + ": erased everything"), std::string::npos) << out;
  EXPECT_EQ(stored("SELECT applicant_name FROM reception_notices WHERE id = '" + others_notice +
                   "'")[0]["applicant_name"],
            "");
  EXPECT_TRUE(stored("SELECT sha256 FROM uploads WHERE sha256 IN (" +
                     [&] {
                       std::string list;
                       for (const auto& k : kept)
                         list += (list.empty() ? "'" : ",'") + k["sha256"].get<std::string>() + "'";
                       return list;
                     }() +
                     ")")
                  .empty());
}

TEST_F(PdpErasure, TheSweepErasesOnlyWhatsRetentionEnded) {
  api_->set_clock(kIn2020);
  const std::string expired = finished_dossier("0905636363");
  const std::string permanent =
      receive("1.000894", [](json& b) { b["applicant"]["id_number"] = "048190006363"; });
  ASSERT_EQ(act(permanent, "receiver", {{"action", "withdraw"}, {"reason", "Rút"}}).status, 200);
  api_->set_clock("2026-11-30T09:00:00+07:00");
  const std::string recent = finished_dossier("0905646464");

  std::string out;
  ASSERT_EQ(pdp({"retention", "set", "--procedure", "*", "--years", "5", "--basis",
                 "Thời hạn chung của tỉnh"},
                &out),
            0)
      << out;
  ASSERT_EQ(pdp({"retention", "set", "--procedure", "1.000894", "--permanent", "--basis",
                 "Bảo quản vĩnh viễn"},
                &out),
            0)
      << out;
  EXPECT_EQ(
      pdp({"retention", "set", "--procedure", "9.999999", "--years", "5", "--basis", "x"}, &out), 2)
      << out;
  EXPECT_EQ(
      pdp({"retention", "set", "--procedure", "*", "--years", "5", "--permanent", "--basis", "x"},
          &out),
      2)
      << out;
  ASSERT_EQ(pdp({"retention", "list"}, &out), 0) << out;
  EXPECT_NE(out.find("1.000894\tpermanent\tBảo quản vĩnh viễn"), std::string::npos) << out;
  EXPECT_NE(out.find("*\t5 years\tThời hạn chung của tỉnh"), std::string::npos) << out;

  // An altered field (a sealed phone copied from another dossier: it no longer opens) does not
  // keep the sweep from the dossier, nor from any after it: erasing opens nothing.
  ASSERT_EQ(raw_sql(server_->db_path(),
                    "UPDATE dossiers SET applicant_phone = (SELECT applicant_phone FROM dossiers "
                    "WHERE code = '" +
                        recent + "') WHERE code = '" + expired + "'"),
            0);
  {
    // A cron job without the key file: erasing opens no sealed value.
    ScopedEnv no_keys("MOTCUA_DATA_KEY_FILE", "/nonexistent/motcua-data.keys");
    ASSERT_EQ(pdp({"erase-expired"}, &out), 0) << out;
  }
  EXPECT_NE(out.find("dossier " + expired + ": erased everything"), std::string::npos) << out;
  EXPECT_EQ(out.find(permanent), std::string::npos) << out;
  EXPECT_EQ(out.find(recent), std::string::npos) << out;
  EXPECT_EQ(applicant(expired)["id_number"], "");
  EXPECT_EQ(applicant(permanent)["id_number"], "048190006363");
  EXPECT_EQ(applicant(recent)["id_number"], kErasedPerson);
  // A second sweep finds nothing new.
  ASSERT_EQ(pdp({"erase-expired"}, &out), 0) << out;
  EXPECT_NE(out.find(" 0 erased whole"), std::string::npos) << out;
  expect_chain_verifies();
}

}  // namespace
}  // namespace motcua::testing

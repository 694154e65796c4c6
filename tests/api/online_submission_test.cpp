// Online submission over real HTTP (issue 11): a citizen submits a dossier with its files on
// the portal, the desk accepts it (the appointment counts from then) or answers it with Form
// 02 / 03, and once the result is returned the applicant rates the service. Bad uploads, a
// missing document, wrong phone digits and a second rating are refused by name.
#include "support/online_submission.hpp"

#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"
#include "support/sample_files.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

const std::string& kPng = small_png();

json submission(const std::string& phone = "0905111222") { return sample_submission(phone); }

class OnlineSubmissionApi : public DemoServerTest {
 protected:
  // Submits with the documents of 1.001193 the online channel demands (4: birth certificate,
  // 6: identity paper, and the online e-form where the catalogue has one).
  ApiResponse submit(const json& body, httplib::MultipartFormDataItems files,
                     const std::string& key = "") {
    return submit_online(*api_, body, std::move(files), key);
  }
  httplib::MultipartFormDataItems all_documents() { return online_documents(*api_, "1.001193"); }
  static void expect_field(const ApiResponse& r, const std::string& field,
                           const std::string& code = "") {
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json["error"]["field"], field) << r.body;
    if (!code.empty()) {
      EXPECT_EQ(r.json["error"]["code"], code) << r.body;
    }
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty()) << r.body;
  }
  json public_view(const std::string& code, const std::string& last4 = "1222") {
    api_->logout_locally();
    auto r = api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=" + last4);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json;
  }
  std::vector<std::string> history_actions(const std::string& code) {
    api_->login("receiver");
    auto h = api_->get("/api/v1/dossiers/" + code + "/history");
    std::vector<std::string> out;
    for (const auto& e : h.json["events"]) out.push_back(e["action"]);
    return out;
  }
  json indicators() {
    api_->login("leader");
    auto r = api_->get("/api/v1/stats/indicators?from=2026-03-01&to=2026-03-31");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json["rows"].at(0);
  }
};

TEST_F(OnlineSubmissionApi, SubmittedThenAcceptedCountsFromAcceptanceAndIsRatedOnce) {
  auto files = all_documents();
  ASSERT_GE(files.size(), 2u);
  auto r = submit(submission(), files, "form-1");
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string code = r.json["code"];
  EXPECT_EQ(code.rfind("20410-260302-", 0), 0u) << code;
  EXPECT_EQ(r.json["status"], "submitted");
  EXPECT_EQ(r.json["received_at"], nullptr);
  EXPECT_EQ(r.json["due_at"], nullptr);
  // A retry with the same key makes no second dossier.
  auto again = submit(submission(), files, "form-1");
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json["code"], code);
  // The same key for another applicant's phone is refused.
  EXPECT_EQ(submit(submission("0912000999"), files, "form-1").status, 409);

  // Trackable at once, not received.
  auto view = public_view(code);
  EXPECT_EQ(view["status"], "submitted");
  EXPECT_EQ(view["can_rate"], false);

  // In the desk's reception queue, with its files; not in anyone's work queue.
  api_->login("receiver");
  auto queue = api_->get("/api/v1/online-submissions");
  ASSERT_EQ(queue.status, 200) << queue.body;
  bool listed = false;
  for (const auto& d : queue.json["items"]) {
    if (d["code"] != code) continue;
    listed = true;
    // Masked in the list; whole in the dossier's own view (a recorded read).
    EXPECT_EQ(d["applicant"]["id_number"], "048******234") << d;
    EXPECT_EQ(d["applicant"]["phone"], "090****222") << d;
    EXPECT_EQ(d["applicant"]["address"], "***, phường Hội An") << d;
  }
  EXPECT_TRUE(listed) << queue.body;
  EXPECT_EQ(api_->get("/api/v1/dossiers/" + code).json["applicant"]["id_number"], "048190001234");
  auto uploads = api_->get("/api/v1/dossiers/" + code + "/uploads");
  ASSERT_EQ(uploads.status, 200) << uploads.body;
  ASSERT_EQ(uploads.json["items"].size(), files.size());
  auto first = api_->get(uploads.json["items"][0]["url"].get<std::string>());
  EXPECT_EQ(first.status, 200);
  EXPECT_TRUE(first.body == small_pdf() || first.body == kPng);
  EXPECT_EQ(uploads.json["items"][0]["sha256"].get<std::string>().size(), 64u);
  const json at_submission = indicators();

  // Accepted the next morning: received then, the appointment counted from then.
  api_->set_clock("2026-03-03T08:30:00+07:00");
  api_->login("specialist");
  EXPECT_EQ(api_->post("/api/v1/online-submissions/" + code + "/accept", json::object()).status,
            403);
  api_->login("receiver");
  // The test clock runs on from where it is set: set again, so that the acceptance falls in
  // the very second however long the logins took on a busy machine.
  api_->set_clock("2026-03-03T08:30:00+07:00");
  auto accepted = api_->post("/api/v1/online-submissions/" + code + "/accept", json::object());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json["status"], "in_progress");
  EXPECT_EQ(accepted.json["received_at"], "2026-03-03T08:30:00+07:00");
  // 1 working day from Tuesday 08:30, as at the counter: the end of Wednesday.
  EXPECT_EQ(accepted.json["due_at"], "2026-03-04T17:00:00+07:00");
  EXPECT_EQ(accepted.json["received_by"], "receiver");
  EXPECT_EQ(api_->post("/api/v1/online-submissions/" + code + "/accept", json::object()).status,
            409);
  // Received (online) on the acceptance day only.
  const json at_acceptance = indicators();
  EXPECT_EQ(at_acceptance["received"], at_submission["received"].get<int>() + 1);
  EXPECT_EQ(at_acceptance["received_online"], at_submission["received_online"].get<int>() + 1);

  // Through its steps to the return.
  ASSERT_EQ(act(code, "specialist", {{"action", "claim"}}).status, 200);
  ASSERT_EQ(act(code, "specialist", {{"action", "approve"}}).status, 200);
  ASSERT_EQ(act(code, "leader", {{"action", "sign"}}).status, 200);
  ASSERT_EQ(act(code, "specialist", {{"action", "result_ready"}}).status, 200);
  auto returned = act(code, "receiver", {{"action", "return_result"}, {"method", "counter"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(public_view(code)["can_rate"], true);

  // Rating: the digits prove who rates; one rating only.
  api_->logout_locally();
  auto wrong = api_->post("/api/v1/public/dossiers/" + code + "/rating",
                          {{"phone_last4", "0000"}, {"level", "satisfied"}});
  EXPECT_EQ(wrong.status, 404) << wrong.body;
  auto bad_level = api_->post("/api/v1/public/dossiers/" + code + "/rating",
                              {{"phone_last4", "1222"}, {"level", "great"}});
  expect_field(bad_level, "level");
  auto rated =
      api_->post("/api/v1/public/dossiers/" + code + "/rating",
                 {{"phone_last4", "1222"}, {"level", "dissatisfied"}, {"comment", "Chờ lâu"}});
  ASSERT_EQ(rated.status, 201) << rated.body;
  EXPECT_EQ(rated.json["label"], "Không hài lòng");
  auto twice = api_->post("/api/v1/public/dossiers/" + code + "/rating",
                          {{"phone_last4", "1222"}, {"level", "satisfied"}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_FALSE(twice.json["error"]["message_vi"].get<std::string>().empty());
  auto after = public_view(code);
  EXPECT_EQ(after["can_rate"], false);
  EXPECT_EQ(after["rating"]["level"], "dissatisfied");

  EXPECT_EQ(history_actions(code),
            (std::vector<std::string>{"submit_online", "accept_online", "claim", "approve", "sign",
                                      "result_ready", "return_result", "rated"}));
  api_->login("receiver");
  auto h = api_->get("/api/v1/dossiers/" + code + "/history");
  EXPECT_EQ(h.json["events"].back()["details"]["rating"], "dissatisfied");
}

TEST_F(OnlineSubmissionApi, RefusalNoticeClosesTheSubmissionUnreceivedAndCountsAtReception) {
  api_->set_clock("2026-03-05T09:00:00+07:00");
  auto r = submit(submission("0905333444"), all_documents());
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string code = r.json["code"];
  const json before = indicators();
  api_->login("receiver");
  auto notice = api_->post("/api/v1/reception-notices",
                           {{"kind", "refusal"},
                            {"dossier_code", code},
                            {"reason", "Trẻ đã được đăng ký khai sinh tại nơi khác."}});
  ASSERT_EQ(notice.status, 201) << notice.body;
  EXPECT_EQ(notice.json["applicant"]["full_name"], "Lê Thị Mai");
  EXPECT_EQ(notice.json["channel"], "online");
  EXPECT_EQ(notice.json["dossier_code"], code);
  auto view = public_view(code, "3444");
  EXPECT_EQ(view["status"], "not_received");
  EXPECT_EQ(history_actions(code), (std::vector<std::string>{"submit_online", "not_received"}));
  // Closed: neither accepted nor answered again.
  api_->login("receiver");
  EXPECT_EQ(api_->post("/api/v1/online-submissions/" + code + "/accept", json::object()).status,
            409);
  const json after = indicators();
  EXPECT_EQ(after["refused_at_reception"], before["refused_at_reception"].get<int>() + 1) << after;
  EXPECT_EQ(after["received"], before["received"]) << after;
}

TEST_F(OnlineSubmissionApi, BadUploadsAndMissingDocumentsAreRefusedByName) {
  auto files = all_documents();
  // Text disguised as a PDF by its name and type.
  auto disguised = files;
  disguised[0].content = "<html><script>alert(1)</script></html>";
  expect_field(submit(submission(), disguised), disguised[0].name, "files.type");
  // Starts like a PDF, is none.
  auto broken = files;
  broken[0].content = "%PDF-1.7\nnot really a pdf";
  expect_field(submit(submission(), broken), broken[0].name, "files.corrupt");
  // A PNG cut short.
  auto cut = files;
  cut[0].content = kPng.substr(0, 40);
  expect_field(submit(submission(), cut), cut[0].name, "files.corrupt");
  // Over 10 MiB.
  auto big = files;
  big[0].content = small_pdf() + std::string(10 * 1024 * 1024, ' ');
  expect_field(submit(submission(), big), big[0].name, "files.size");
  // A file name that is not text (a device that names files in another encoding).
  auto garbled = files;
  garbled[0].filename = "gi\xe1y.pdf";
  expect_field(submit(submission(), garbled), garbled[0].name);
  // A mandatory document missing.
  auto missing = files;
  missing.pop_back();
  expect_field(submit(submission(), missing), "documents", "documents.missing_mandatory");
  // The applicant checked as at the counter.
  auto body = submission();
  body["applicant"]["id_number"] = "12345";
  expect_field(submit(body, files), "applicant.id_number");
  body = submission("123");
  expect_field(submit(body, files), "applicant.phone");
  // A procedure not offered online, an unknown desk.
  body = submission();
  body["agency_code"] = "no-such-agency";
  expect_field(submit(body, files), "agency_code");
  // Nothing was stored.
  api_->login("receiver");
  auto queue = api_->get("/api/v1/online-submissions");
  for (const auto& d : queue.json["items"])
    EXPECT_NE(d["applicant"]["full_name"], "Lê Thị Mai") << d;
}

// A phone names a photo as it likes; the name is kept to 255 bytes, never cut inside a letter,
// and keeps its extension.
TEST_F(OnlineSubmissionApi, ALongFileNameIsCutOnACharacterBoundary) {
  api_->set_clock("2026-03-06T10:00:00+07:00");
  auto files = all_documents();
  std::string long_name;
  for (int i = 0; i < 100; ++i) long_name += "ệ";  // 3 bytes each
  files[0].filename = long_name + ".pdf";
  auto r = submit(submission("0905555666"), files);
  ASSERT_EQ(r.status, 201) << r.body;
  api_->login("receiver");
  auto uploads = api_->get("/api/v1/dossiers/" + r.json["code"].get<std::string>() + "/uploads");
  ASSERT_EQ(uploads.status, 200) << uploads.body;
  std::string kept;
  for (const auto& u : uploads.json["items"])
    if (u["required_id"] == std::stoi(files[0].name.substr(9))) kept = u["file_name"];
  EXPECT_EQ(kept, long_name.substr(0, 249) + ".pdf") << kept;  // 83 whole letters and ".pdf"
}

TEST_F(OnlineSubmissionApi, GuessingThePhoneDigitsLocksTheDossier) {
  api_->set_clock("2026-03-06T09:00:00+07:00");
  auto r = submit(submission("0905777888"), all_documents());
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string code = r.json["code"];
  api_->logout_locally();
  int locked = 0;
  for (int i = 0; i < 6; ++i) {
    char digits[8];
    std::snprintf(digits, sizeof digits, "%04d", 1000 + i);
    auto g = api_->post("/api/v1/public/dossiers/" + code + "/rating",
                        {{"phone_last4", digits}, {"level", "satisfied"}});
    if (g.status == 429)
      ++locked;
    else
      EXPECT_EQ(g.status, 404) << g.body;
  }
  EXPECT_GE(locked, 1);
  // Locked even for the right digits until the lock runs out.
  auto right = api_->post("/api/v1/public/dossiers/" + code + "/rating",
                          {{"phone_last4", "7888"}, {"level", "satisfied"}});
  EXPECT_EQ(right.status, 429) << right.body;
  EXPECT_FALSE(right.header("Retry-After").empty());
}

TEST_F(OnlineSubmissionApi, AgenciesToChooseFrom) {
  api_->logout_locally();
  auto provinces = api_->get("/api/v1/public/procedures/1.001193/agencies");
  ASSERT_EQ(provinces.status, 200) << provinces.body;
  ASSERT_FALSE(provinces.json["items"].empty());
  bool da_nang = false;
  for (const auto& p : provinces.json["items"]) da_nang |= p["code"] == "48";
  ASSERT_TRUE(da_nang) << provinces.body;
  auto communes = api_->get("/api/v1/public/procedures/1.001193/agencies?parent=48");
  ASSERT_EQ(communes.status, 200);
  bool hoi_an = false;
  for (const auto& c : communes.json["items"]) hoi_an |= c["code"] == "20410";
  EXPECT_TRUE(hoi_an) << communes.body.substr(0, 500);
  auto levels = api_->get("/api/v1/public/rating-levels");
  ASSERT_EQ(levels.status, 200);
  EXPECT_EQ(levels.json["items"].size(), 4u);
}

}  // namespace
}  // namespace motcua::testing

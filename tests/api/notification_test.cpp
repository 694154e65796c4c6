// The applicant is told: an apology, a supplement request, a refusal or a ready result queues
// a message (SMS, and e-mail when given) that the desk or a gateway delivers, and the public
// status page shows it at once (Decree 61/2018 Art. 19(9)).
#include <gtest/gtest.h>

#include <set>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

class NotificationApi : public DemoServerTest {
 protected:
  std::string receive(const std::string& email = {}) {
    return DemoServerTest::receive("1.004222", [&](nlohmann::json& body) {
      if (!email.empty()) body["applicant"]["email"] = email;
    });
  }
  nlohmann::json outbox_of(const std::string& code) {
    api_->login("receiver");
    auto r = api_->get("/api/v1/notifications?dossier=" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json["items"];
  }
};

TEST_F(NotificationApi, ApologyIsQueuedForTheApplicantAndShownOnTheStatusPage) {
  const std::string code = receive("dao.nguyen@example.vn");
  EXPECT_TRUE(outbox_of(code).empty());          // reception itself owes no message here
  api_->set_clock("2026-03-12T09:00:00+07:00");  // a day after the 11 March appointment
  auto r = act(code, "specialist",
               {{"action", "apologize"},
                {"reason", "Cần xác minh thêm thông tin"},
                {"new_due_at", "2026-03-25T16:00:00+07:00"}});
  ASSERT_EQ(r.status, 200) << r.body;

  const auto items = outbox_of(code);
  ASSERT_EQ(items.size(), 2u) << items.dump(2);  // SMS and e-mail
  std::set<std::string> channels;
  for (const auto& n : items) {
    channels.insert(n["channel"].get<std::string>());
    EXPECT_EQ(n["kind"], "apology");
    EXPECT_EQ(n["status"], "queued");
    const std::string body = n["body"];
    EXPECT_NE(body.find("Cần xác minh thêm thông tin"), std::string::npos) << body;
    EXPECT_NE(body.find("17 giờ 00 phút, ngày 11/03/2026"), std::string::npos) << body;
    EXPECT_NE(body.find("16 giờ 00 phút, ngày 25/03/2026"), std::string::npos) << body;
    EXPECT_NE(body.find("Bộ phận Một cửa phường Hội An xin lỗi"), std::string::npos) << body;
  }
  EXPECT_EQ(channels, (std::set<std::string>{"sms", "email"}));
  for (const auto& n : items)
    EXPECT_EQ(n["recipient"], n["channel"] == "sms" ? "0912345678" : "dao.nguyen@example.vn");

  api_->logout_locally();
  auto pub = api_->get("/api/v1/public/dossiers/" + code + "?phone_last4=5678");
  ASSERT_EQ(pub.status, 200) << pub.body;
  ASSERT_EQ(pub.json["notifications"].size(), 1u) << pub.body;
  const auto& notice = pub.json["notifications"][0];
  EXPECT_EQ(notice["kind"], "apology");
  // The page is open to whoever holds the code and four digits: no name, no reason.
  const std::string shown = notice.dump();
  for (const char* secret : {"Nguyễn Thị Hồng Đào", "Cần xác minh", "0912345678", "dao.nguyen"})
    EXPECT_EQ(shown.find(secret), std::string::npos) << secret << " in " << shown;
  EXPECT_NE(notice["message"].get<std::string>().find("xin lỗi"), std::string::npos);
}

TEST_F(NotificationApi, DeskRecordsDeliveryOnce) {
  const std::string code = receive();
  auto r = act(code, "specialist",
               {{"action", "request_supplement"},
                {"items", {{{"content", "Bản sao Giấy khai sinh"}, {"reason", "bản mờ"}}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  const auto items = outbox_of(code);
  ASSERT_EQ(items.size(), 1u) << items.dump(2);
  EXPECT_EQ(items[0]["kind"], "supplement_request");
  EXPECT_NE(items[0]["body"].get<std::string>().find("Bản sao Giấy khai sinh (bản mờ)"),
            std::string::npos);
  const std::string id = items[0]["id"];

  api_->login("receiver");
  auto bad = api_->post("/api/v1/notifications/" + id + "/delivery", {{"status", "queued"}});
  EXPECT_GE(bad.status, 400);
  EXPECT_LT(bad.status, 500);
  EXPECT_EQ(bad.json["error"]["field"], "status");
  auto sent = api_->post("/api/v1/notifications/" + id + "/delivery", {{"status", "sent"}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json["status"], "sent");
  EXPECT_EQ(sent.json["attempts"], 1);
  auto again = api_->post("/api/v1/notifications/" + id + "/delivery", {{"status", "failed"}});
  EXPECT_EQ(again.status, 409) << again.body;
  auto queued = api_->get("/api/v1/notifications?status=queued&dossier=" + code);
  EXPECT_TRUE(queued.json["items"].empty()) << queued.body;
}

TEST_F(NotificationApi, EachAgencySeesItsOwnOutboxAndTheProvinceSeesAll) {
  const std::string code = receive();
  ASSERT_EQ(
      act(code, "specialist", {{"action", "refuse"}, {"reason", "Không đủ điều kiện"}}).status,
      200);
  ASSERT_EQ(outbox_of(code).size(), 1u);  // the commune's desk
  api_->login("stp_specialist");          // another agency, and a role without an outbox
  EXPECT_EQ(api_->get("/api/v1/notifications?dossier=" + code).status, 403);
  api_->login("province_admin");
  auto all = api_->get("/api/v1/notifications?dossier=" + code);
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json["items"].size(), 1u);
  api_->login("admin");  // the commune's own admin sees its own outbox
  EXPECT_EQ(api_->get("/api/v1/notifications?dossier=" + code).json["items"].size(), 1u);
}

TEST_F(NotificationApi, OfficersWithoutTheOutboxAreRefused) {
  api_->login("specialist");
  EXPECT_EQ(api_->get("/api/v1/notifications").status, 403);
  api_->login("receiver");
  auto r = api_->get("/api/v1/notifications?status=lost");
  EXPECT_EQ(r.json["error"]["field"], "status") << r.body;
  api_->logout_locally();
  EXPECT_EQ(api_->get("/api/v1/notifications").status, 401);
}

}  // namespace
}  // namespace motcua::testing

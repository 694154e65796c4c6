// A crash must not lose a receipt that was handed out (issue 14): the server is killed with
// SIGKILL while four desks receive dossiers as fast as they can. After a restart every dossier
// that was acknowledged (201) is there, whole, under the code it was acknowledged with; the
// requests that got no answer, sent again with their idempotency keys, make no second dossier;
// no code is given twice; the history chains and the statistics' counters verify.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "support/api_client.hpp"
#include "support/raw_sql.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

struct Intake {
  std::mutex mutex;
  std::map<std::string, std::string> acknowledged;  // idempotency key → code
  std::vector<std::string> unanswered;              // keys whose request got no answer
};

void desk(const ServerProcess& server, int desk_no, std::atomic<bool>& keep_going, Intake& intake) {
  ApiClient api(server);
  api.login("receiver");
  const json body = application_for(api, "1.004222");
  for (int i = 0; keep_going; ++i) {
    const std::string key = "crash-" + std::to_string(desk_no) + "-" + std::to_string(i);
    try {
      auto r = api.post("/api/v1/dossiers", body, {{"Idempotency-Key", key}});
      std::lock_guard lock(intake.mutex);
      if (r.status == 201) {
        intake.acknowledged[key] = r.json["code"];
      } else {
        ADD_FAILURE() << "desk " << desk_no << ": " << r.status << " " << r.body;
        return;
      }
    } catch (const std::exception&) {  // the server died under this request
      std::lock_guard lock(intake.mutex);
      intake.unanswered.push_back(key);
      return;
    }
  }
}

TEST(CrashSafety, EveryAcknowledgedDossierSurvivesASigkillDuringIntake) {
  ServerProcess first;
  std::atomic<bool> keep_going{true};
  Intake intake;
  std::vector<std::thread> desks;
  for (int d = 0; d < 4; ++d)
    desks.emplace_back(desk, std::cref(first), d, std::ref(keep_going), std::ref(intake));
  // A few seconds of load, then the power goes.
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  first.kill_hard();
  keep_going = false;
  for (auto& t : desks) t.join();
  ASSERT_GE(intake.acknowledged.size(), 20u) << "too little load to test anything";
  std::printf("killed after %zu acknowledged receptions; %zu requests unanswered\n",
              intake.acknowledged.size(), intake.unanswered.size());
  std::fflush(stdout);  // before the next server is forked with a copy of the buffer

  ServerProcess second({"--test-clock"}, first.db_path());
  ApiClient api(second);
  api.login("receiver");
  const json body = application_for(api, "1.004222");
  std::set<std::string> codes;
  for (const auto& [key, code] : intake.acknowledged) {
    auto view = api.get("/api/v1/dossiers/" + code);
    ASSERT_EQ(view.status, 200) << "acknowledged " << code << " is lost: " << view.body;
    EXPECT_EQ(view.json["status"], "in_progress") << view.body;
    EXPECT_EQ(view.json["applicant"]["full_name"], body["applicant"]["full_name"]) << view.body;
    EXPECT_TRUE(codes.insert(code).second) << code << " was acknowledged twice";
  }
  // A desk whose request got no answer sends it again, as the console does: it gets the
  // dossier that was made, or makes it now; once either way.
  for (const auto& key : intake.unanswered) {
    auto again = api.post("/api/v1/dossiers", body, {{"Idempotency-Key", key}});
    ASSERT_TRUE(again.status == 200 || again.status == 201) << again.status << " " << again.body;
    auto repeat = api.post("/api/v1/dossiers", body, {{"Idempotency-Key", key}});
    EXPECT_EQ(repeat.json["code"], again.json["code"]) << key;
    EXPECT_TRUE(codes.insert(again.json["code"]).second) << again.json["code"];
  }
  std::string out;
  ASSERT_EQ(raw_sql(second.db_path(), "SELECT COUNT(*), COUNT(DISTINCT code) FROM dossiers", &out),
            0)
      << out;
  EXPECT_EQ(out, std::to_string(codes.size()) + "|" + std::to_string(codes.size()) + "\n")
      << "every dossier is one the desks were answered for, each under its own code";

  second.stop();
  EXPECT_EQ(run_motcua({"audit", "verify", "--db", second.db_path()}, &out), 0) << out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", second.db_path()}, &out), 0) << out;
}

}  // namespace
}  // namespace motcua::testing

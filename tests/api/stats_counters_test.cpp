// The statistics' counters (issue 12) are kept in the same transaction as every dossier
// change. Thousands of random actions by the demo officers, at random times, must leave them
// exactly equal to a recomputation from the dossiers' histories (`motcua stats verify`), and a
// counter altered by hand must be found.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>

#include "motcua/common/time.hpp"
#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

class RandomWork {
 public:
  RandomWork(const ServerProcess& server, unsigned seed) : rng_(seed) {
    now_ = *parse_iso("2026-03-02T08:00:00+07:00");
    logged_in_at_ = now_;
    for (const char* user : kUsers) {
      clients_.push_back(std::make_unique<ApiClient>(server));
      clients_.back()->set_clock(format_iso(now_));
      clients_.back()->login(user);
    }
  }

  // One step: the clock moves on by up to a working day, then a new dossier is received or an
  // officer takes one of the actions allowed to them on a random open dossier. Returns
  // whether something changed.
  bool step() {
    now_ += std::chrono::minutes(pick(0, 150));
    clients_[0]->set_clock(format_iso(now_));
    // Sessions last 12 hours of the test clock.
    if (now_ - logged_in_at_ > std::chrono::hours(11)) {
      for (std::size_t u = 0; u < clients_.size(); ++u) clients_[u]->login(kUsers[u]);
      logged_in_at_ = now_;
    }
    if (open_.empty() || pick(0, 99) < 15) return receive();
    const std::string code = open_[std::size_t(pick(0, int(open_.size()) - 1))];
    std::vector<int> users = {0, 1, 2};
    std::shuffle(users.begin(), users.end(), rng_);
    for (int u : users) {
      auto view = clients_[std::size_t(u)]->get("/api/v1/dossiers/" + code);
      EXPECT_EQ(view.status, 200) << view.body;
      const auto& allowed = view.json["allowed_actions"];
      if (!allowed.is_array() || allowed.empty()) {
        if (view.json.value("finished_at", json()).is_string()) std::erase(open_, code);
        continue;
      }
      const std::string action = choose(allowed);
      auto r =
          clients_[std::size_t(u)]->post("/api/v1/dossiers/" + code + "/actions", body_for(action));
      // A rule may refuse (too late for a supplement, …); a refusal changes nothing.
      EXPECT_TRUE(r.status == 200 || r.status == 400 || r.status == 409 || r.status == 422)
          << action << " → " << r.status << " " << r.body;
      return r.status == 200;
    }
    return false;
  }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

  // An allowed action, ends that close a dossier early (withdrawal, refusal) and apologies
  // less often than the steps of processing, so that many dossiers run to a decision.
  std::string choose(const json& allowed) {
    std::vector<int> weights;
    for (const auto& a : allowed) {
      const std::string name = a;
      weights.push_back(name == "withdraw"    ? 1
                        : name == "refuse"    ? 2
                        : name == "apologize" ? 4
                                              : 20);
    }
    std::discrete_distribution<std::size_t> d(weights.begin(), weights.end());
    return allowed[d(rng_)];
  }

  bool receive() {
    static const char* kProcedures[] = {"1.004222", "1.001193", "1.013076"};
    auto body = application_for(*clients_[0], kProcedures[pick(0, 2)]);
    auto r = clients_[0]->post("/api/v1/dossiers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return false;
    open_.push_back(r.json["code"]);
    return true;
  }

  json body_for(const std::string& action) {
    json b = {{"action", action}};
    if (action == "request_supplement")
      b["items"] = json::array({{{"content", "Bản sao giấy tờ tùy thân"}, {"reason", "Thiếu"}}});
    if (action == "refuse" || action == "withdraw" || action == "apologize")
      b["reason"] = "Lý do thử nghiệm";
    if (action == "apologize")
      b["new_due_at"] = format_iso(now_ + std::chrono::hours(pick(24, 240)));
    if (action == "pause") {
      static const char* kReasons[] = {"financial_obligation", "specialised_law_review",
                                       "force_majeure", "awaiting_other_agency"};
      b["reason_code"] = kReasons[pick(0, 3)];
    }
    if (action == "return_result") b["method"] = "counter";
    if (action == "assign") b["assignee"] = "specialist";
    return b;
  }

  static constexpr const char* kUsers[] = {"receiver", "specialist", "leader"};
  std::mt19937 rng_;
  TimePoint logged_in_at_{};
  std::vector<std::unique_ptr<ApiClient>> clients_;
  std::vector<std::string> open_;
  TimePoint now_{};
};

unsigned seed() {
  const char* env = std::getenv("MOTCUA_STATS_SEED");
  return env ? unsigned(std::strtoul(env, nullptr, 10)) : 20261201u;
}

TEST(StatsCounters, AgreeWithTheRecomputationAfterThousandsOfRandomActions) {
  ServerProcess server;
  RandomWork work(server, seed());
  int changes = 0;
  for (int i = 0; i < 4000 && changes < 2000; ++i) changes += work.step() ? 1 : 0;
  ASSERT_GE(changes, 2000) << "seed " << seed();

  std::string out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", server.db_path()}, &out), 0)
      << "seed " << seed() << ": " << out;
  EXPECT_NE(out.find("agree"), std::string::npos) << out;

  // The run went through every kind of outcome, so the agreement covers them.
  ASSERT_EQ(run_command("sqlite3 '" + server.db_path() +
                            "' \"SELECT SUM(finished_early), SUM(finished_on_time), "
                            "SUM(finished_late), SUM(finished_late_national), SUM(apologies), "
                            "SUM(late_without_apology), SUM(supplement_requests), SUM(withdrawn), "
                            "SUM(refused), SUM(ABS(overdue)), SUM(ABS(waiting_for_applicant)) "
                            "FROM stat_days\"",
                        &out),
            0)
      << out;
  EXPECT_EQ(out.find("|0|"), std::string::npos) << "some kind of outcome never happened: " << out;
  EXPECT_NE(out.substr(0, 2), "0|") << out;
  EXPECT_EQ(out.find("|0\n"), std::string::npos) << out;

  // A rebuild changes nothing that was right.
  EXPECT_EQ(run_motcua({"stats", "rebuild", "--db", server.db_path()}, &out), 0) << out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", server.db_path()}, &out), 0) << out;

  // One counter altered by hand is found and named.
  ASSERT_EQ(run_command("sqlite3 '" + server.db_path() +
                            "' \"UPDATE stat_days SET received = received + 1 WHERE rowid = "
                            "(SELECT MIN(rowid) FROM stat_days)\"",
                        &out),
            0)
      << out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", server.db_path()}, &out), 1) << out;
  EXPECT_NE(out.find("received: kept"), std::string::npos) << out;
  // And a rebuild mends it.
  EXPECT_EQ(run_motcua({"stats", "rebuild", "--db", server.db_path()}, &out), 0) << out;
  EXPECT_EQ(run_motcua({"stats", "verify", "--db", server.db_path()}, &out), 0) << out;
}

}  // namespace
}  // namespace motcua::testing

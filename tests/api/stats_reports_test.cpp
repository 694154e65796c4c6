// The dossiers behind each figure, the backlog, the bottlenecks and the exports (issue 12,
// points 4 and 5), on sample dossiers taken through the real services in varied states
// (`serve --demo-dossiers`): for every measure of the indicators, the drill-down list holds
// exactly the dossiers (and counts) the indicator adds up, in the past and now.
#include <gtest/gtest.h>

#include <set>

#include "support/api_client.hpp"

namespace motcua::testing {
namespace {

using nlohmann::json;

const char* kMeasures[] = {"received",
                           "received_counter",
                           "received_online",
                           "received_postal",
                           "finished_early",
                           "finished_on_time",
                           "finished_late",
                           "finished_on_time_national",
                           "finished_late_national",
                           "withdrawn",
                           "refused",
                           "supplement_requests",
                           "apologies",
                           "late_without_apology",
                           "refused_at_reception",
                           "in_progress_on_time",
                           "in_progress_overdue",
                           "waiting_for_applicant"};

struct Walked {
  long long items = 0;
  long long counts = 0;
  std::set<std::string> codes;
};

// Every page of a list, 7 lines at a time, so the cursor is exercised.
Walked walk(ApiClient& api, const std::string& query) {
  Walked w;
  std::string cursor;
  for (int pages = 0; pages < 500; ++pages) {
    auto r = api.get("/api/v1/stats/dossiers?" + query + "&limit=7" +
                     (cursor.empty() ? "" : "&cursor=" + cursor));
    EXPECT_EQ(r.status, 200) << query << " → " << r.body;
    if (r.status != 200) break;
    for (const auto& item : r.json["items"]) {
      ++w.items;
      w.counts += item["count"].get<long long>();
      w.codes.insert(item["code"].get<std::string>());
    }
    if (r.json["next_cursor"].is_null()) break;
    cursor = r.json["next_cursor"];
  }
  return w;
}

class StatsReports : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess({"--demo", "--test-clock", "--demo-dossiers", "160"});
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static ServerProcess* server_;
};
ServerProcess* StatsReports::server_ = nullptr;

TEST_F(StatsReports, EveryListHoldsExactlyTheDossiersItsIndicatorCounts) {
  ApiClient api(*server_);
  api.login("leader");
  const std::string now = api.get("/api/v1/_test/clock").json.value("now", "");
  ASSERT_FALSE(now.empty());
  const std::string today = now.substr(0, 10);
  // Now (open dossiers judged now), a past month (judged at its end), and a span of years.
  const std::string year = today.substr(0, 4);
  const std::string past_end = std::to_string(std::stoi(year) - 1) + "-12-31";
  std::vector<std::string> periods = {
      "from=" + std::to_string(std::stoi(year) - 2) + "-01-01&to=" + today,
      "from=" + year + "-01-01&to=" + today,
      "from=" + std::to_string(std::stoi(year) - 1) + "-06-01&to=" + past_end};
  long long nonzero = 0;
  for (const auto& period : periods) {
    for (const std::string filter : {"", "&channel=online", "&agency=20410"}) {
      auto ind = api.get("/api/v1/stats/indicators?" + period + filter);
      ASSERT_EQ(ind.status, 200) << period << filter << " → " << ind.body;
      const json& row = ind.json["rows"][0];
      for (const char* m : kMeasures) {
        const long long expected = row[m].get<long long>();
        const Walked w = walk(api, "measure=" + std::string(m) + "&" + period + filter);
        EXPECT_EQ(w.counts, expected) << m << " " << period << filter;
        const std::string name = m;
        if (name != "supplement_requests" && name != "apologies") {
          EXPECT_EQ(w.items, expected) << m << " " << period << filter;
          EXPECT_EQ((long long)w.codes.size(), w.items) << m << ": a dossier listed twice";
        }
        nonzero += expected > 0 ? 1 : 0;
      }
    }
  }
  // The sample covered many kinds of figures, so the agreement means something.
  EXPECT_GE(nonzero, 20);

  // A late count's list: each line is a dossier finished late.
  auto late = api.get("/api/v1/stats/dossiers?measure=finished_late&" + periods[0] + "&limit=200");
  ASSERT_EQ(late.status, 200) << late.body;
  for (const auto& item : late.json["items"]) EXPECT_EQ(item["outcome"], "late") << item.dump();
}

TEST_F(StatsReports, BacklogAndBottlenecksAgreeWithTheIndicators) {
  ApiClient api(*server_);
  api.login("leader");
  const std::string now = api.get("/api/v1/_test/clock").json.value("now", "");
  const std::string today = now.substr(0, 10);
  auto ind = api.get("/api/v1/stats/indicators?from=" + today + "&to=" + today);
  ASSERT_EQ(ind.status, 200) << ind.body;
  auto b = api.get("/api/v1/stats/backlog?limit=200");
  ASSERT_EQ(b.status, 200) << b.body;
  EXPECT_EQ(b.json["total"], ind.json["rows"][0]["in_progress_overdue"]);
  EXPECT_GT(b.json["total"].get<long long>(), 0) << "the sample has overdue dossiers";
  long long by_bucket = 0, by_step = 0, by_holder = 0;
  for (const auto& r : b.json["by_bucket"]) by_bucket += r["count"].get<long long>();
  for (const auto& r : b.json["by_step"]) by_step += r["count"].get<long long>();
  for (const auto& r : b.json["by_holder"]) by_holder += r["count"].get<long long>();
  EXPECT_EQ(by_bucket, b.json["total"].get<long long>());
  EXPECT_EQ(by_step, b.json["total"].get<long long>());
  EXPECT_EQ(by_holder, b.json["total"].get<long long>());
  EXPECT_EQ(b.json["items"].size(), b.json["total"].get<std::size_t>());
  // A bucket's figure drills down to its dossiers.
  for (const auto& r : b.json["by_bucket"]) {
    auto one = api.get("/api/v1/stats/backlog?limit=200&bucket=" + r["key"].get<std::string>());
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(one.json["matching"], r["count"]);
    for (const auto& item : one.json["items"]) EXPECT_EQ(item["bucket"], r["key"]);
  }

  const std::string year = today.substr(0, 4);
  auto bn = api.get("/api/v1/stats/bottlenecks?from=" + std::to_string(std::stoi(year) - 2) +
                    "-01-01&to=" + today);
  ASSERT_EQ(bn.status, 200) << bn.body;
  EXPECT_GT(bn.json["dossiers"].get<long long>(), 0);
  ASSERT_FALSE(bn.json["steps"].empty()) << bn.body;
  const json& worst = bn.json["steps"][0];
  if (worst["late_stints"].get<long long>() > 0) {
    auto codes = api.get("/api/v1/stats/bottlenecks?from=" + std::to_string(std::stoi(year) - 2) +
                         "-01-01&to=" + today + "&step=" + worst["step"].get<std::string>() +
                         "&holder=" + worst["agency"].get<std::string>());
    ASSERT_EQ(codes.status, 200);
    EXPECT_EQ(codes.json["late_codes"].size(), worst["late_stints"].get<std::size_t>());
  }
}

TEST_F(StatsReports, BadInputNamesItsFieldAndScopeIsKept) {
  ApiClient api(*server_);
  api.login("leader");
  const std::string period = "from=2026-01-01&to=2026-01-31";
  for (const auto& [query, field] :
       {std::pair{std::string("/api/v1/stats/dossiers?measure=nope&") + period, "measure"},
        {std::string("/api/v1/stats/dossiers?") + period, "measure"},
        {"/api/v1/stats/dossiers?measure=received&from=2026-13-01&to=2026-01-31", "from"},
        {"/api/v1/stats/dossiers?measure=received&from=2026-01-01&to=x", "to"},
        {"/api/v1/stats/dossiers?measure=received&from=2026-02-01&to=2026-01-01", "to"},
        {"/api/v1/stats/dossiers?measure=received&" + period + "&cursor=zz", "cursor"},
        {"/api/v1/stats/dossiers?measure=received&" + period + "&format=pdf", "format"},
        {"/api/v1/stats/dossiers?measure=received&" + period + "&agency=NOPE", "agency"},
        {"/api/v1/stats/backlog?bucket=7", "bucket"},
        {"/api/v1/stats/bottlenecks?from=2026-01-01", "to"},
        {"/api/v1/stats/indicators/export?" + period + "&group_by=week&format=xlsx", "group_by"}}) {
    auto r = api.get(query);
    EXPECT_EQ(r.status, 400) << query << " → " << r.body;
    EXPECT_EQ(r.json["error"]["field"], field) << query << " → " << r.body;
    EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
  }
  // The commune's leader sees the commune, not the province; a cursor cannot leave the scope.
  for (const std::string& q : {"/api/v1/stats/dossiers?measure=received&" + period + "&agency=48",
                               std::string("/api/v1/stats/backlog?agency=48"),
                               "/api/v1/stats/bottlenecks?" + period + "&agency=48"}) {
    EXPECT_EQ(api.get(q).status, 403) << q;
  }
  ApiClient nobody(*server_);
  EXPECT_EQ(nobody.get("/api/v1/stats/dossiers?measure=received&" + period).status, 401);
  EXPECT_EQ(nobody.get("/api/v1/stats/backlog").status, 401);
  // The province's staff see every commune.
  ApiClient province(*server_);
  province.login("province_admin");
  EXPECT_EQ(province.get("/api/v1/stats/dossiers?measure=received&" + period + "&agency=48").status,
            200);
}

TEST_F(StatsReports, TablesExportAsXlsxAndCsvWithATotalsRow) {
  ApiClient api(*server_);
  api.login("leader");
  const std::string now = api.get("/api/v1/_test/clock").json.value("now", "");
  const std::string year = now.substr(0, 4);
  const std::string period =
      "from=" + std::to_string(std::stoi(year) - 2) + "-01-01&to=" + now.substr(0, 10);
  auto csv = api.get("/api/v1/stats/indicators/export?" + period + "&group_by=month&format=csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF") << "Excel needs the BOM for Vietnamese";
  EXPECT_NE(csv.body.find("Tiếp nhận"), std::string::npos);
  EXPECT_NE(csv.body.find("Tổng cộng"), std::string::npos);
  auto ind = api.get("/api/v1/stats/indicators?" + period);
  // Every field quoted (RFC 4180, libcsv), so a name with a comma stays one cell.
  const std::string totals = csv.body.substr(csv.body.find("\"Tổng cộng\""));
  const std::string expected =
      "\"Tổng cộng\",\"" + std::to_string(ind.json["rows"][0]["received"].get<long long>()) + "\",";
  EXPECT_EQ(totals.rfind(expected, 0), 0u) << totals.substr(0, totals.find("\r\n"));
  for (const std::string& path :
       {"/api/v1/stats/indicators/export?" + period + "&group_by=agency&format=xlsx",
        "/api/v1/stats/dossiers?measure=finished_late&" + period + "&format=xlsx",
        std::string("/api/v1/stats/backlog?format=xlsx"),
        "/api/v1/stats/bottlenecks?" + period + "&format=xlsx"}) {
    auto x = api.get(path);
    ASSERT_EQ(x.status, 200) << path << " → " << x.body.substr(0, 300);
    EXPECT_EQ(x.body.substr(0, 2), "PK") << path;
    EXPECT_NE(x.headers.find("Content-Disposition"), x.headers.end()) << path;
  }
}

}  // namespace
}  // namespace motcua::testing

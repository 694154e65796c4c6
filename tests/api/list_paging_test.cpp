// Long lists page by keyset (DESIGN.md §5): following next_cursor through the officer's queue
// and the apology report yields every row once, in due-time order, and a cursor the server did
// not give is a 400 naming "cursor".
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

constexpr const char* kProcedure = "1.004222";  // 7 working days

class ListPagingApi : public DemoServerTest {
 protected:
  // Every row of `path` (which has a query string) read `limit` at a time through next_cursor.
  std::vector<nlohmann::json> walk(const std::string& path, const std::string& list, int limit) {
    std::vector<nlohmann::json> rows;
    std::string cursor;
    for (int page = 0; page < 100; ++page) {
      auto r = api_->get(path + "&limit=" + std::to_string(limit) +
                         (cursor.empty() ? "" : "&cursor=" + cursor));
      EXPECT_EQ(r.status, 200) << r.body;
      if (r.status != 200) break;
      EXPECT_LE(r.json[list].size(), size_t(limit));
      for (const auto& item : r.json[list]) rows.push_back(item);
      if (r.json["next_cursor"].is_null()) return rows;
      cursor = r.json["next_cursor"].get<std::string>();
    }
    ADD_FAILURE() << path << " never reached its end";
    return rows;
  }
  static std::vector<std::string> codes(const std::vector<nlohmann::json>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r["code"].get<std::string>());
    return out;
  }
  // Dossiers received at three moments (so due times differ and tie), two of them then
  // waiting for the applicant (no step due time: the end of the queue).
  std::vector<std::string> receive_several() {
    std::vector<std::string> out;
    for (const char* at :
         {"2026-03-02T09:00:00+07:00", "2026-03-02T14:30:00+07:00", "2026-03-03T08:15:00+07:00"}) {
      api_->set_clock(at);
      for (int i = 0; i < 4; ++i) out.push_back(receive(kProcedure));
    }
    for (int i : {1, 6}) {
      auto r = act(out[i], "specialist", {{"action", "request_supplement"}, {"reason", "thiếu"}});
      EXPECT_EQ(r.status, 200) << r.body;
    }
    return out;
  }
};

// Step due time with "none" after every time, then code: the queue's order.
std::tuple<bool, std::string, std::string> queue_order(const nlohmann::json& item) {
  const bool none = item["step_due_at"].is_null();
  return {none, none ? "" : item["step_due_at"].get<std::string>(), item["code"]};
}

TEST_F(ListPagingApi, QueuePagesByCursorWithoutDuplicatesOrGaps) {
  const auto received = receive_several();
  for (const char* user : {"specialist", "receiver", "admin"}) {
    SCOPED_TRACE(user);
    api_->login(user);
    auto all = api_->get("/api/v1/me/queue?limit=200");
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_TRUE(all.json["next_cursor"].is_null());
    std::vector<nlohmann::json> whole(all.json["items"].begin(), all.json["items"].end());
    for (int limit : {1, 3, 5}) {
      const auto paged = walk("/api/v1/me/queue?x=1", "items", limit);
      EXPECT_EQ(codes(paged), codes(whole)) << "limit " << limit;
      const auto list = codes(paged);
      EXPECT_EQ(std::set<std::string>(list.begin(), list.end()).size(), list.size());
      for (size_t i = 1; i < paged.size(); ++i)
        EXPECT_LT(queue_order(paged[i - 1]), queue_order(paged[i])) << "at " << i;
    }
    // The older offset paging still answers the same rows.
    if (whole.size() >= 4) {
      auto r = api_->get("/api/v1/me/queue?limit=2&offset=2");
      ASSERT_EQ(r.status, 200) << r.body;
      ASSERT_EQ(r.json["items"].size(), 2u);
      EXPECT_EQ(r.json["items"][0]["code"], whole[2]["code"]);
      EXPECT_EQ(r.json["items"][1]["code"], whole[3]["code"]);
    }
  }
  // The specialist's queue holds the ten in processing; the receiver's ends with the two that
  // wait for the applicant, which have no step due time.
  api_->login("specialist");
  auto specialist = codes(walk("/api/v1/me/queue?x=1", "items", 4));
  for (size_t i = 0; i < received.size(); ++i)
    EXPECT_EQ(std::count(specialist.begin(), specialist.end(), received[i]),
              i == 1 || i == 6 ? 0 : 1);
  api_->login("receiver");
  auto tail = walk("/api/v1/me/queue?x=1", "items", 1);
  ASSERT_GE(tail.size(), 2u);
  EXPECT_TRUE(tail.back()["step_due_at"].is_null());
  const auto waiting = codes(tail);
  EXPECT_EQ(std::count(waiting.begin(), waiting.end(), received[1]), 1);
  EXPECT_EQ(std::count(waiting.begin(), waiting.end(), received[6]), 1);
}

TEST_F(ListPagingApi, ApologyReportPagesByCursorInDueOrder) {
  const auto received = receive_several();
  api_->set_clock("2026-04-20T09:00:00+07:00");  // every one past its 7 working days
  api_->login("leader");
  auto first = api_->get("/api/v1/reports/apologies?limit=200");
  ASSERT_EQ(first.status, 200) << first.body;
  std::vector<nlohmann::json> whole(first.json["without_apology"].begin(),
                                    first.json["without_apology"].end());
  // The counts cover the month so far unless asked for a period; all ten fell due in March.
  EXPECT_EQ(first.json["counted_from"], "2026-04-01T00:00:00+07:00");
  EXPECT_EQ(first.json["late"], 0);
  auto since = api_->get("/api/v1/reports/apologies?from=2026-03-01T00:00:00%2B07:00");
  ASSERT_EQ(since.status, 200) << since.body;
  EXPECT_GE(since.json["late"].get<long>(), 10);
  EXPECT_EQ(since.json["with_apology"].get<long>() + long(whole.size()),
            since.json["late"].get<long>());
  const auto paged = walk("/api/v1/reports/apologies?x=1", "without_apology", 3);
  EXPECT_EQ(codes(paged), codes(whole));
  for (size_t i = 1; i < paged.size(); ++i)
    EXPECT_LT(std::tie(paged[i - 1]["statutory_due_at"].get_ref<const std::string&>(),
                       paged[i - 1]["code"].get_ref<const std::string&>()),
              std::tie(paged[i]["statutory_due_at"].get_ref<const std::string&>(),
                       paged[i]["code"].get_ref<const std::string&>()))
        << "at " << i;
  // From any instant, the counts are the listed dossiers due at or after it: a period that
  // starts at midnight, within a day, on a due time itself and just after it.
  const std::string due = whole.front()["statutory_due_at"];
  for (const std::string& from :
       {due.substr(0, 10) + "T00:00:00+07:00", due.substr(0, 10) + "T12:30:00+07:00", due,
        due.substr(0, 17) + "01+07:00", std::string("2026-02-27T16:00:00+07:00")}) {
    long expected = 0;
    for (const auto& item : whole) expected += item["statutory_due_at"].get<std::string>() >= from;
    auto counted = api_->get("/api/v1/reports/apologies?limit=1&from=" +
                             httplib::detail::encode_query_param(from));
    ASSERT_EQ(counted.status, 200) << counted.body;
    EXPECT_EQ(counted.json["late"].get<long>() - counted.json["with_apology"].get<long>(), expected)
        << "from " << from;
  }
  // The ten in processing are late; the two waiting for the applicant are not.
  const auto list = codes(paged);
  for (size_t i = 0; i < received.size(); ++i)
    EXPECT_EQ(std::count(list.begin(), list.end(), received[i]), i == 1 || i == 6 ? 0 : 1)
        << received[i];
}

TEST_F(ListPagingApi, ACursorTheServerDidNotGiveIsRefused) {
  api_->login("admin");
  // Not base64url; base64url of "{}"; of a list with a time that is not one; of an empty code.
  for (const char* cursor : {"not%20a%20cursor", "e30", "WyJ5ZXN0ZXJkYXkiLCJ4Il0",
                             "WyIyMDI2LTAzLTAyVDA5OjAwOjAwKzA3OjAwIiwiIl0"}) {
    for (const char* path : {"/api/v1/me/queue?cursor=", "/api/v1/reports/apologies?cursor="}) {
      auto r = api_->get(std::string(path) + cursor);
      EXPECT_EQ(r.status, 400) << path << cursor << " " << r.body;
      EXPECT_EQ(r.json["error"]["field"], "cursor") << r.body;
      EXPECT_FALSE(r.json["error"]["message"].get<std::string>().empty());
      EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());
    }
  }
  auto r = api_->get("/api/v1/reports/apologies?from=yesterday");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "from");
  r = api_->get("/api/v1/me/queue?limit=201");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "limit");
}

}  // namespace
}  // namespace motcua::testing

// The working calendar over HTTP: an admin's schedule and office-hours edits change the next
// reception's due time without a restart; who may edit; invalid bodies answer 400 naming the
// field. Demo users: receiver and admin of commune 20410, province_admin of Đà Nẵng (48).
#include <gtest/gtest.h>

#include "support/demo_server_test.hpp"

namespace motcua::testing {
namespace {

constexpr const char* kSchedule = "/api/v1/admin/calendar/schedules/";
constexpr const char* kCommuneHours = "/api/v1/admin/agencies/20410/office-hours";

class CalendarApi : public DemoServerTest {
 protected:
  // The due time of a dossier of 1.004222 (7 working days) received now at commune 20410.
  std::string receive_due_at(const std::string& now) {
    api_->set_clock(now);
    const std::string code = receive("1.004222");
    auto r = api_->get("/api/v1/dossiers/" + code);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.value("due_at", "");
  }
  std::string due(const std::string& query) {
    auto r = api_->get("/api/v1/calendar/due?" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json.value("due_at", "");
  }
  static nlohmann::json day_off_schedule(const std::string& id, const std::string& date) {
    return {{"id", id},
            {"year", 2026},
            {"replaces", nlohmann::json::array()},
            {"source", "test"},
            {"days_off", {{{"date", date}, {"name", "Nghỉ thử"}}}},
            {"working_days", nlohmann::json::array()}};
  }
};

TEST_F(CalendarApi, AdminScheduleMovesTheNextReceptionsDueTime) {
  EXPECT_EQ(receive_due_at("2026-03-02T09:00:00+07:00"), "2026-03-11T17:00:00+07:00");

  api_->login("province_admin");
  auto put = api_->put(std::string(kSchedule) + "test-wednesday-off",
                       day_off_schedule("test-wednesday-off", "2026-03-04"));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json["stored"], true);
  EXPECT_EQ(put.json["updated_by"], "province_admin");
  // Wednesday 4 March is off now: one working day later.
  EXPECT_EQ(receive_due_at("2026-03-02T09:00:00+07:00"), "2026-03-12T17:00:00+07:00");

  api_->login("receiver");
  auto holidays = api_->get("/api/v1/calendar/holidays?year=2026");
  ASSERT_EQ(holidays.status, 200) << holidays.body;
  bool listed = false;
  for (const auto& d : holidays.json["days_off"])
    listed = listed || (d["date"] == "2026-03-04" && d["reason"] == "schedule");
  EXPECT_TRUE(listed) << holidays.body.substr(0, 400);

  api_->login("province_admin");
  auto list = api_->get("/api/v1/admin/calendar/schedules");
  ASSERT_EQ(list.status, 200) << list.body;
  bool in_list = false;
  for (const auto& e : list.json["items"]) in_list = in_list || e["id"] == "test-wednesday-off";
  EXPECT_TRUE(in_list);
  EXPECT_EQ(api_->del(std::string(kSchedule) + "test-wednesday-off").status, 204);
  EXPECT_EQ(api_->get(std::string(kSchedule) + "test-wednesday-off").status, 404);
  auto history = api_->get(std::string(kSchedule) + "test-wednesday-off/history");
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.json["items"].size(), 2u);
  EXPECT_EQ(history.json["items"][0]["action"], "put");
  EXPECT_EQ(history.json["items"][1]["action"], "delete");
  EXPECT_EQ(history.json["items"][1]["old"]["days_off"][0]["date"], "2026-03-04");
  // The history comes a page at a time.
  auto page = api_->get(std::string(kSchedule) + "test-wednesday-off/history?limit=1&offset=1");
  ASSERT_EQ(page.status, 200) << page.body;
  ASSERT_EQ(page.json["items"].size(), 1u);
  EXPECT_EQ(page.json["items"][0]["action"], "delete");
  EXPECT_EQ(api_->get(std::string(kSchedule) + "test-wednesday-off/history?limit=0")
                .json["error"]["field"],
            "limit");
  EXPECT_EQ(receive_due_at("2026-03-02T09:00:00+07:00"), "2026-03-11T17:00:00+07:00");
}

TEST_F(CalendarApi, OnlyProvinceAdminsEditSchedules) {
  const auto body = day_off_schedule("test-forbidden", "2026-03-05");
  for (const char* user : {"receiver", "admin"}) {
    api_->login(user);
    auto r = api_->put(std::string(kSchedule) + "test-forbidden", body);
    EXPECT_EQ(r.status, 403) << user << " " << r.body;
    EXPECT_EQ(api_->get("/api/v1/admin/calendar/schedules").status, 403) << user;
  }
  api_->logout_locally();
  EXPECT_EQ(api_->put(std::string(kSchedule) + "test-forbidden", body).status, 401);
  // A schedule shipped with the program can be replaced but not deleted.
  api_->login("province_admin");
  auto shipped = api_->get(std::string(kSchedule) + "2026-tet");
  ASSERT_EQ(shipped.status, 200);
  EXPECT_EQ(shipped.json["shipped"], true);
  EXPECT_EQ(shipped.json["stored"], false);
  EXPECT_EQ(api_->del(std::string(kSchedule) + "2026-tet").status, 409);
}

TEST_F(CalendarApi, InvalidSchedulesAnswer400NamingTheField) {
  api_->login("province_admin");
  auto r = api_->put_text(std::string(kSchedule) + "test-bad", "{\"id\": \"test-bad\", ");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "body");

  auto body = day_off_schedule("test-other", "2026-03-05");
  r = api_->put(std::string(kSchedule) + "test-bad", body);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "id");

  body = day_off_schedule("test-bad", "2026-02-30");
  r = api_->put(std::string(kSchedule) + "test-bad", body);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "days_off[0].date");
  EXPECT_FALSE(r.json["error"]["message_vi"].get<std::string>().empty());

  body = day_off_schedule("test-bad", "2026-03-05");
  body["replaces"] = {"christmas"};
  r = api_->put(std::string(kSchedule) + "test-bad", body);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "replaces");

  body = day_off_schedule("test-bad", "2026-03-05");
  body["year"] = 2300;
  r = api_->put(std::string(kSchedule) + "test-bad", body);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "year");
  EXPECT_EQ(api_->get(std::string(kSchedule) + "test-bad").status, 404);
}

TEST_F(CalendarApi, OfficeHoursChangeThatAgencyOnlyAndSaturdayMorningsOnlyReceive) {
  const std::string friday = "2026-03-06T09:00:00+07:00";
  EXPECT_EQ(receive_due_at(friday), "2026-03-17T17:00:00+07:00");

  nlohmann::json week = {
      {"monday", {{{"from", "07:30"}, {"to", "11:30"}}, {{"from", "13:00"}, {"to", "17:00"}}}}};
  for (const char* d : {"tuesday", "wednesday", "thursday", "friday"}) week[d] = week["monday"];
  week["monday"] = {{{"from", "08:00"}, {"to", "11:30"}}, {{"from", "13:00"}, {"to", "17:00"}}};
  week["saturday"] = {{{"from", "07:30"}, {"to", "11:30"}}};
  api_->login("admin");  // admin of commune 20410 itself
  auto r = api_->put(kCommuneHours, {{"office_hours", week}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["office_hours_from"], "20410");

  // The desk receives on Saturday mornings, but a Saturday is never a working day: a day-based
  // limit does not end on it (Civil Code 2015 Art. 148(5)) and no working hour runs on it.
  EXPECT_EQ(receive_due_at(friday), "2026-03-17T17:00:00+07:00");
  EXPECT_EQ(receive_due_at("2026-03-07T09:00:00+07:00"), "2026-03-17T17:00:00+07:00");
  api_->login("receiver");
  EXPECT_EQ(due("from=2026-03-06T16:00:00&working_hours=4"), "2026-03-09T11:00:00+07:00");
  EXPECT_EQ(due("from=2026-03-06T16:00:00&working_hours=4&agency=20194"),
            "2026-03-09T10:30:00+07:00");

  // The province admin may edit a commune below it; the commune admin not its province.
  api_->login("admin");
  EXPECT_EQ(api_->get("/api/v1/admin/agencies/48/office-hours").status, 403);
  EXPECT_EQ(api_->put("/api/v1/admin/agencies/20194/office-hours", {{"office_hours", week}}).status,
            403);
  api_->login("receiver");
  EXPECT_EQ(api_->get(kCommuneHours).status, 403);
  api_->login("province_admin");
  r = api_->put(kCommuneHours,
                {{"office_hours", {{"monday", {{{"from", "11:00"}, {"to", "09:00"}}}}}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "office_hours.monday");
  r = api_->put(kCommuneHours, {{"office_hours", nullptr}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json["office_hours_from"], nullptr);
  auto history = api_->get(std::string(kCommuneHours) + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.json["items"].size(), 2u);
  EXPECT_EQ(history.json["items"][0]["edited_by"], "admin");
  EXPECT_TRUE(history.json["items"][0]["new"]["office_hours"].contains("saturday"));
  EXPECT_EQ(history.json["items"][1]["edited_by"], "province_admin");
  EXPECT_EQ(history.json["items"][1]["new"]["office_hours"], nullptr);
  EXPECT_EQ(receive_due_at(friday), "2026-03-17T17:00:00+07:00");
}

TEST_F(CalendarApi, DeskLookups) {
  api_->login("receiver");
  EXPECT_EQ(due("from=2026-02-13T09:00:00&working_days=3"), "2026-02-25T17:00:00+07:00");
  EXPECT_EQ(due("from=2026-02-13T09:00:00%2B07:00&working_days=3"), "2026-02-25T17:00:00+07:00");
  EXPECT_EQ(due("from=2026-02-13T09:00:00+07:00&working_days=3"), "2026-02-25T17:00:00+07:00");
  auto r = api_->get("/api/v1/calendar/due?from=2026-02-13T09:00:00");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "working_days");
  r = api_->get("/api/v1/calendar/due?from=tomorrow&working_days=3");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json["error"]["field"], "from");
  r = api_->get("/api/v1/calendar/due?from=2026-02-13T09:00:00&working_days=3&agency=nowhere");
  EXPECT_EQ(r.status, 404);
  r = api_->get("/api/v1/calendar/holidays?year=2026");
  ASSERT_EQ(r.status, 200);
  bool swapped_saturday = false;
  for (const auto& d : r.json["working_days"])
    swapped_saturday = swapped_saturday || d["date"] == "2026-01-10";
  EXPECT_TRUE(swapped_saturday);
  EXPECT_EQ(api_->get("/api/v1/calendar/holidays?year=abc").json["error"]["field"], "year");
  api_->logout_locally();
  EXPECT_EQ(api_->get("/api/v1/calendar/holidays?year=2026").status, 401);
}

TEST_F(CalendarApi, Swap2024OfThirtyAprilAndFirstMay) {
  // Công văn 2450/VPCP-KGVX (12 Apr 2024): off Sat 27 Apr - Wed 1 May, Monday 29 Apr worked on
  // Saturday 4 May. Received Fri 26 Apr 09:00, 3 working days: Thu 2, Fri 3, Sat 4 May (rules
  // alone would end on Fri 3 May).
  api_->login("receiver");
  EXPECT_EQ(due("from=2024-04-26T09:00:00%2B07:00&working_days=3"), "2024-05-04T17:00:00+07:00");
  auto r = api_->get("/api/v1/calendar/holidays?year=2024");
  ASSERT_EQ(r.status, 200) << r.body;
  bool monday_off = false;
  for (const auto& d : r.json["days_off"]) {
    if (d["date"] != "2024-04-29") continue;
    monday_off = d["reason"] == "schedule" &&
                 d["source"].get<std::string>().find("2450/VPCP-KGVX") != std::string::npos;
  }
  EXPECT_TRUE(monday_off) << r.body.substr(0, 600);
  bool saturday_worked = false;
  for (const auto& d : r.json["working_days"])
    saturday_worked = saturday_worked || d["date"] == "2024-05-04";
  EXPECT_TRUE(saturday_worked);
  // A 7-working-day dossier received Thu 2 May 2024 counts the worked Saturday: due Fri 10 May
  // (without the swap, Mon 13 May).
  EXPECT_EQ(receive_due_at("2024-05-02T09:00:00+07:00"), "2024-05-10T17:00:00+07:00");
}

}  // namespace
}  // namespace motcua::testing

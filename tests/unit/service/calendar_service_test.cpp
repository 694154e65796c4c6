// CalendarService and calendar_repository on a temporary SQLite file: stored schedules and
// inherited office hours reach the agency's calendar, edits invalidate the cache (also edits
// made by another service on the same file, as another node or the CLI would), permissions,
// validation, and the append-only edit history.
#include "motcua/service/calendar_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "http/calendar_json.hpp"
#include "motcua/common/time.hpp"
#include "motcua/store/calendar_repository.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "motcua/store/user_repository.hpp"
#include "support/server_process.hpp"

namespace motcua::service {
namespace {

using calendar::ProcessingTime;
using calendar::TimeUnit;

TimePoint at(const char* iso) { return *parse_iso(iso); }
std::string iso(TimePoint t) { return format_iso(t); }

auth::User user(const char* name, auth::Role role, const char* agency) {
  return auth::User{name, name, role, agency, true};
}

// A centre that opens at 08:00 on Mondays and receives on Saturday mornings: the Saturday is
// reception time only, never working time (Civil Code 2015 Art. 148(5), issue 10).
constexpr const char* kSaturdayWeek = R"({
  "monday": [{"from": "08:00", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
  "tuesday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
  "wednesday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
  "thursday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
  "friday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "17:00"}],
  "saturday": [{"from": "07:30", "to": "11:30"}]})";

// Province P (with centre C and communes A, B below it) and users of each.
class CalendarServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-calendar-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto db = store::Database::open_at(testing::fresh_database(dir_));
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
    struct Node {
      const char* code;
      catalog::AgencyKind kind;
      const char* parent;
    };
    static const Node kTree[] = {{"P", catalog::AgencyKind::province, ""},
                                 {"C", catalog::AgencyKind::centre, "P"},
                                 {"A", catalog::AgencyKind::commune, "P"},
                                 {"B", catalog::AgencyKind::commune, "P"}};
    ASSERT_TRUE(db_->write([](store::SqlConnection& c) -> Status {
                     for (const auto& n : kTree) {
                       catalog::Agency a;
                       a.code = n.code;
                       a.name = n.code;
                       a.kind = n.kind;
                       a.parent_code = n.parent;
                       MOTCUA_TRY(store::upsert_agency(c, a));
                     }
                     return ok_status();
                   })
                    .ok());
    service_ = std::make_unique<CalendarService>(*db_, clock_);
  }
  void TearDown() override {
    service_.reset();
    db_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string due(const std::string& agency, const char* from, double amount, TimeUnit unit) {
    return iso((*service_->for_agency(agency))->due_at(at(from), ProcessingTime{amount, unit}));
  }
  static std::string day_off(const std::string& id, const std::string& date) {
    return R"({"id": ")" + id + R"(", "year": 2026, "source": "test", "days_off": [{"date": ")" +
           date + R"(", "name": "x"}]})";
  }
  CalendarActor province_admin_ = CalendarActor::of(user("pa", auth::Role::admin, "P"));
  CalendarActor centre_admin_ = CalendarActor::of(user("ca", auth::Role::admin, "C"));
  CalendarActor commune_admin_ = CalendarActor::of(user("aa", auth::Role::admin, "A"));
  CalendarActor receiver_ = CalendarActor::of(user("ra", auth::Role::receiver, "A"));
  std::string dir_;
  FixedClock clock_{at("2026-03-01T08:00:00+07:00")};
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<CalendarService> service_;
};

TEST_F(CalendarServiceTest, DefaultsAreTheStandardCalendar) {
  EXPECT_EQ(due("A", "2026-02-13T09:00:00+07:00", 3, TimeUnit::working_days),
            "2026-02-25T17:00:00+07:00");
  // An unknown agency still gets a calendar (reception never stops), calendar_of says why.
  EXPECT_EQ(due("nowhere", "2026-02-13T09:00:00+07:00", 3, TimeUnit::working_days),
            "2026-02-25T17:00:00+07:00");
  auto unknown = service_->calendar_of("nowhere");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
  // Agencies with the same settings share one calendar (and its cached years).
  EXPECT_EQ(service_->for_agency("A")->get(), service_->for_agency("B")->get());
}

TEST_F(CalendarServiceTest, StoredScheduleTakesEffectAndDeletionRestores) {
  const char* monday = "2026-03-02T09:00:00+07:00";
  EXPECT_EQ(due("A", monday, 7, TimeUnit::working_days), "2026-03-11T17:00:00+07:00");
  auto saved = service_->put_schedule(province_admin_, "t-wed", day_off("t-wed", "2026-03-04"));
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->version, 1);
  EXPECT_EQ(due("A", monday, 7, TimeUnit::working_days), "2026-03-12T17:00:00+07:00");
  ASSERT_TRUE(service_->delete_schedule(centre_admin_, "t-wed").ok());
  EXPECT_EQ(due("A", monday, 7, TimeUnit::working_days), "2026-03-11T17:00:00+07:00");
}

TEST_F(CalendarServiceTest, EditsThroughAnotherServiceAreSeen) {
  const char* monday = "2026-03-02T09:00:00+07:00";
  EXPECT_EQ(due("A", monday, 7, TimeUnit::working_days), "2026-03-11T17:00:00+07:00");
  CalendarService other_node(*db_, clock_);
  ASSERT_TRUE(other_node
                  .put_schedule(CalendarActor::command_line("cli:test"), "t-thu",
                                day_off("t-thu", "2026-03-05"))
                  .ok());
  EXPECT_EQ(due("A", monday, 7, TimeUnit::working_days), "2026-03-12T17:00:00+07:00");
  AgencySettingsUpdate hours;
  hours.office_hours = *calendar::parse_office_hours_json(kSaturdayWeek);
  ASSERT_TRUE(
      other_node.set_agency_settings(CalendarActor::command_line("cli:test"), "A", hours).ok());
  EXPECT_EQ(due("A", "2026-03-06T16:00:00+07:00", 4, TimeUnit::working_hours),
            "2026-03-09T11:00:00+07:00");
}

TEST_F(CalendarServiceTest, OfficeHoursAndPolicyInheritDownTheTree) {
  const char* friday = "2026-03-06T16:00:00+07:00";
  AgencySettingsUpdate saturday;
  saturday.office_hours = *calendar::parse_office_hours_json(kSaturdayWeek);
  ASSERT_TRUE(service_->set_agency_settings(province_admin_, "P", saturday).ok());
  AgencySettingsUpdate standard;
  standard.office_hours = calendar::OfficeHours::standard();
  standard.day_limits_as_hours = true;
  ASSERT_TRUE(service_->set_agency_settings(province_admin_, "B", standard).ok());
  EXPECT_EQ(service_->set_agency_settings(commune_admin_, "B", standard).error().code,
            ErrorCode::forbidden);

  EXPECT_EQ(due("A", friday, 4, TimeUnit::working_hours), "2026-03-09T11:00:00+07:00");
  EXPECT_EQ(due("B", friday, 4, TimeUnit::working_hours), "2026-03-09T10:30:00+07:00");
  // B counts 1 working day as 8 working hours from receipt; A keeps the Civil Code rule.
  EXPECT_EQ(due("B", friday, 1, TimeUnit::working_days), "2026-03-09T16:00:00+07:00");
  EXPECT_EQ(due("A", friday, 1, TimeUnit::working_days), "2026-03-09T17:00:00+07:00");

  auto a = service_->agency_settings(commune_admin_, "A");
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->office_hours_from, "P");
  EXPECT_FALSE(a->own_office_hours.has_value());
  EXPECT_EQ(a->policy_from, "");
  auto b = service_->agency_settings(province_admin_, "B");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->office_hours_from, "B");
  EXPECT_TRUE(b->policy.day_limits_as_hours);
  // Clearing B's own settings: it inherits P's Saturday again.
  ASSERT_TRUE(service_->set_agency_settings(province_admin_, "B", {}).ok());
  EXPECT_EQ(due("B", friday, 4, TimeUnit::working_hours), "2026-03-09T11:00:00+07:00");
}

TEST_F(CalendarServiceTest, WhoMayEdit) {
  const auto body = day_off("t-x", "2026-03-04");
  EXPECT_TRUE(service_->put_schedule(province_admin_, "t-x", body).ok());
  EXPECT_TRUE(service_->put_schedule(centre_admin_, "t-x", body).ok());
  EXPECT_EQ(service_->put_schedule(commune_admin_, "t-x", body).error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->put_schedule(receiver_, "t-x", "not json").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(service_->list_schedules(receiver_).error().code, ErrorCode::forbidden);

  EXPECT_TRUE(service_->agency_settings(commune_admin_, "A").ok());
  EXPECT_TRUE(service_->agency_settings(province_admin_, "A").ok());
  EXPECT_EQ(service_->agency_settings(commune_admin_, "B").error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->agency_settings(commune_admin_, "P").error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->agency_settings(centre_admin_, "A").error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->agency_settings(receiver_, "A").error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_->agency_settings(province_admin_, "nowhere").error().code,
            ErrorCode::not_found);
}

TEST_F(CalendarServiceTest, InvalidEditsNameTheField) {
  auto field_of = [&](const std::string& id, const std::string& body) {
    auto r = service_->put_schedule(province_admin_, id, body);
    EXPECT_FALSE(r.ok()) << body;
    if (r.ok()) return std::string("(accepted)");
    EXPECT_EQ(r.error().code, ErrorCode::invalid);
    EXPECT_FALSE(r.error().message_vi.empty());
    return r.error().field;
  };
  EXPECT_EQ(field_of("t", "{"), "body");
  EXPECT_EQ(field_of("t", "[1]"), "body");
  EXPECT_EQ(field_of("t", day_off("u", "2026-03-04")), "id");
  EXPECT_EQ(field_of("t/..", day_off("t/..", "2026-03-04")), "id");
  EXPECT_EQ(field_of("t", day_off("t", "2026-13-04")), "days_off[0].date");
  EXPECT_EQ(field_of("t", day_off("t", "2029-03-04")), "days_off[0].date");
  EXPECT_EQ(field_of("t", R"({"id": "t", "year": "2026"})"), "year");
  EXPECT_EQ(field_of("t", R"({"id": "t", "year": 1800})"), "year");

  auto update = http::parse_agency_settings_update(R"({"office_hours": {"monday": "all day"}})");
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().field, "office_hours.monday");
  update = http::parse_agency_settings_update(R"({"monday": []})");
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().field, "monday");
  update = http::parse_agency_settings_update(R"({"day_limits_as_hours": "yes"})");
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().field, "day_limits_as_hours");
  update = http::parse_agency_settings_update(R"({"office_hours": {}})");
  ASSERT_TRUE(update.ok());
  auto closed = service_->set_agency_settings(province_admin_, "A", *update);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().field, "office_hours");
}

TEST_F(CalendarServiceTest, ShippedSchedulesAreReplacedNotDeleted) {
  auto shipped = service_->get_schedule(province_admin_, "2026-tet");
  ASSERT_TRUE(shipped.ok());
  EXPECT_TRUE(shipped->shipped);
  EXPECT_FALSE(shipped->stored);
  EXPECT_EQ(service_->delete_schedule(province_admin_, "2026-tet").error().code,
            ErrorCode::conflict);
  // Replacing Tết 2026 (off 14–22 Feb) by a schedule with no day off: the rules' Tết is
  // dropped too, so 16 Feb is a working day.
  ASSERT_TRUE(service_
                  ->put_schedule(province_admin_, "2026-tet",
                                 R"({"id": "2026-tet", "year": 2026, "replaces": ["tet"]})")
                  .ok());
  EXPECT_TRUE((*service_->for_agency("A"))
                  ->is_working_day(std::chrono::year_month_day{
                      std::chrono::year{2026}, std::chrono::February, std::chrono::day{16}}));
  ASSERT_TRUE(service_->delete_schedule(province_admin_, "2026-tet").ok());
  EXPECT_FALSE((*service_->for_agency("A"))
                   ->is_working_day(std::chrono::year_month_day{
                       std::chrono::year{2026}, std::chrono::February, std::chrono::day{16}}));
}

TEST_F(CalendarServiceTest, HistoryIsAppendOnly) {
  ASSERT_TRUE(service_->put_schedule(province_admin_, "t-h", day_off("t-h", "2026-03-04")).ok());
  clock_.set(at("2026-03-01T09:00:00+07:00"));
  ASSERT_TRUE(service_->put_schedule(centre_admin_, "t-h", day_off("t-h", "2026-03-05")).ok());
  ASSERT_TRUE(service_->delete_schedule(province_admin_, "t-h").ok());
  auto edits = service_->schedule_history(province_admin_, "t-h");
  ASSERT_TRUE(edits.ok());
  ASSERT_EQ(edits->size(), 3u);
  EXPECT_EQ((*edits)[0].action, "put");
  EXPECT_FALSE((*edits)[0].old_body.has_value());
  EXPECT_EQ((*edits)[1].edited_by, "ca");
  EXPECT_EQ(iso((*edits)[1].edited_at), "2026-03-01T09:00:00+07:00");
  EXPECT_NE((*edits)[1].old_body->find("2026-03-04"), std::string::npos);
  EXPECT_NE((*edits)[1].new_body->find("2026-03-05"), std::string::npos);
  EXPECT_EQ((*edits)[2].action, "delete");
  EXPECT_FALSE((*edits)[2].new_body.has_value());

  Status tamper = db_->write([](store::SqlConnection& c) -> Status {
    auto r = c.query("UPDATE calendar_edits SET edited_by = 'someone else'");
    if (!r.ok()) return r.error();
    return ok_status();
  });
  EXPECT_FALSE(tamper.ok());
  Status erase = db_->write([](store::SqlConnection& c) -> Status {
    auto r = c.query("DELETE FROM calendar_edits");
    if (!r.ok()) return r.error();
    return ok_status();
  });
  EXPECT_FALSE(erase.ok());
}

}  // namespace
}  // namespace motcua::service

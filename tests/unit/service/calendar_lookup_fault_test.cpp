// A calendar that cannot be read is an error, never the default calendar: each statement of
// the look-up is made to fail (FaultInjectingConnection) and the look-up, and a reception
// counted on it, must fail rather than store an appointment on the national default.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "motcua/common/time.hpp"
#include "motcua/dossier/due_times.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/service/catalog_service.hpp"
#include "motcua/service/reception_service.hpp"
#include "motcua/store/calendar_repository.hpp"
#include "motcua/store/catalog_repository.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "support/fault_injecting_connection.hpp"

namespace motcua::service {
namespace {

// The province closes at 16:30 and receives on Saturday mornings; commune A below it sets
// nothing and inherits its hours.
constexpr const char* kHalfPastFourWeek = R"({
  "monday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "16:30"}],
  "tuesday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "16:30"}],
  "wednesday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "16:30"}],
  "thursday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "16:30"}],
  "friday": [{"from": "07:30", "to": "11:30"}, {"from": "13:00", "to": "16:30"}],
  "saturday": [{"from": "07:30", "to": "11:30"}]})";

struct Fault {
  const char* name;
  const char* statement;  // the fault hits the nth statement containing this text
  int nth;
};

// One row a statement of the look-up of A's calendar on a cold cache.
const Fault kFaults[] = {
    {"calendar revision", "FROM calendar_edits", 1},
    {"stored schedules", "FROM calendar_schedules", 1},
    {"agency tree walk", "FROM agencies WHERE code", 1},
    {"parent in the tree walk", "FROM agencies WHERE code", 2},
    {"agency's own settings", "FROM agencies WHERE code", 3},
    {"inherited settings", "FROM agencies WHERE code", 4},
};

class CalendarLookupFaults : public ::testing::TestWithParam<Fault> {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/motcua-calendar-fault-XXXXXX";
    dir_ = mkdtemp(tmpl);
    plan_ = std::make_shared<testing::FaultPlan>();
    const std::string path = dir_ + "/test.db";
    auto plan = plan_;
    auto db = store::Database::open(
        [path, plan](bool read_only) -> Result<std::unique_ptr<store::SqlConnection>> {
          auto c = store::SqliteConnection::open(path, read_only);
          if (!c.ok()) return c.error();
          return std::unique_ptr<store::SqlConnection>(
              new testing::FaultInjectingConnection(std::move(c.value()), plan));
        });
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(db.value());
    ASSERT_TRUE(db_->write([](store::SqlConnection& c) -> Status {
                     catalog::Agency p{"P", "Tỉnh P", catalog::AgencyKind::province, "", "", {}};
                     catalog::Agency a{"A", "Xã A", catalog::AgencyKind::commune, "P", "", {}};
                     MOTCUA_TRY(store::upsert_agency(c, p));
                     MOTCUA_TRY(store::upsert_agency(c, a));
                     return store::set_agency_calendar(c, "P", std::string(kHalfPastFourWeek),
                                                       std::nullopt, "test", TimePoint{});
                   })
                    .ok());
    calendars_ = std::make_unique<CalendarService>(*db_, clock_);
  }
  void TearDown() override {
    calendars_.reset();
    db_.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  FixedClock clock_{*parse_iso("2026-03-06T09:00:00+07:00")};
  std::string dir_;
  std::shared_ptr<testing::FaultPlan> plan_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<CalendarService> calendars_;
};

TEST_P(CalendarLookupFaults, FailedReadIsAnErrorNotTheDefaultCalendar) {
  const Fault& f = GetParam();
  plan_->arm(f.statement, f.nth, false);
  auto failed = calendars_->for_agency("A");
  EXPECT_EQ(plan_->fired, 1) << "the fault was never reached";
  ASSERT_FALSE(failed.ok()) << "a failed read gave a calendar";
  EXPECT_EQ(failed.error().key, "store.injected_fault");

  // Once the database answers again, A works by the province's hours, which the default
  // calendar does not have.
  auto inherited = calendars_->for_agency("A");
  ASSERT_TRUE(inherited.ok()) << inherited.error().message;
  auto standard = calendars_->calendar_of("");
  ASSERT_TRUE(standard.ok()) << standard.error().message;
  EXPECT_NE(inherited->get(), standard->get());
}

INSTANTIATE_TEST_SUITE_P(Statements, CalendarLookupFaults, ::testing::ValuesIn(kFaults),
                         [](const auto& info) {
                           std::string name = info.param.name;
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });

TEST_F(CalendarLookupFaults, WarmCacheStillFailsOnAFailedRead) {
  ASSERT_TRUE(calendars_->for_agency("A").ok());
  // The revision is read on every look-up; a failure there is not answered from the cache,
  // which may be stale by an edit made on another node.
  plan_->arm("FROM calendar_edits", 1, false);
  EXPECT_FALSE(calendars_->for_agency("A").ok());
  EXPECT_EQ(plan_->fired, 1);
}

TEST_F(CalendarLookupFaults, ReceptionFailsAndStoresNothing) {
  CatalogService catalog(*db_, clock_);
  catalog::Procedure p;
  p.code = "1.000001";
  p.name = "Thủ tục thử";
  p.field = "Hộ tịch";
  p.levels = {catalog::Level::commune};
  p.channels = {catalog::ChannelTerm{catalog::Channel::counter,
                                     calendar::ProcessingTime{3, calendar::TimeUnit::working_days},
                                     "03 ngày làm việc", 0, "", ""}};
  auto saved = catalog.save_procedures({p});
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ReceptionService reception(
      *db_, clock_, [this](const std::string& agency) { return calendars_->for_agency(agency); });
  const auth::User officer{"receiver", "Cán bộ tiếp nhận", auth::Role::receiver, "A", true};
  auto request = [] {
    dossier::ReceptionRequest r;
    r.procedure_code = "1.000001";
    r.applicant = {"Nguyễn Văn A", "001099012345", "0905111222", "", ""};
    return r;
  };

  plan_->arm("FROM calendar_edits", 1, false);
  auto refused = reception.receive(officer, request(), "key-1");
  EXPECT_EQ(plan_->fired, 1);
  ASSERT_FALSE(refused.ok()) << "received with a calendar that could not be read";
  EXPECT_EQ(refused.error().key, "store.injected_fault");

  // Nothing was stored under the key: the retry is a first reception, and its appointment is
  // counted on A's inherited calendar (closing at 16:30), not on the default one.
  auto received = reception.receive(officer, request(), "key-1");
  ASSERT_TRUE(received.ok()) << received.error().message;
  const calendar::ProcessingTime limit{3, calendar::TimeUnit::working_days};
  auto inherited = calendars_->for_agency("A");
  auto standard = calendars_->calendar_of("");
  ASSERT_TRUE(inherited.ok() && standard.ok());
  const TimePoint on_inherited =
      dossier::appointment_at_reception(clock_.now(), limit, **inherited);
  EXPECT_NE(on_inherited, dossier::appointment_at_reception(clock_.now(), limit, **standard));
  EXPECT_EQ(format_iso(received->due_at), format_iso(on_inherited));
}

}  // namespace
}  // namespace motcua::service

// Schedule documents: JSON round trip, validation, and admin overrides (Calendar suite).
#include "motcua/calendar/schedule.hpp"

#include <gtest/gtest.h>

#include <map>

#include "motcua/calendar/working_calendar.hpp"
#include "unit/calendar/table_reader.hpp"

namespace motcua::calendar {
namespace {

using namespace std::chrono;

TEST(CalendarSchedule, EmbeddedSchedulesParseAndCiteASource) {
  auto doc = embedded_schedules();
  ASSERT_TRUE(doc.ok()) << doc.error().message << " " << doc.error().field;
  ASSERT_GE(doc->schedules.size(), 5u);
  for (const auto& s : doc->schedules) {
    EXPECT_FALSE(s.source.empty()) << s.id;
    EXPECT_FALSE(s.days_off.empty()) << s.id;
  }
}

TEST(CalendarSchedule, EveryShippedScheduleCitesItsOfficialText) {
  // tests/data/calendar/schedule_sources.tsv: one row per shipped schedule, naming the dispatch
  // (number and date) its source must cite.
  std::map<std::string, std::string> cites;
  for (const auto& row : testing::read_table("schedule_sources.tsv"))
    cites[row.at("id")] = row.at("cites");
  ASSERT_FALSE(cites.empty());
  auto doc = embedded_schedules();
  ASSERT_TRUE(doc.ok());
  std::map<std::string, std::string> shipped;
  for (const auto& s : doc->schedules) shipped[s.id] = s.source;
  for (const auto& [id, source] : shipped) {
    ASSERT_TRUE(cites.count(id)) << id << " has no row in schedule_sources.tsv";
    EXPECT_NE(source.find(cites.at(id)), std::string::npos) << id << ": " << source;
  }
  for (const auto& [id, text] : cites) EXPECT_TRUE(shipped.count(id)) << id << " is not shipped";
}

TEST(CalendarSchedule, JsonRoundTrip) {
  auto doc = embedded_schedules();
  ASSERT_TRUE(doc.ok());
  const auto text = schedule_document_to_json(*doc);
  auto again = parse_schedule_document(text);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(*again, *doc);
  EXPECT_EQ(schedule_document_to_json(*again), text);
}

TEST(CalendarSchedule, RejectsMalformedDocuments) {
  const char* bad[] = {
      "not json",
      "{}",
      R"({"schedules": [{"year": 2026}]})",
      R"({"schedules": [{"id": "x", "year": "2026"}]})",
      R"({"schedules": [{"id": "x", "year": 2026, "replaces": ["christmas"]}]})",
      R"({"schedules": [{"id": "x", "year": 2026, "days_off": [{"date": "2026-02-30"}]}]})",
      R"({"schedules": [{"id": "x", "year": 2026, "days_off": [{"date": "2026/02/03"}]}]})",
      R"({"schedules": [{"id": "x", "year": 2026, "days_off": [{"date": "2026-02-03"}],
          "working_days": [{"date": "2026-02-03"}]}]})",
  };
  for (const char* text : bad) {
    auto parsed = parse_schedule_document(text);
    EXPECT_FALSE(parsed.ok()) << text;
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.error().code, ErrorCode::invalid);
    }
  }
}

TEST(CalendarSchedule, AdminDocumentOverridesRulesAndShippedSchedules) {
  // A hypothetical 2027 Tết schedule: 4–12 Feb off, Saturday 30 Jan worked for Thu 4 Feb.
  auto extra = parse_schedule_document(R"({"schedules": [{
      "id": "2027-tet", "year": 2027, "replaces": ["tet"], "source": "test",
      "days_off": [{"date": "2027-02-04", "name": "Tết"}, {"date": "2027-02-05", "name": "Tết"},
                   {"date": "2027-02-08", "name": "Tết"}, {"date": "2027-02-09", "name": "Tết"},
                   {"date": "2027-02-10", "name": "Tết"}, {"date": "2027-02-11", "name": "Tết"},
                   {"date": "2027-02-12", "name": "Tết"}],
      "working_days": [{"date": "2027-01-30", "name": "làm bù", "instead_of": "2027-02-04"}]},
    {"id": "2026-new-year", "year": 2026, "replaces": ["new_year"], "source": "correction",
      "days_off": [{"date": "2026-01-01", "name": "Tết Dương lịch"}]}]})");
  ASSERT_TRUE(extra.ok()) << extra.error().message;
  auto cal = WorkingCalendar::make(OfficeHours::standard(), {*extra});
  ASSERT_TRUE(cal.ok());
  EXPECT_TRUE(cal->is_working_day(2027y / January / 30d));
  EXPECT_FALSE(cal->is_working_day(2027y / February / 4d));
  EXPECT_FALSE(cal->is_working_day(2027y / February / 12d));
  EXPECT_TRUE(cal->is_working_day(2027y / February / 15d));
  // The corrected New Year 2026 entry replaced the shipped one: 2 Jan is worked again and
  // Saturday 10 Jan is an ordinary rest day.
  EXPECT_TRUE(cal->is_working_day(2026y / January / 2d));
  EXPECT_FALSE(cal->is_working_day(2026y / January / 10d));
}

}  // namespace
}  // namespace motcua::calendar

// Due times and early/on-time/late from the tables in tests/data/calendar/.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"
#include "unit/calendar/table_reader.hpp"

namespace motcua::calendar {
namespace {

using testing::read_table;

TimePoint at(const std::string& text) {
  auto t = parse_iso(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(TimePoint{});
}

TimeUnit unit_of(const std::string& name) {
  TimeUnit unit = TimeUnit::working_days;
  EXPECT_TRUE(parse_time_unit(name, unit)) << name;
  return unit;
}

const WorkingCalendar& hours_policy_calendar() {
  static const WorkingCalendar cal =
      *WorkingCalendar::make(OfficeHours::standard(), {}, CalendarPolicy{true});
  return cal;
}

TEST(DeadlineTable, DueTimes) {
  const auto rows = read_table("deadlines.tsv");
  ASSERT_GE(rows.size(), 40u);
  for (const auto& row : rows) {
    const auto& cal =
        row.at("policy") == "hours" ? hours_policy_calendar() : WorkingCalendar::standard();
    const ProcessingTime limit{std::stod(row.at("amount")), unit_of(row.at("unit"))};
    EXPECT_EQ(format_iso(cal.due_at(at(row.at("start")), limit)), row.at("expected"))
        << row.at("start") << " + " << row.at("amount") << " " << row.at("unit") << ": "
        << row.at("why");
  }
}

TEST(DeadlineTable, Classification) {
  const auto rows = read_table("classify.tsv");
  ASSERT_GE(rows.size(), 10u);
  const auto& cal = WorkingCalendar::standard();
  for (const auto& row : rows) {
    const auto outcome =
        cal.classify(at(row.at("finished")), at(row.at("due")), unit_of(row.at("unit")));
    EXPECT_EQ(to_string(outcome), row.at("expected"))
        << row.at("finished") << " vs " << row.at("due");
  }
}

TEST(Deadline, RemainingAndOverdueInWorkingMinutes) {
  const auto& cal = WorkingCalendar::standard();
  const auto due = at("2026-02-25T17:00:00+07:00");
  // Fri 13 Feb 16:00 → 1 h on Friday, then 23, 24, 25 Feb (8 h each).
  EXPECT_EQ(cal.working_minutes_until(at("2026-02-13T16:00:00+07:00"), due), 25 * 60);
  EXPECT_EQ(cal.working_minutes_until(at("2026-02-26T08:30:00+07:00"), due), -60);
  EXPECT_EQ(cal.working_minutes_until(due, due), 0);
  EXPECT_EQ(
      cal.working_seconds_between(at("2026-03-02T11:00:00+07:00"), at("2026-03-02T13:30:00+07:00")),
      3600);
}

TEST(Deadline, PauseAndRestart) {
  const auto& cal = WorkingCalendar::standard();
  const auto due = at("2026-03-11T17:00:00+07:00");
  // Paused Fri 6 Mar 16:00 until Mon 9 Mar 08:30: 2 working hours pass while paused.
  EXPECT_EQ(
      format_iso(cal.resume(due, at("2026-03-06T16:00:00+07:00"), at("2026-03-09T08:30:00+07:00"))),
      "2026-03-12T09:30:00+07:00");
  // A complete supplement received Tue 10 Mar restarts a 7-day limit from zero.
  EXPECT_EQ(format_iso(cal.restart(at("2026-03-10T10:00:00+07:00"), {7, TimeUnit::working_days})),
            "2026-03-19T17:00:00+07:00");
}

TEST(Deadline, AddWorkingHoursIsAdditiveAndMonotonic) {
  const auto& cal = WorkingCalendar::standard();
  // Fixed pseudo-random starts across 2025–2027 (a linear congruential sequence).
  std::uint64_t seed = 12345;
  auto next = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return seed >> 33;
  };
  const auto base = at("2025-01-01T00:00:00+07:00");
  for (int i = 0; i < 2000; ++i) {
    const TimePoint start = base + std::chrono::seconds(next() % (3 * 365 * 86400LL));
    const double a = static_cast<double>(next() % 200) / 4;  // quarter hours up to 50 h
    const double b = static_cast<double>(next() % 200) / 4;
    const auto ab = cal.add_working_hours(start, a + b);
    EXPECT_EQ(cal.add_working_hours(cal.add_working_hours(start, a), b), ab) << format_iso(start);
    EXPECT_GE(cal.add_working_hours(start, a), start);
    EXPECT_EQ(cal.working_seconds_between(start, ab), static_cast<std::int64_t>((a + b) * 3600))
        << format_iso(start);
    for (auto unit : {TimeUnit::working_days, TimeUnit::working_hours, TimeUnit::calendar_days,
                      TimeUnit::calendar_months}) {
      const double n = static_cast<double>(next() % 30);
      const auto due_n = cal.due_at(start, {n, unit});
      const auto due_n1 = cal.due_at(start, {n + 1, unit});
      EXPECT_GE(due_n, start);
      EXPECT_LE(due_n, due_n1) << format_iso(start) << " " << to_string(unit) << " " << n;
      if (unit == TimeUnit::working_days && n > 0) {
        EXPECT_LT(due_n, due_n1);
      }
    }
  }
}

TEST(Deadline, SaturdayMorningsReceiveButAreNoWorkingTime) {
  // A centre that opens its desk on Saturday mornings (issue 10): Saturday stays a weekly rest
  // day, so no limit ends on it (Civil Code 2015 Art. 148(5)) and no working hour runs on it.
  using namespace std::chrono;
  OfficeHours hours = OfficeHours::standard();
  ASSERT_TRUE(hours.set(Saturday, {{7h + 30min, 11h + 30min}}).ok());
  const auto cal = *WorkingCalendar::make(hours);
  EXPECT_FALSE(cal.is_working_day(2026y / March / 7d));
  EXPECT_FALSE(cal.is_working_day(2026y / March / 8d));
  // Fri 16:00 + 3 h: 1 h Friday, 2 h Monday morning.
  EXPECT_EQ(format_iso(cal.add_working_hours(at("2026-03-06T16:00:00+07:00"), 3)),
            "2026-03-09T09:30:00+07:00");
  // 1 working day from Friday, or from a Saturday reception, ends at Monday's close.
  EXPECT_EQ(format_iso(cal.due_at(at("2026-03-06T09:00:00+07:00"), {1, TimeUnit::working_days})),
            "2026-03-09T17:00:00+07:00");
  EXPECT_EQ(format_iso(cal.due_at(at("2026-03-07T09:00:00+07:00"), {1, TimeUnit::working_days})),
            "2026-03-09T17:00:00+07:00");
  // A Saturday an official schedule makes a working day still works (10 Jan 2026, for Tết).
  EXPECT_TRUE(cal.is_working_day(2026y / January / 10d));
  EXPECT_FALSE(cal.is_working_day(2026y / February / 14d));
}

TEST(Deadline, ConcurrentFirstUseIsSafe) {
  const auto cal = *WorkingCalendar::make();
  std::vector<std::thread> threads;
  std::vector<TimePoint> results(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&, i] {
      results[i] = cal.due_at(at("2026-02-13T09:00:00+07:00"), {3, TimeUnit::working_days});
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(format_iso(r), "2026-02-25T17:00:00+07:00");
}

}  // namespace
}  // namespace motcua::calendar

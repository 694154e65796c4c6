#include "motcua/stats/index766.hpp"

#include <gtest/gtest.h>

namespace motcua::stats {
namespace {

constexpr const char* kGroups = "1\t10\tNhóm một\tGroup one\n2\t10\tNhóm hai\tGroup two\n";

std::string row(const std::string& code, int group, int points, const std::string& scoring,
                const std::string& full_at, const std::string& num, const std::string& den,
                const std::string& not_measured = "") {
  return code + "\t" + std::to_string(group) + "\t" + std::to_string(points) + "\t" + scoring +
         "\t" + full_at + "\t" + num + "\t" + den + "\tTên\tName\t" + not_measured + "\t" +
         (not_measured.empty() ? "" : "reason") + "\tsource\tconfirmed\n";
}

TEST(Index766, TheShippedTablesParseAndAddUpToAHundred) {
  const auto& t = index766();
  ASSERT_EQ(t.groups.size(), 5u);
  double points = 0;
  for (const auto& g : t.groups) points += g.points;
  EXPECT_EQ(points, 100);
  int measured = 0;
  for (const auto& i : t.indicators) measured += i.measured() ? 1 : 0;
  EXPECT_GE(measured, 2);
  EXPECT_GT(int(t.indicators.size()), measured) << "some indicators need data motcua lacks";
}

TEST(Index766, ScoresRatesAndThresholdsFromTheIndicators) {
  const std::string table = row("1.1", 1, 10, "rate", "", "finished_on_time", "received") +
                            row("2.1", 2, 6, "threshold", "0.5", "received_online", "received") +
                            row("2.2", 2, 4, "threshold", "0.8", "", "", "chưa đo") +
                            row("2.3", 2, 0, "none", "", "processing_hours_mean", "");
  auto parsed = parse_index766(kGroups, table);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  Indicators v;
  v.received = 40;
  v.finished_on_time = 30;
  v.received_by_channel.online = 10;  // 25 %: half of the threshold
  v.processing_hours_mean = 12.5;
  const auto s = score_index(*parsed, v);
  ASSERT_EQ(s.indicators.size(), 4u);
  EXPECT_DOUBLE_EQ(*s.indicators[0].score, 7.5);
  EXPECT_DOUBLE_EQ(*s.indicators[1].score, 3.0);
  EXPECT_FALSE(s.indicators[2].score);
  EXPECT_DOUBLE_EQ(*s.indicators[3].rate, 12.5);
  EXPECT_FALSE(s.indicators[3].score);
  EXPECT_DOUBLE_EQ(s.measured_points, 16);  // the unmeasured 4 points count nowhere
  EXPECT_DOUBLE_EQ(s.score, 10.5);
  v.received_by_channel.online = 30;  // above the threshold: full points, never more
  EXPECT_DOUBLE_EQ(*score_index(*parsed, v).indicators[1].score, 6.0);
  EXPECT_FALSE(score_index(*parsed, Indicators{}).indicators[0].score) << "nothing counted";
}

TEST(Index766, ABrokenRowIsNamed) {
  struct Case {
    const char* name;
    std::string table;
    const char* message;
  };
  const std::vector<Case> cases = {
      {"unknown field", row("1.1", 1, 10, "rate", "", "nope", "received"), "unknown indicator"},
      {"points do not add up", row("1.1", 1, 9, "rate", "", "received", "received"),
       "do not add up"},
      {"threshold without full_at", row("1.1", 1, 10, "threshold", "", "received", "received"),
       "full_at"},
      {"unknown scoring", row("1.1", 1, 10, "linear", "", "received", "received"), "scoring"},
      {"no formula and no reason", row("1.1", 1, 10, "rate", "", "", ""), "numerator"},
      {"no such group", row("9.1", 9, 10, "rate", "", "received", "received"), "no such group"},
  };
  for (const auto& c : cases) {
    auto parsed = parse_index766(kGroups, c.table);
    ASSERT_FALSE(parsed.ok()) << c.name;
    EXPECT_NE(parsed.error().message.find(c.message), std::string::npos)
        << c.name << ": " << parsed.error().message;
  }
}

TEST(Index766, PeriodsAreMonthsQuartersOrYears) {
  using namespace std::chrono;
  const struct {
    const char* text;
    std::optional<std::pair<year_month_day, year_month_day>> days;
  } cases[] = {
      {"2026-02", {{2026y / February / 1, 2026y / February / 28}}},
      {"2024-02", {{2024y / February / 1, 2024y / February / 29}}},
      {"2026-Q3", {{2026y / July / 1, 2026y / September / 30}}},
      {"2026", {{2026y / January / 1, 2026y / December / 31}}},
      {"2026-13", std::nullopt},
      {"2026-Q0", std::nullopt},
      {"2026-Q5", std::nullopt},
      {"2026-1", std::nullopt},
      {"26", std::nullopt},
      {"+202", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) {
    const auto p = parse_period(c.text);
    ASSERT_EQ(p.has_value(), c.days.has_value()) << c.text;
    if (!p) continue;
    EXPECT_EQ(p->from, c.days->first) << c.text;
    EXPECT_EQ(p->to, c.days->second) << c.text;
  }
}

}  // namespace
}  // namespace motcua::stats

#include "motcua/stats/indicators.hpp"

#include <gtest/gtest.h>

namespace motcua::stats {
namespace {

struct QuantileCase {
  const char* name;
  std::vector<std::pair<Measure, long long>> histogram;
  std::optional<int> p50;
  std::optional<int> p90;
};

Counts with(const std::vector<std::pair<Measure, long long>>& histogram) {
  Counts c{};
  for (const auto& [m, n] : histogram) {
    at(c, m) += n;
    at(c, Measure::timed_finishes) += n;
  }
  return c;
}

TEST(StatsIndicators, ProcessingQuantilesAreTheBucketsHoldingThoseRanks) {
  const std::vector<QuantileCase> cases = {
      {"no finishes", {}, std::nullopt, std::nullopt},
      {"one finish", {{Measure::processing_le_4h, 1}}, 4, 4},
      // ranks ceil(0.5 × 10) = 5 and ceil(0.9 × 10) = 9
      {"five fast, five slow",
       {{Measure::processing_le_8h, 5}, {Measure::processing_le_80h, 5}},
       8,
       80},
      {"the 9th of 10 in the open bucket",
       {{Measure::processing_le_1h, 8}, {Measure::processing_over_800h, 2}},
       1,
       std::nullopt},
      {"ranks round up: 3 finishes, p50 is the 2nd",
       {{Measure::processing_le_2h, 1},
        {Measure::processing_le_16h, 1},
        {Measure::processing_le_800h, 1}},
       16,
       800},
  };
  for (const auto& c : cases) {
    const Counts flows = with(c.histogram);
    EXPECT_EQ(processing_quantile(flows, 0.5), c.p50) << c.name;
    EXPECT_EQ(processing_quantile(flows, 0.9), c.p90) << c.name;
  }
}

TEST(StatsIndicators, MeanProcessingAndStatutoryHours) {
  Counts flows = with({{Measure::processing_le_8h, 1}, {Measure::processing_le_24h, 1}});
  at(flows, Measure::processing_seconds) = 3600 * (6 + 20);
  at(flows, Measure::allowed_seconds) = 3600 * (24 + 40);
  const auto i = indicators_of(flows, {}, {});
  EXPECT_EQ(i.processing_finished, 2);
  ASSERT_TRUE(i.processing_hours_mean && i.statutory_hours_mean);
  EXPECT_DOUBLE_EQ(*i.processing_hours_mean, 13.0);
  EXPECT_DOUBLE_EQ(*i.statutory_hours_mean, 32.0);
  EXPECT_EQ(i.processing_hours_p50, 8);
  EXPECT_EQ(i.processing_hours_p90, 24);
  EXPECT_FALSE(indicators_of({}, {}, {}).processing_hours_mean);
}

}  // namespace
}  // namespace motcua::stats

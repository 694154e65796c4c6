#include "motcua/common/time.hpp"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(Time, FormatsInVietnamOffset) {
  auto t = parse_iso("2026-03-02T02:00:00Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_iso(*t), "2026-03-02T09:00:00+07:00");
}

TEST(Time, ParsesOffsetsAndLocalTime) {
  EXPECT_EQ(parse_iso("2026-03-02T09:00:00+07:00"), parse_iso("2026-03-02T02:00:00Z"));
  EXPECT_EQ(parse_iso("2026-03-02T09:00"), parse_iso("2026-03-02T02:00:00Z"));
  EXPECT_EQ(parse_iso("2026-03-01T21:00:00-05:00"), parse_iso("2026-03-02T02:00:00Z"));
  EXPECT_EQ(parse_iso("2026-03-02T09:00:00.250+07:00"), parse_iso("2026-03-02T09:00:00+07:00"));
}

TEST(Time, RejectsMalformed) {
  EXPECT_FALSE(parse_iso("2026-02-30T09:00:00+07:00"));
  EXPECT_FALSE(parse_iso("yesterday"));
  EXPECT_FALSE(parse_iso("2026-03-02T25:00:00+07:00"));
  EXPECT_FALSE(parse_iso("2026-03-02T09:00:00+0700"));
}

TEST(Time, ShiftableClockRunsOnFromTheSetTime) {
  ShiftableClock clock;
  auto t = *parse_iso("2026-03-02T09:00:00+07:00");
  clock.set(t);
  auto now = clock.now();
  EXPECT_GE(now, t);
  EXPECT_LT(now - t, std::chrono::seconds(5));
}

}  // namespace
}  // namespace motcua

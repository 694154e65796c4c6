#pragma once
// Vietnam keeps one offset all year (UTC+7, no daylight saving), so local civil time is
// UTC shifted by seven hours; no time-zone database is needed.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "motcua/common/clock.hpp"

namespace motcua {

inline constexpr std::chrono::hours kVietnamOffset{7};

using LocalTime = std::chrono::local_seconds;

inline LocalTime to_local(TimePoint t) { return LocalTime{t.time_since_epoch() + kVietnamOffset}; }
inline TimePoint from_local(LocalTime t) {
  return TimePoint{t.time_since_epoch() - kVietnamOffset};
}

// "2026-03-02T09:00:00+07:00"
std::string format_iso(TimePoint t);
// Accepts "YYYY-MM-DDTHH:MM[:SS][.fff](Z|±HH:MM)" and, without an offset, Vietnam local time.
std::optional<TimePoint> parse_iso(std::string_view text);

// A calendar date "YYYY-MM-DD" (exactly that shape, a real date); none otherwise.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);

}  // namespace motcua

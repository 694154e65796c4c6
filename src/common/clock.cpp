#include "motcua/common/clock.hpp"

namespace motcua {

TimePoint SystemClock::now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

// The offset is kept to the nanosecond, so that after set(t) the clock reads exactly t for a
// whole second before it ticks on (a test that sets 09:00:00 and acts at once sees 09:00:00).
TimePoint ShiftableClock::now() const {
  const auto shifted =
      std::chrono::system_clock::now() + std::chrono::nanoseconds(offset_nanoseconds_.load());
  return std::chrono::floor<std::chrono::seconds>(shifted);
}

void ShiftableClock::set(TimePoint t) {
  offset_nanoseconds_.store(
      std::chrono::duration_cast<std::chrono::nanoseconds>(t - std::chrono::system_clock::now())
          .count());
}

}  // namespace motcua

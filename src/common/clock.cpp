#include "motcua/common/clock.hpp"

namespace motcua {

TimePoint SystemClock::now() const {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

TimePoint ShiftableClock::now() const {
  return SystemClock().now() + std::chrono::seconds(offset_seconds_.load());
}

void ShiftableClock::set(TimePoint t) {
  offset_seconds_.store((t - SystemClock().now()).count());
}

}  // namespace motcua

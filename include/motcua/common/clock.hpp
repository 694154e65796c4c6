#pragma once
// Time is injected: domain code asks a Clock for "now" and never the system directly,
// so every deadline rule is testable.
#include <atomic>
#include <chrono>

namespace motcua {

using TimePoint = std::chrono::sys_seconds;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override;
};

// A clock fixed at one instant until moved; for unit tests.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(TimePoint t) : t_(t) {}
  TimePoint now() const override { return t_; }
  void set(TimePoint t) { t_ = t; }

 private:
  TimePoint t_;
};

// Real time shifted by an offset that can be set at run time (serve --test-clock):
// after set(t) the clock reads t and runs on from there.
class ShiftableClock final : public Clock {
 public:
  TimePoint now() const override;
  void set(TimePoint t);

 private:
  std::atomic<long long> offset_nanoseconds_{0};
};

}  // namespace motcua

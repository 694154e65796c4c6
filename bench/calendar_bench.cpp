// Due-time computations per second on a warm WorkingCalendar (years cached).
// Run: build/bench/calendar_bench --benchmark_min_time=1
// Target (issue 4): >= 5 million due_at calls per second on one core.
#include <benchmark/benchmark.h>

#include <vector>

#include "motcua/calendar/working_calendar.hpp"
#include "motcua/common/time.hpp"

namespace {

using motcua::TimePoint;
using motcua::calendar::ProcessingTime;
using motcua::calendar::TimeUnit;
using motcua::calendar::WorkingCalendar;

// Receipt times spread over 2025–2027 with fixed pseudo-random offsets.
std::vector<TimePoint> sample_starts() {
  std::vector<TimePoint> out;
  const TimePoint base = *motcua::parse_iso("2025-01-01T00:00:00+07:00");
  std::uint64_t seed = 42;
  for (int i = 0; i < 4096; ++i) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    out.push_back(base + std::chrono::seconds((seed >> 33) % (3 * 365 * 86400LL)));
  }
  return out;
}

void run(benchmark::State& state, TimeUnit unit) {
  const WorkingCalendar& cal = WorkingCalendar::standard();
  const auto starts = sample_starts();
  for (const auto& s : starts) benchmark::DoNotOptimize(cal.due_at(s, {60, unit}));  // warm
  std::size_t i = 0;
  for (auto _ : state) {
    const ProcessingTime limit{static_cast<double>(1 + (i & 15)), unit};
    benchmark::DoNotOptimize(cal.due_at(starts[i & 4095], limit));
    ++i;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void BM_DueAtWorkingDays(benchmark::State& state) { run(state, TimeUnit::working_days); }
void BM_DueAtWorkingHours(benchmark::State& state) { run(state, TimeUnit::working_hours); }
void BM_DueAtCalendarDays(benchmark::State& state) { run(state, TimeUnit::calendar_days); }

void BM_WorkingMinutesUntil(benchmark::State& state) {
  const WorkingCalendar& cal = WorkingCalendar::standard();
  const auto starts = sample_starts();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(cal.working_minutes_until(starts[i & 4095], starts[(i + 1) & 4095]));
    ++i;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

}  // namespace

BENCHMARK(BM_DueAtWorkingDays);
BENCHMARK(BM_DueAtWorkingHours);
BENCHMARK(BM_DueAtCalendarDays);
BENCHMARK(BM_WorkingMinutesUntil);

BENCHMARK_MAIN();

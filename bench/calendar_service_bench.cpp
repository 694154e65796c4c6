// CalendarService::for_agency on a warm cache: what a reception (or any caller wanting an
// agency's calendar) pays per look-up, i.e. one calendar-revision read on a SQLite reader
// connection plus a map look-up. Run: build/bench/calendar_service_bench
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "motcua/common/clock.hpp"
#include "motcua/service/calendar_service.hpp"
#include "motcua/store/catalog_repository.hpp"

namespace {

void BM_ForAgencyWarm(benchmark::State& state) {
  char tmpl[] = "/tmp/motcua-calendar-bench-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  {
    auto db = motcua::store::Database::open_sqlite(dir + "/bench.db");
    if (!db.ok()) {
      state.SkipWithError(db.error().message.c_str());
      return;
    }
    auto seeded = (*db)->write([](motcua::store::SqlConnection& c) {
      motcua::catalog::Agency a;
      a.code = "A";
      a.name = "A";
      return motcua::store::upsert_agency(c, a);
    });
    if (!seeded.ok()) {
      state.SkipWithError(seeded.error().message.c_str());
      return;
    }
    motcua::SystemClock clock;
    motcua::service::CalendarService calendars(**db, clock);
    benchmark::DoNotOptimize(calendars.for_agency("A"));  // warm
    for (auto _ : state) benchmark::DoNotOptimize(calendars.for_agency("A"));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}
BENCHMARK(BM_ForAgencyWarm);

}  // namespace

BENCHMARK_MAIN();

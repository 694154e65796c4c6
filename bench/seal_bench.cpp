// The cost of personal data at rest (issue 14, point 3): sealing, opening and hashing one field,
// and opening through the process's shared ring from many reader threads at once (a list page
// of 50 dossiers opens 200 fields); and sealing and opening an uploaded file, by its size up to
// the 10 MB limit (bytes/s, so growth with size reads off directly).
// Run: build/bench/seal_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <memory>

#include "motcua/secret/seal.hpp"
#include "motcua/store/data_keys.hpp"

namespace {

using motcua::store::DataKeys;
using motcua::store::sealed_place;

const std::string kPlace = sealed_place("dossiers", "applicant_address", "20410-261014-0001");
const std::string kAddress = "247 Trần Hưng Đạo, Phường Hội An, Thành phố Đà Nẵng";

std::shared_ptr<DataKeys> shared_keys() {
  static const std::shared_ptr<DataKeys> keys = DataKeys::in_memory();
  return keys;
}

void BM_Seal(benchmark::State& state) {
  const auto keys = shared_keys();
  for (auto _ : state) benchmark::DoNotOptimize(keys->seal(kPlace, kAddress));
}
BENCHMARK(BM_Seal);

void BM_Open(benchmark::State& state) {
  const auto keys = shared_keys();
  const std::string sealed = keys->seal(kPlace, kAddress);
  for (auto _ : state) {
    auto plain = keys->open(kPlace, sealed);
    if (!plain.ok()) state.SkipWithError("did not open");
    benchmark::DoNotOptimize(plain);
  }
}
BENCHMARK(BM_Open)->Threads(1)->Threads(2)->Threads(8)->UseRealTime();

void BM_LookupHash(benchmark::State& state) {
  const auto keys = shared_keys();
  for (auto _ : state) benchmark::DoNotOptimize(keys->lookup_hash("048190001234"));
}
BENCHMARK(BM_LookupHash);

const std::string kFilePlace = sealed_place("uploads", "content", std::string(64, 'a'));

void BM_SealFile(benchmark::State& state) {
  const auto keys = shared_keys();
  const std::string file(static_cast<std::size_t>(state.range(0)), 'x');
  for (auto _ : state) benchmark::DoNotOptimize(keys->seal_binary(kFilePlace, file));
  state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_SealFile)->Arg(100 << 10)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

void BM_OpenFile(benchmark::State& state) {
  const auto keys = shared_keys();
  const std::string sealed =
      keys->seal_binary(kFilePlace, std::string(static_cast<std::size_t>(state.range(0)), 'x'));
  for (auto _ : state) {
    auto plain = keys->open(kFilePlace, sealed);
    if (!plain.ok()) state.SkipWithError("did not open");
    benchmark::DoNotOptimize(plain);
  }
  state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_OpenFile)->Arg(100 << 10)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang, AddressSanitizer, UndefinedBehaviorSanitizer)
# in their own build tree and runs each for a bounded time, starting from its seed corpus kept
# in the repository (fuzz/README.md). A crash, a sanitizer report, a leak, an input slower than
# 10 s or a broken property (abort) fails the run and prints the input that did it.
#
#   scripts/run-fuzzers.sh [BUILD_DIR]      MOTCUA_FUZZ_SECONDS (per target, default 12)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/fuzz-build}"
seconds="${MOTCUA_FUZZ_SECONDS:-12}"

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
    -DMOTCUA_FUZZ=ON >/dev/null
fi
started=$(date +%s)
# One job: the rest of `make test` runs beside it on the other core.
cmake --build "$build" --target fuzzers -j "${MOTCUA_FUZZ_JOBS:-1}" >"$build/build.log" 2>&1 ||
  { tail -50 "$build/build.log"; exit 1; }
echo "built the fuzzers in $(( $(date +%s) - started )) s"

# The seeds of each target: its folder under fuzz/corpus/, and files of the product or its
# tests that are real inputs of that parser.
seeds_of() {
  case "$1" in
    schedule_fuzz) echo "$root/data/embed/calendar/schedules.json" ;;
    portal_record_fuzz) ls "$root"/tests/data/catalog/*.json ;;
  esac
  ls "$root/fuzz/corpus/$1"/* 2>/dev/null || true
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
total_runs=0
targets=(schedule_fuzz portal_record_fuzz process_definition_fuzz request_json_fuzz online_form_fuzz)
for t in "${targets[@]}"; do
  corpus="$work/$t"
  mkdir -p "$corpus"
  seeds_of "$t" | while read -r f; do cp "$f" "$corpus/"; done
  dict=(-dict="$root/fuzz/json.dict")
  log="$work/$t.log"
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
      "$build/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -seed=1 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/$t-" "${dict[@]}" \
      "$corpus" >"$log" 2>&1; then
    tail -60 "$log"
    for a in "$work/$t-"*; do
      [ -f "$a" ] || continue
      echo "--- input that failed ($a, base64):"
      base64 "$a" | head -40
    done
    echo "fuzz fails: $t"
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  echo "$t: $runs inputs in ${seconds} s, $(ls "$corpus" | wc -l) in the corpus, $cov edges covered"
  total_runs=$((total_runs + runs))
done
echo "fuzz holds: ${#targets[@]} parsers, $total_runs inputs, no crash, leak, sanitizer report or broken property"

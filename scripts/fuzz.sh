#!/usr/bin/env bash
# Longer fuzz runs than the test suite's few seconds per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds build-fuzz with clang (TACTFUL_FUZZ=ON) and runs each target (all of
# them by default) for SECONDS (default 600) on FUZZ_JOBS jobs (default: one per
# core; FUZZ_JOBS=1 runs in one process, for a machine shared with other work,
# and combine with `nice -n 19`). New inputs
# are kept in build-fuzz/fuzz/corpus/<target>/ and grow from run to run; a crash,
# leak or timeout leaves its input in build-fuzz/fuzz/artifacts/<target>/ and
# makes the script exit 1. Replay one with: build-fuzz/fuzz/fuzz_<target> FILE
# and keep it as a regression test under tests/unit/regression/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
jobs=${FUZZ_JOBS:-$(nproc)}
cxx=$(command -v clang++-16 || command -v clang++ || true)
if [[ -z "$cxx" ]]; then
  echo "fuzz.sh: clang++ not found; run scripts/install-deps.sh (clang-16, libclang-rt-16-dev)" >&2
  exit 2
fi
CXX=$cxx cmake -S . -B build-fuzz -G Ninja -DTACTFUL_FUZZ=ON -DTACTFUL_TESTS=OFF >/dev/null
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=($(sed -n 's/^set(TACTFUL_FUZZ_TARGETS \(.*\))$/\1/p' fuzz/CMakeLists.txt))
fi
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

status=0
for t in "${targets[@]}"; do
  work=build-fuzz/fuzz/corpus/$t artifacts=build-fuzz/fuzz/artifacts/$t/
  mkdir -p "$work" "$artifacts"
  echo "== fuzz_$t for ${seconds}s"
  # One job runs in this process (-jobs=1 would still fork a worker that
  # logs to fuzz-0.log); more run as libFuzzer workers, one job each.
  parallel=()
  if [[ $jobs -gt 1 ]]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
  start=$SECONDS result=clean
  if ! build-fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
         "${parallel[@]}" -print_final_stats=1 -artifact_prefix="$artifacts" \
         "$work" fuzz/seeds/"$t" >build-fuzz/fuzz/"$t".log 2>&1; then
    echo "fuzz_$t: FINDING, see build-fuzz/fuzz/$t.log and $artifacts" >&2
    status=1 result=FINDING
  fi
  # One line per run in build-fuzz/fuzz/record.log: the running total per target.
  execs=$(grep -hoE 'stat::number_of_executed_units: [0-9]+' fuzz-*.log build-fuzz/fuzz/"$t".log 2>/dev/null |
          awk '{n += $2} END {print n + 0}' || true)
  printf '%s fuzz_%s %ss jobs=%s executions=%s %s\n' "$(date -u +%FT%TZ)" "$t" "$((SECONDS - start))" "$jobs" "$execs" "$result" |
    tee -a build-fuzz/fuzz/record.log
  rm -f fuzz-*.log
done
exit $status

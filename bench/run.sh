#!/usr/bin/env bash
# The speed benchmark of issue 6: makes the corpora, builds a Release binary in
# build-bench, installs write-good into a temporary folder, measures both and
# writes bench/results.md. Needs python3, cmake/ninja and the build
# dependencies (scripts/install-deps.sh); npm for the write-good comparison.
#
#   bench/run.sh [--runs N]     (BENCH_SIZE=bytes changes the mbox size;
#                                BENCH_BUILD=build reuses scripts/setup.sh's
#                                Release build instead of build-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
if [[ "${1:-}" == "--runs" ]]; then runs="$2"; fi
size="${BENCH_SIZE:-10000000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tactful-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "== corpora (seeded) in $work"
python3 bench/generate.py one "$work/one.eml"
python3 bench/generate.py dir "$work/messages" 1000
python3 bench/generate.py mbox "$work/mail.mbox" "$size"

build="${BENCH_BUILD:-build-bench}"
echo "== Release build in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTACTFUL_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target tactful rule_pack word_lists >/dev/null

write_good=()
if command -v npm >/dev/null; then
  echo "== write-good 1.0.8 from npm"
  if (cd "$work" && npm install --silent --no-audit --no-fund --prefix "$work/wg" write-good@1.0.8 >/dev/null 2>&1); then
    write_good=(--write-good "$work/wg/node_modules/.bin/write-good")
  else
    echo "npm install write-good failed; measuring tactful only" >&2
  fi
fi

echo "== measuring"
python3 bench/measure.py --tactful "$build/tactful" --one "$work/one.eml" --dir "$work/messages" \
  --mbox "$work/mail.mbox" --lsp bench/lsp_latency.py --runs "$runs" --out bench/results.md "${write_good[@]}"

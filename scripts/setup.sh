#!/usr/bin/env bash
# First command of the README: install what is missing, build a release
# binary into build/, and lint a sample message from the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --build-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DTACTFUL_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"
echo
echo "== build/tactful check corpus/outreach/job-consider-me-openings.txt"
build/tactful check corpus/outreach/job-consider-me-openings.txt || true

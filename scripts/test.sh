#!/usr/bin/env bash
# Second command of the README (and what CI runs): install what is missing,
# build with tests, and run the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-test -j"$(nproc)"
ctest --test-dir build-test --output-on-failure -j"$(nproc)" "$@"

# Again under AddressSanitizer and UndefinedBehaviorSanitizer. With clang 16
# the same build holds the libFuzzer targets (fuzz/), which ctest runs for a
# few seconds each after replaying their seeds (label "fuzz").
# To keep the whole script well under 20 minutes on 2 cores, this build is -O1
# with line tables only (-g1): about a fifth less compiler time than -O2 -g,
# and sanitizer reports still name function, file and line.
asan=(-DTACTFUL_SANITIZE=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
if command -v clang++-16 >/dev/null; then asan+=(-DCMAKE_CXX_COMPILER=clang++-16 -DTACTFUL_FUZZ=ON); fi
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${asan[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
# (The VS Code extension's build has no C++ in it: once is enough.)
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E '^vscode_extension_compiles$' "$@"

#!/bin/sh
# ctest: the VS Code extension installs its locked dependencies and compiles.
# Skips (exit 77) when npm is not installed; needs the npm registry or a
# warm npm cache for `npm ci`.
if ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: npm is not installed (Debian: apt-get install npm); the VS Code extension was not compiled"
  exit 77
fi
exec "$1/scripts/check.sh"

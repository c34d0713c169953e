#!/usr/bin/env bash
# Installs the extension's locked dependencies and type-checks/compiles it.
# Exits non-zero if either step fails. Safe to call from any directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm ci --no-audit --no-fund
npm run compile

#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/debian-packages.txt that are
# not installed yet. With --build-only, skips those marked "test". A third
# word names a command that already stands in for the package (npm from
# another source, say): when it is on PATH the package is not installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
want_tests=1
[ "${1:-}" = "--build-only" ] && want_tests=0

missing=()
while read -r name tag command _; do
  [ -z "$name" ] && continue
  case "$name" in \#*) continue ;; esac
  [ "$tag" = "test" ] && [ "$want_tests" = 0 ] && continue
  if [ -n "${command:-}" ] && command -v "$command" >/dev/null 2>&1; then
    continue
  fi
  if ! dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$name")
  fi
done < "$here/debian-packages.txt"

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

# Shared by the gate and batch tests (sourced, not run).
#
# Usage in a test: source "$(dirname "$0")/lib.sh" "$@"
#   $1 is the tactful binary (ctest passes $<TARGET_FILE:tactful>).
# Sets TACTFUL, RULES (the frozen test rules beside this file), WORK (a
# scratch folder removed on exit) and CAPTURE (a command that stores its
# arguments and standard input under $WORK/capture/N/, N counting calls).

set -u

TACTFUL=${1:?usage: $0 PATH/TO/tactful}
case $TACTFUL in /*) ;; *) TACTFUL=$PWD/$TACTFUL ;; esac
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RULES=$HERE/rules
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tactful-gate.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
FAILURES=0

# No config from the folders above the test run may leak in.
cd "$WORK" || exit 2

# The capturing "sendmail": one folder per call, arguments one per line
# (NUL-separated copy in args0 for exact checks), the message byte for byte.
CAPTURE=$WORK/capture.sh
mkdir -p "$WORK/capture"
cat >"$CAPTURE" <<EOF
#!/bin/sh
dir=\$(mktemp -d "$WORK/capture/call.XXXXXX")
printf '%s\n' "\$@" >"\$dir/args"
printf '%s\0' "\$@" >"\$dir/args0"
cat >"\$dir/msg.part" && mv "\$dir/msg.part" "\$dir/msg"
exit \${CAPTURE_EXIT:-0}
EOF
chmod +x "$CAPTURE"

fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

pass() { echo "ok: $*"; }

# A tool the test needs; the setup script installs it, tests never do.
require_tool() {  # COMMAND DEBIAN-PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "FAIL: '$1' is not installed; install the Debian package '$2' (apt-get install -y $2)" >&2
    exit 1
  fi
}

# Number of times the capturing command ran so far.
capture_count() { find "$WORK/capture" -mindepth 1 -maxdepth 1 -type d | wc -l; }

# The one capture folder, after exactly one run; empty if not exactly one.
only_capture() {
  local dirs
  dirs=$(find "$WORK/capture" -mindepth 1 -maxdepth 1 -type d)
  [ "$(printf '%s\n' "$dirs" | grep -c .)" = 1 ] && printf '%s\n' "$dirs"
}

reset_capture() { rm -rf "$WORK/capture" && mkdir -p "$WORK/capture"; }

finish() {
  if [ "$FAILURES" -gt 0 ]; then
    echo "$FAILURES check(s) failed" >&2
    exit 1
  fi
  echo "all checks passed"
  exit 0
}

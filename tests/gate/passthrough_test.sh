#!/usr/bin/env bash
# Property test: many generated messages (CRLF, 8-bit, random bytes, binary
# attachments, no trailing newline, empty, over a megabyte) go through
# `tactful gate` into a capturing command. A message that passes must arrive
# byte for byte, with the sendmail flags and arguments in order, and gate
# must exit with the command's status; a blocked one must never start it.
#
#   passthrough_test.sh PATH/TO/tactful [COUNT] [SEED]
source "$(dirname "$0")/lib.sh" "$@"
COUNT=${2:-${GATE_COUNT:-300}}
SEED=${3:-${GATE_SEED:-20261117}}
require_tool python3 python3
echo "generating $COUNT messages with seed $SEED"
python3 "$HERE/gen_messages.py" messages "$WORK/gen" "$COUNT" "$SEED" || exit 1

passed=0
blocked=0
while read -r name expect kind; do
  msg=$WORK/gen/$name.msg
  reset_capture
  status=$((10#$name % 4))  # the command's exit status gate must hand back
  # Flags a mail client would put before `--`, in an order that must survive.
  CAPTURE_EXIT=$status "$TACTFUL" gate -B8BITMIME -f "jane+$name@x.org" -N failure -R hdrs -oi \
    --rules "$RULES" -- "$CAPTURE" --first "arg with spaces" ann@y.com \
    <"$msg" >"$WORK/out" 2>"$WORK/err"
  rc=$?
  if [ "$expect" = block ]; then
    blocked=$((blocked + 1))
    [ "$rc" = 1 ] || fail "$name ($kind): expected exit 1 for a blocked message, got $rc: $(head -c 300 "$WORK/err")"
    [ "$(capture_count)" = 0 ] || fail "$name ($kind): blocked, yet the command ran"
    grep -q 'NOT sent' "$WORK/err" || fail "$name ($kind): blocked without saying so on standard error"
    continue
  fi
  passed=$((passed + 1))
  [ "$rc" = "$status" ] || fail "$name ($kind): expected the command's status $status, got $rc: $(head -c 300 "$WORK/err")"
  dir=$(only_capture)
  if [ -z "$dir" ]; then
    fail "$name ($kind): the command ran $(capture_count) times instead of once"
    continue
  fi
  [ -f "$dir/msg" ] || fail "$name ($kind): the command did not read its input to the end"
  cmp -s "$msg" "$dir/msg" || fail "$name ($kind): bytes differ ($(stat -c %s "$msg") sent, $(stat -c %s "$dir/msg" 2>/dev/null) received)"
  printf '%s\0' -B8BITMIME -f "jane+$name@x.org" -N failure -R hdrs -oi --first "arg with spaces" ann@y.com >"$WORK/want-args"
  cmp -s "$WORK/want-args" "$dir/args0" || fail "$name ($kind): arguments differ: $(tr '\n' ' ' <"$dir/args")"
  [ -s "$WORK/out" ] && fail "$name ($kind): gate wrote to standard output (belongs to the command)"
done <"$WORK/gen/manifest"

echo "$passed passed through, $blocked blocked (seed $SEED)"
[ "$passed" -gt 0 ] && [ "$blocked" -gt 0 ] || fail "the generator produced no mix of passing and blocked messages"
finish

#!/usr/bin/env bash
# `tactful gate` one behaviour at a time: sendmail flags, gate's own options,
# the overrides, the exit statuses (1, 2, 69, 75, COMMAND's own), signals in
# the middle of reading and of writing, and --quiet.
#
#   behaviour_test.sh PATH/TO/tactful
source "$(dirname "$0")/lib.sh" "$@"

CLEAN=$WORK/clean.eml
printf 'From: Jane Doe <jane@x.org>\nTo: Ann Lee <ann@y.com>\nSubject: Data journalism\n\nDear Ann,\n\nI am exploring data journalism. Would you have 20 minutes for a call?\n\nJane\n' >"$CLEAN"
BAD=$WORK/bad.eml
printf 'From: Jane Doe <jane@x.org>\nTo: Ann Lee <ann@y.com>\nSubject: Data journalism\n\nDear Ann,\n\nDo you have any openings on your team?\n\nJane\n' >"$BAD"
WARN=$WORK/warn.eml
printf 'Subject: Data journalism\n\nDear Ann,\n\nI have a quick question about your work.\n\nJane\n' >"$WARN"

gate() { "$TACTFUL" gate --rules "$RULES" "$@"; }

# --- sendmail flags -------------------------------------------------------
reset_capture
gate -B8BITMIME -f jane@x.org -N failure -R hdrs -- "$CAPTURE" -oi ann@y.com <"$CLEAN" 2>"$WORK/err"
rc=$?
dir=$(only_capture)
[ "$rc" = 0 ] && [ -n "$dir" ] || fail "flags: expected one run and exit 0, got $rc: $(cat "$WORK/err")"
want="-B8BITMIME -f jane@x.org -N failure -R hdrs -oi ann@y.com"
got=$(tr '\n' ' ' <"$dir/args" | sed 's/ $//')
[ "$got" = "$want" ] && pass "sendmail flags go after COMMAND's name, in order" || fail "flags: got '$got', want '$want'"

reset_capture
"$TACTFUL" gate -f jane@x.org --rules "$RULES" -oi --fail-on=warning -B8BITMIME -- "$CAPTURE" x@y.com <"$WARN" 2>"$WORK/err"
rc=$?
[ "$rc" = 1 ] && [ "$(capture_count)" = 0 ] && pass "gate options mixed with sendmail flags still count (--fail-on=warning blocks a warning)" ||
  fail "mixed options: rc $rc, runs $(capture_count): $(cat "$WORK/err")"

reset_capture
gate -- "$CAPTURE" <"$WARN" 2>"$WORK/err"
rc=$?
[ "$rc" = 0 ] && [ "$(capture_count)" = 1 ] && grep -q 'gate-quick-question' "$WORK/err" &&
  pass "a warning below --fail-on is reported on standard error and the message goes" ||
  fail "warning: rc $rc, runs $(capture_count), stderr: $(cat "$WORK/err")"

# --- blocked, --quiet ---------------------------------------------------
reset_capture
gate -- "$CAPTURE" <"$BAD" >"$WORK/out" 2>"$WORK/err"
rc=$?
[ "$rc" = 1 ] && [ "$(capture_count)" = 0 ] && grep -q 'gate-openings' "$WORK/err" && [ ! -s "$WORK/out" ] &&
  pass "a blocked message: exit 1, report on standard error, COMMAND never ran" ||
  fail "blocked: rc $rc, runs $(capture_count), stderr: $(cat "$WORK/err")"

reset_capture
gate --quiet -- "$CAPTURE" <"$BAD" >"$WORK/out" 2>"$WORK/err"
rc=$?
[ "$rc" = 1 ] && [ "$(capture_count)" = 0 ] && [ ! -s "$WORK/err" ] && [ ! -s "$WORK/out" ] &&
  pass "--quiet: blocked with exit 1 and not a word" || fail "quiet: rc $rc, stderr: $(cat "$WORK/err")"

# --- overrides --------------------------------------------------------------
SKIP=$WORK/skip.eml
printf 'From: Jane Doe <jane@x.org>\r\nX-Tactful: skip\r\nSubject: Data journalism\r\n\r\nDo you have any openings?' >"$SKIP"
reset_capture
gate -- "$CAPTURE" <"$SKIP" 2>"$WORK/err"
rc=$?
dir=$(only_capture)
[ "$rc" = 0 ] && [ -n "$dir" ] && cmp -s "$SKIP" "$dir/msg" && grep -q 'unchecked' "$WORK/err" &&
  pass "X-Tactful: skip sends unchecked, header kept, bytes unchanged, and says so" ||
  fail "skip header: rc $rc, runs $(capture_count), stderr: $(cat "$WORK/err")"

reset_capture
printf 'Subject: Data journalism\nX-Tactful: maybe\n\nDo you have any openings?\n' | gate -- "$CAPTURE" 2>/dev/null
rc=$?
[ "$rc" = 1 ] && [ "$(capture_count)" = 0 ] && pass "X-Tactful with another value does not skip" || fail "X-Tactful: maybe: rc $rc"

reset_capture
TACTFUL_SKIP=1 "$TACTFUL" gate --rules "$WORK/no-such-rules" -- "$CAPTURE" <"$BAD" 2>"$WORK/err"
rc=$?
dir=$(only_capture)
[ "$rc" = 0 ] && [ -n "$dir" ] && cmp -s "$BAD" "$dir/msg" &&
  pass "TACTFUL_SKIP=1 sends unchecked without even loading rules" || fail "TACTFUL_SKIP=1: rc $rc: $(cat "$WORK/err")"

reset_capture
TACTFUL_SKIP=0 gate -- "$CAPTURE" <"$BAD" 2>/dev/null
rc=$?
[ "$rc" = 1 ] && [ "$(capture_count)" = 0 ] && pass "TACTFUL_SKIP=0 does not skip" || fail "TACTFUL_SKIP=0: rc $rc"

# --- tactful cannot check: 75, nothing sent --------------------------------
mkdir -p "$WORK/broken-rules"
printf 'id: broken\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: x\nphrases: [\n' >"$WORK/broken-rules/broken.yaml"
expect_75() {  # DESCRIPTION, then the gate command line; stdin from $CLEAN unless redirected by caller
  local what=$1
  shift
  reset_capture
  "$@" 2>"$WORK/err"
  local rc=$?
  [ "$rc" = 75 ] && [ "$(capture_count)" = 0 ] && grep -q 'not sent' "$WORK/err" &&
    pass "$what: exit 75, nothing sent, says why" || fail "$what: rc $rc, runs $(capture_count), stderr: $(cat "$WORK/err")"
}
expect_75 "a rule file that does not load" "$TACTFUL" gate --rules "$WORK/broken-rules" -- "$CAPTURE" <"$CLEAN"
expect_75 "a missing rule folder" "$TACTFUL" gate --rules "$WORK/no-such-rules" -- "$CAPTURE" <"$CLEAN"
printf 'rules: [\n' >"$WORK/broken.yaml"
expect_75 "a config that does not parse" gate --config "$WORK/broken.yaml" -- "$CAPTURE" <"$CLEAN"
expect_75 "a config that does not exist" gate --config "$WORK/none.yaml" -- "$CAPTURE" <"$CLEAN"
mkdir -p "$WORK/project" && printf 'rules: [\n' >"$WORK/project/.tactful.yaml"
(cd "$WORK/project" && expect_75 "a broken .tactful.yaml in the current folder" gate -- "$CAPTURE" <"$CLEAN")
head -c 2100000 /dev/zero | tr '\0' 'a' >"$WORK/big.txt"
expect_75 "a message over --max-size" gate --max-size 1 -- "$CAPTURE" <"$WORK/big.txt"
expect_75 "standard input that cannot be read" gate -- "$CAPTURE" </

# --- COMMAND cannot start: 69 ---------------------------------------------
printf '#!/bin/sh\ncat\n' >"$WORK/not-executable.sh"
for cmd in "$WORK/no-such-command" no-such-command-on-path "$WORK/not-executable.sh"; do
  reset_capture
  gate -- "$cmd" -oi <"$CLEAN" 2>"$WORK/err"
  rc=$?
  [ "$rc" = 69 ] && grep -q 'cannot run' "$WORK/err" && pass "COMMAND '$(basename "$cmd")' cannot start: exit 69" ||
    fail "cannot start $cmd: rc $rc, stderr: $(cat "$WORK/err")"
done

# --- usage: 2 ----------------------------------------------------------------
for args in "$CAPTURE" "--bogus -- $CAPTURE" "--" "--rules" "--quiet=yes -- $CAPTURE"; do
  reset_capture
  # shellcheck disable=SC2086
  "$TACTFUL" gate $args <"$CLEAN" 2>"$WORK/err"
  rc=$?
  [ "$rc" = 2 ] && [ "$(capture_count)" = 0 ] && pass "bad usage 'gate $args': exit 2" || fail "usage '$args': rc $rc"
done
"$TACTFUL" gate --help >"$WORK/out" 2>&1 && grep -q -- '-- COMMAND' "$WORK/out" && pass "gate --help" || fail "gate --help"

# --- COMMAND's status, early close, death ----------------------------------
# Three megabytes in ordinary lines: far more than a pipe buffer holds.
big_message() { { cat "$CLEAN"; yes 'Maps and numbers, paragraph after paragraph.' | head -c 3000000; } >"$WORK/big.eml"; }
big_message
gate -- sh -c 'exit 3' <"$WORK/big.eml" 2>"$WORK/err"
rc=$?
[ "$rc" = 3 ] && pass "COMMAND that stops reading and fails: its status comes back (EPIPE handled)" || fail "early close: rc $rc"
gate -- sh -c 'head -c 10 >/dev/null; kill -9 $$' <"$WORK/big.eml" 2>"$WORK/err"
rc=$?
[ "$rc" = 137 ] && pass "COMMAND killed by a signal: 128 + signal" || fail "killed command: rc $rc"

# SIGTERM while gate is still writing: COMMAND must never see end-of-file.
rm -f "$WORK/eof-seen"
# (the binary itself, not the shell function: $! must be gate's own pid)
"$TACTFUL" gate --rules "$RULES" -- sh -c "sleep 1; cat >'$WORK/partial'; touch '$WORK/eof-seen'" <"$WORK/big.eml" 2>/dev/null &
pid=$!
sleep 0.5
kill -TERM "$pid"
wait "$pid"
rc=$?
sleep 1.5
[ ! -e "$WORK/eof-seen" ] && [ "$rc" = 143 ] && pass "SIGTERM while writing: COMMAND is stopped before it sees a partial message" ||
  fail "SIGTERM while writing: rc $rc, command saw EOF: $([ -e "$WORK/eof-seen" ] && echo yes, $(stat -c %s "$WORK/partial") of $(stat -c %s "$WORK/big.eml") bytes || echo no)"

# SIGTERM while gate is still reading its input: COMMAND never starts.
reset_capture
{ head -c 1000 "$CLEAN"; sleep 2; } | "$TACTFUL" gate --rules "$RULES" -- "$CAPTURE" 2>/dev/null &
pid=$!
sleep 0.5
kill -TERM "$pid"
wait "$pid"
rc=$?
sleep 1.6
[ "$(capture_count)" = 0 ] && [ "$rc" = 143 ] && pass "SIGTERM while reading: COMMAND never started" || fail "SIGTERM while reading: rc $rc, runs $(capture_count)"

finish

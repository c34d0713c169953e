#!/usr/bin/env bash
# Batch checks: an mbox of 1,000 messages gives the same findings, in the same
# order, with 1 and 2 workers (human and JSON output, the frozen test rules and
# the installed pack); the human report ends with the per-rule table; --quiet
# prints nothing and keeps the exit status; `-` reads standard input.
#
#   batch_test.sh PATH/TO/tactful
source "$(dirname "$0")/lib.sh" "$@"
require_tool python3 python3

MBOX=$WORK/drafts.mbox
blocked=$(python3 "$HERE/gen_messages.py" mbox "$MBOX" 1000 7) || exit 1
echo "mbox: 1000 messages, $blocked with a blocking phrase"

for pack in test installed; do
  rules=()
  [ $pack = test ] && rules=(--rules "$RULES")
  for format in human json; do
    for jobs in 1 2; do
      start=$(date +%s.%N)
      "$TACTFUL" check "${rules[@]}" --format $format -j $jobs "$MBOX" >"$WORK/$pack.$format.$jobs" 2>"$WORK/err"
      echo "$?" >"$WORK/$pack.$format.$jobs.rc"
      echo "$pack pack, $format, -j $jobs: $(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo '?') s, exit $(cat "$WORK/$pack.$format.$jobs.rc")"
    done
    if cmp -s "$WORK/$pack.$format.1" "$WORK/$pack.$format.2" && cmp -s "$WORK/$pack.$format.1.rc" "$WORK/$pack.$format.2.rc"; then
      pass "$pack pack, --format $format: -j 1 and -j 2 give identical output"
    else
      fail "$pack pack, --format $format: -j 1 and -j 2 differ: $(diff "$WORK/$pack.$format.1" "$WORK/$pack.$format.2" | head -5)"
    fi
  done
done

# The findings are the right ones, not merely the same twice.
errors=$(grep -c 'error: Test rule: asks about openings\|error: Test rule: a resume is attached' "$WORK/test.human.1")
[ "$errors" = "$blocked" ] && pass "each of the $blocked blocking messages has its error" || fail "expected $blocked errors, found $errors"
python3 - "$WORK/test.json.2" 1000 <<'EOF' && pass "JSON: 1000 files, paths FILE:1..FILE:1000 in order" || fail "JSON paths out of order"
import json, sys
files = json.load(open(sys.argv[1]))["files"]
n = int(sys.argv[2])
assert len(files) == n, len(files)
assert [f["path"].rsplit(":", 1)[1] for f in files] == [str(i) for i in range(1, n + 1)]
EOF
[ "$(cat "$WORK/test.human.2.rc")" = 1 ] || fail "a batch with errors must exit 1"
grep -q '^rule  *errors  *warnings  *suggestions' "$WORK/test.human.2" && grep -q '^gate-quick-question ' "$WORK/test.human.2" &&
  tail -1 "$WORK/test.human.2" | grep -q "in 1000 messages" &&
  pass "human output ends with the per-rule table and the totals" || fail "no per-rule summary table: $(tail -8 "$WORK/test.human.2")"

# Default workers (one per core) give the same as -j 1 as well.
"$TACTFUL" check --rules "$RULES" "$MBOX" >"$WORK/default" 2>/dev/null
cmp -s "$WORK/default" "$WORK/test.human.1" && pass "default worker count: same output" || fail "default worker count differs"

# --quiet: nothing at all on standard output, same status.
"$TACTFUL" check --rules "$RULES" --quiet "$MBOX" >"$WORK/quiet" 2>&1
rc=$?
[ "$rc" = 1 ] && [ ! -s "$WORK/quiet" ] && pass "--quiet: exit 1 and no output" || fail "--quiet: exit $rc, output $(head -c 200 "$WORK/quiet")"
printf 'Subject: Data journalism\n\nDear Ann,\n\nWould you have 20 minutes?\n\nJane\n' |
  "$TACTFUL" check --rules "$RULES" --quiet - >"$WORK/quiet" 2>&1
rc=$?
[ "$rc" = 0 ] && [ ! -s "$WORK/quiet" ] && pass "--quiet with - (standard input): exit 0 and no output" || fail "--quiet -: exit $rc"
printf 'Dear Ann,\n\nAny openings?\n\nJane\n' | "$TACTFUL" check --rules "$RULES" -q - >"$WORK/quiet" 2>&1
rc=$?
[ "$rc" = 1 ] && [ ! -s "$WORK/quiet" ] && pass "-q with -: exit 1 and no output" || fail "-q -: exit $rc"

# An unreadable input still gives exit 2 after the others are reported, in order.
mkdir -p "$WORK/mixed"
cp "$MBOX" "$WORK/mixed/a.mbox"
printf 'Dear Ann,\n\nAny openings?\n' >"$WORK/mixed/b.txt"
chmod 000 "$WORK/mixed/b.txt"
if [ -r "$WORK/mixed/b.txt" ]; then
  echo "skip: running as a user who can read mode-000 files"
else
  "$TACTFUL" check --rules "$RULES" -j 2 "$WORK/mixed" >"$WORK/mixed.out" 2>"$WORK/mixed.err"
  rc=$?
  [ "$rc" = 2 ] && grep -q 'b.txt' "$WORK/mixed.err" && grep -q 'in 1000 messages' "$WORK/mixed.out" &&
    pass "an unreadable file: exit 2, the rest still reported" || fail "unreadable file: exit $rc"
fi

# A config that does not load, met in the middle of a batch, stops the batch
# there: what came before is reported (the JSON still parses), nothing after,
# exit 2, and the same with one worker as with two.
mkdir -p "$WORK/broken/a" "$WORK/broken/b"
head -c 200000 "$MBOX" | awk 'BEGIN{n=0} /^From /{n++} n<=40' >"$WORK/broken/a/m.mbox"
cp "$WORK/broken/a/m.mbox" "$WORK/broken/b/m.mbox"
printf 'rules: [\n' >"$WORK/broken/b/.tactful.yaml"
for jobs in 1 2; do
  "$TACTFUL" check --rules "$RULES" --format json -j $jobs "$WORK/broken/a/m.mbox" "$WORK/broken/b/m.mbox" "$WORK/broken/a/m.mbox" \
    >"$WORK/broken.$jobs" 2>"$WORK/broken.$jobs.err"
  echo "$?" >"$WORK/broken.$jobs.rc"
done
before=$(grep -c '^From ' "$WORK/broken/a/m.mbox")
if [ "$(cat "$WORK/broken.1.rc")" = 2 ] && cmp -s "$WORK/broken.1" "$WORK/broken.2" && cmp -s "$WORK/broken.1.err" "$WORK/broken.2.err" &&
  grep -q 'broken/b/.tactful.yaml' "$WORK/broken.1.err" &&
  python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["files"]; assert len(f)==int(sys.argv[2]) and all("/broken/a/" in x["path"] for x in f), len(f)' \
    "$WORK/broken.1" "$before"; then
  pass "a broken config mid-batch: the $before messages before it reported, none after, exit 2, same at -j 1 and -j 2"
else
  fail "broken config mid-batch: exit $(cat "$WORK/broken.1.rc")/$(cat "$WORK/broken.2.rc"), $(head -c 300 "$WORK/broken.1.err")"
fi

# contrib/filter/tactful-filter.sh sorts drafts by exit status alone.
mkdir -p "$WORK/drafts"
printf 'Subject: Maps\n\nDear Ann,\n\nWould you have 20 minutes?\n\nJane\n' >"$WORK/drafts/clean.eml"
printf 'Dear Ann,\n\nDo you have any openings?\n\nJane\n' >"$WORK/drafts/bad.txt"
printf 'Dear Ann,\n\nI have a quick question about maps.\n\nJane\n' >"$WORK/drafts/warn.md"
TACTFUL=$TACTFUL sh "$HERE/../../contrib/filter/tactful-filter.sh" "$WORK/drafts" --rules "$RULES" >"$WORK/out" 2>&1
rc=$?
[ "$rc" = 1 ] && [ -f "$WORK/drafts/ready/clean.eml" ] && [ -f "$WORK/drafts/ready/warn.md" ] &&
  [ -f "$WORK/drafts/needs-work/bad.txt" ] && [ ! -s "$WORK/out" ] &&
  pass "contrib filter script: clean and warning drafts ready, the job request needs work, exit 1, silent" ||
  fail "filter script: exit $rc, $(find "$WORK/drafts" -type f | sed "s|$WORK/||" | tr '\n' ' ') $(cat "$WORK/out")"

finish

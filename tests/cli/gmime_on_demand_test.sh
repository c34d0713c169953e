#!/usr/bin/env bash
# GMime is loaded when the first MIME message needs it
# (src/message/gmime_on_demand.h). A library that cannot be loaded, or one
# that lacks a function, must give a clear error that names the message and
# what to install, and never a crash; gate must then hold the message back
# (exit 75) and send nothing. Plain mail must not need GMime at all.
#
# Usage: gmime_on_demand_test.sh PATH/TO/tactful RULES_FOLDER CORPUS_FOLDER
set -u
TACTFUL=${1:?usage: $0 PATH/TO/tactful RULES_FOLDER CORPUS_FOLDER}
RULES=${2:?usage: $0 PATH/TO/tactful RULES_FOLDER CORPUS_FOLDER}
CORPUS=${3:?usage: $0 PATH/TO/tactful RULES_FOLDER CORPUS_FOLDER}
TACTFUL=$(realpath "$TACTFUL") RULES=$(realpath "$RULES") CORPUS=$(realpath "$CORPUS")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tactful-gmime.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

MIME="$CORPUS/thank-you/clean-resume-as-requested.eml"  # multipart with an attachment: GMime reads it
PLAIN="$CORPUS/outreach/job-consider-me-openings.txt"
[[ -f $MIME && -f $PLAIN ]] || { echo "FAIL: corpus messages missing"; exit 1; }

# Stand-ins found first on LD_LIBRARY_PATH: a file that is no library, and a
# library without GMime's functions.
mkdir -p "$WORK/broken" "$WORK/empty"
echo "not a library" > "$WORK/broken/libgmime-3.0.so.0"
echo 'int not_gmime;' | cc -shared -fPIC -x c -o "$WORK/empty/libgmime-3.0.so.0" - || { echo "FAIL: cc"; exit 1; }

for case in broken empty; do
  LD_LIBRARY_PATH="$WORK/$case" "$TACTFUL" check --rules "$RULES" "$MIME" >out 2>err; status=$?
  if [[ $status -eq 2 ]] && grep -q "$MIME: cannot lint:" err && grep -q 'libgmime-3.0.so.0' err &&
     { [[ $case == empty ]] || grep -q 'install the libgmime-3.0-0 package' err; }; then
    pass "check with a $case GMime: a clear error naming the message"
  else
    fail "check with a $case GMime: status $status, $(head -c 300 err)"
  fi
  LD_LIBRARY_PATH="$WORK/$case" "$TACTFUL" gate --rules "$RULES" -- sh -c "cat > '$WORK/sent'" <"$MIME" >out 2>err; status=$?
  if [[ $status -eq 75 && ! -s $WORK/sent ]] && grep -q 'libgmime-3.0.so.0' err; then
    pass "gate with a $case GMime holds the message back"
  else
    fail "gate with a $case GMime: status $status, sent $(wc -c <"$WORK/sent" 2>/dev/null || echo 0) bytes, $(head -c 300 err)"
  fi
  rm -f "$WORK/sent"
  LD_LIBRARY_PATH="$WORK/$case" "$TACTFUL" check --rules "$RULES" --format json "$PLAIN" >out 2>err; status=$?
  if [[ $status -eq 1 ]] && grep -q '"no-job-request"' out && [[ ! -s err ]]; then
    pass "plain mail is linted without GMime ($case stand-in)"
  else
    fail "plain mail with a $case GMime: status $status, $(head -c 300 err)"
  fi
done

# And with the real library, the same MIME message is linted.
"$TACTFUL" check --rules "$RULES" "$MIME" >out 2>err; status=$?
if [[ $status -eq 0 ]] && grep -q 'in 1 message' out; then pass "the real GMime reads it"
else fail "with the real GMime: status $status, $(head -c 300 err)"; fi

echo "$failures failure(s)"
[[ $failures -eq 0 ]]

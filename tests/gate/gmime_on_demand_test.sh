#!/usr/bin/env bash
# GMime is loaded when the first MIME message needs it
# (src/message/gmime_on_demand.h). A library that cannot be loaded, or one
# that lacks a function, must give a clear error that names the message and
# what to install, and never a crash; gate must then hold the message back
# (exit 75) and send nothing. Plain mail must not need GMime at all.
source "$(dirname "$0")/lib.sh" "$@"

CORPUS=$HERE/../../corpus
MIME=$CORPUS/thank-you/clean-resume-as-requested.eml  # multipart with an attachment: GMime reads it
PLAIN=$CORPUS/outreach/job-consider-me-openings.txt   # "any openings": the frozen gate-openings rule fires
[[ -f $MIME && -f $PLAIN ]] || { echo "FAIL: corpus messages missing" >&2; exit 1; }
require_tool cc gcc

# Stand-ins found first on LD_LIBRARY_PATH: a file that is no library, and a
# library without GMime's functions.
mkdir -p "$WORK/broken" "$WORK/empty"
echo "not a library" >"$WORK/broken/libgmime-3.0.so.0"
echo 'int not_gmime;' | cc -shared -fPIC -x c -o "$WORK/empty/libgmime-3.0.so.0" - || { echo "FAIL: cc" >&2; exit 1; }

for stand_in in broken empty; do
  export LD_LIBRARY_PATH=$WORK/$stand_in
  "$TACTFUL" check --rules "$RULES" "$MIME" >out 2>err; status=$?
  if [[ $status -eq 2 ]] && grep -q "$MIME: cannot lint:" err && grep -q 'libgmime-3.0.so.0' err &&
     { [[ $stand_in == empty ]] || grep -q 'install the libgmime-3.0-0 package' err; }; then
    pass "check with a $stand_in GMime: a clear error naming the message"
  else
    fail "check with a $stand_in GMime: status $status, $(head -c 300 err)"
  fi
  reset_capture
  "$TACTFUL" gate --rules "$RULES" -- "$CAPTURE" <"$MIME" >out 2>err; status=$?
  if [[ $status -eq 75 && $(capture_count) -eq 0 ]] && grep -q 'libgmime-3.0.so.0' err; then
    pass "gate with a $stand_in GMime holds the message back"
  else
    fail "gate with a $stand_in GMime: status $status, $(capture_count) sent, $(head -c 300 err)"
  fi
  "$TACTFUL" check --rules "$RULES" --format json "$PLAIN" >out 2>err; status=$?
  if [[ $status -eq 1 ]] && grep -q '"gate-openings"' out && [[ ! -s err ]]; then
    pass "plain mail is linted without GMime ($stand_in stand-in)"
  else
    fail "plain mail with a $stand_in GMime: status $status, $(head -c 300 err)"
  fi
  unset LD_LIBRARY_PATH
done

# And with the real library, the same MIME message is linted.
"$TACTFUL" check --rules "$RULES" "$MIME" >out 2>err; status=$?
if [[ $status -le 1 ]] && grep -q "in 1 message" out && [[ ! -s err ]]; then pass "the real GMime reads it"
else fail "with the real GMime: status $status, $(head -c 300 err)"; fi

finish

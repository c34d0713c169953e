#!/usr/bin/env bash
# A real mail client: NeoMutt in batch mode sends through `tactful gate` into a
# capturing command. $sendmail is a thin wrapper that keeps a copy of what
# NeoMutt wrote and of the arguments it chose, then execs gate with them, so
# the test can compare what NeoMutt sent with what arrived, byte for byte.
#
#   neomutt_test.sh PATH/TO/tactful        (needs the Debian package neomutt)
source "$(dirname "$0")/lib.sh" "$@"
require_tool neomutt neomutt

export HOME=$WORK/home
mkdir -p "$HOME" "$WORK/sent"
cp -r "$RULES" "$WORK/rules"  # NeoMutt splits $sendmail on blanks: keep paths blank-free

TEE=$WORK/tee-gate.sh
cat >"$TEE" <<EOF
#!/bin/sh
n=\$(ls "$WORK/sent" | wc -l)
cat >"$WORK/sent/\$n.eml"
printf '%s\n' "\$@" >"$WORK/sent/\$n.args"
exec "$TACTFUL" gate "\$@" <"$WORK/sent/\$n.eml"
EOF
chmod +x "$TEE"

cat >"$WORK/muttrc" <<EOF
set from="Jane Doe <jane@x.org>"
set use_from=yes
set record=""
set send_charset="utf-8"
set sendmail_wait=0
set use_8bitmime=no
set use_envelope_from=no
set sendmail="$TEE --rules $WORK/rules -- $CAPTURE -oi"
EOF

printf 'Dear Ann,\n\nI am exploring data journalism and admire your election maps. Would you have 20 minutes for a call next week? I am not asking for a job.\n\nThank you,\nJane\n' >"$WORK/body.txt"
printf 'Dear Ann,\n\nI am exploring data journalism and would love 20 minutes of your advice. Café notes attached.\n\nThank you,\nJané\n' >"$WORK/body8.txt"
printf '%%PDF-1.4\n%% a stand-in for a resume\n1 0 obj << >> endobj\ntrailer << >>\n%%%%EOF\n' >"$WORK/Resume_Jane_Doe.pdf"
head -c 5000 /dev/urandom >"$WORK/Trip_Photo.jpg"

send() {  # SUBJECT BODY [neomutt options...]
  local subject=$1 body=$2
  shift 2
  reset_capture
  rm -f "$WORK"/sent/*
  neomutt -n -F "$WORK/muttrc" -s "$subject" "$@" -- ann@y.com <"$body" >"$WORK/out" 2>&1
}

# The message NeoMutt produced arrived unchanged, once.
arrived_unchanged() {  # WHAT
  local dir
  dir=$(only_capture)
  if [ -z "$dir" ] || [ ! -f "$WORK/sent/0.eml" ]; then
    fail "$1: expected one delivery, got $(capture_count): $(cat "$WORK/out")"
    return 1
  fi
  cmp -s "$WORK/sent/0.eml" "$dir/msg" || { fail "$1: the bytes NeoMutt sent differ from what arrived"; return 1; }
}

send "Exploring data journalism" "$WORK/body.txt"
rc=$?
[ "$rc" = 0 ] && arrived_unchanged "clean outreach" && pass "NeoMutt: a clean outreach arrives byte-identical" ||
  fail "clean outreach: neomutt exit $rc: $(cat "$WORK/out")"

send "Exploring data journalism" "$WORK/body.txt" -a "$WORK/Resume_Jane_Doe.pdf"
rc=$?
[ "$rc" != 0 ] && [ "$(capture_count)" = 0 ] && grep -q 'gate-resume' "$WORK/out" && [ -f "$WORK/sent/0.eml" ] &&
  pass "NeoMutt: with -a Resume_Jane_Doe.pdf the send is refused (exit $rc) and tactful's report is shown" ||
  fail "resume: neomutt exit $rc, deliveries $(capture_count), output: $(cat "$WORK/out")"

send "Exploring data journalism" "$WORK/body.txt" -a "$WORK/Trip_Photo.jpg"
rc=$?
[ "$rc" = 0 ] && arrived_unchanged "unrelated attachment" && grep -q 'Trip_Photo.jpg' "$(only_capture)/msg" &&
  pass "NeoMutt: a message with an unrelated attachment arrives byte-identical" ||
  fail "unrelated attachment: neomutt exit $rc: $(cat "$WORK/out")"

send "Exploring data journalism" "$WORK/body8.txt" -e 'set use_8bitmime=yes' -e 'set use_envelope_from=yes'
rc=$?
if [ "$rc" = 0 ] && arrived_unchanged "8-bit with envelope from"; then
  dir=$(only_capture)
  given=$(tr '\n' ' ' <"$WORK/sent/0.args")
  got=$(tr '\n' ' ' <"$dir/args")
  want="-B8BITMIME -f jane@x.org -oi ann@y.com "
  case $given in *-B8BITMIME*-f\ jane@x.org*--*) ;; *) fail "NeoMutt did not insert the flags as expected: $given" ;; esac
  [ "$got" = "$want" ] && grep -q '8bit' "$dir/msg" &&
    pass "NeoMutt: use_8bitmime and use_envelope_from flags reach the command in order ($got)" ||
    fail "flags: NeoMutt gave '$given'; the command got '$got', want '$want'"
else
  fail "8-bit message: neomutt exit $rc: $(cat "$WORK/out")"
fi

finish

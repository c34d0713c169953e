#!/usr/bin/env bash
# git send-email --sendmail-cmd through `tactful gate`, with the three messages
# of the NeoMutt test: a clean outreach and one with an unrelated attachment
# arrive byte for byte; one with a resume attached is refused and git
# send-email fails. git runs the command through the shell and appends its
# own arguments (-i, -f SENDER, the recipients) after it.
#
#   git_send_email_test.sh PATH/TO/tactful
#   (needs the Debian packages git-email and libmailtools-perl)
source "$(dirname "$0")/lib.sh" "$@"
require_tool git git
[ -x "$(git --exec-path)/git-send-email" ] || {
  echo "FAIL: 'git send-email' is not installed; install the Debian package 'git-email' (apt-get install -y git-email)" >&2
  exit 1
}
perl -MMail::Address -e 1 2>/dev/null || {
  echo "FAIL: the Perl module Mail::Address is missing; install the Debian package 'libmailtools-perl'" >&2
  exit 1
}

export HOME=$WORK/home GIT_CONFIG_NOSYSTEM=1
# A fresh machine has no git identity; send-email needs one for its own headers.
export GIT_AUTHOR_NAME="Jane Doe" GIT_AUTHOR_EMAIL=jane@example.org
export GIT_COMMITTER_NAME="Jane Doe" GIT_COMMITTER_EMAIL=jane@example.org
mkdir -p "$HOME" "$WORK/sent"

TEE=$WORK/tee-gate.sh
cat >"$TEE" <<EOF
#!/bin/sh
n=\$(ls "$WORK/sent" | wc -l)
cat >"$WORK/sent/\$n.eml"
printf '%s\n' "\$@" >"$WORK/sent/\$n.args"
exec "$TACTFUL" gate "\$@" <"$WORK/sent/\$n.eml"
EOF
chmod +x "$TEE"

FROM_LINE='From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001'
BODY='Dear Ann,

I am exploring data journalism and admire your election maps. Would you have 20 minutes for a call next week? I am not asking for a job. Café?

Thank you,
Jane'
printf '%s\nFrom: Jane Doe <jane@x.org>\nSubject: Exploring data journalism\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%s\n' \
  "$FROM_LINE" "$BODY" >"$WORK/clean.patch"
with_attachment() {  # FILE-NAME OUT
  {
    printf '%s\nFrom: Jane Doe <jane@x.org>\nSubject: Exploring data journalism\nMIME-Version: 1.0\n' "$FROM_LINE"
    printf 'Content-Type: multipart/mixed; boundary="b42"\n\n--b42\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%s\n' "$BODY"
    printf -- '--b42\nContent-Type: application/octet-stream; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n' "$1" "$1"
    head -c 3000 /dev/urandom | base64
    printf -- '--b42--\n'
  } >"$2"
}
with_attachment Resume_Jane_Doe.pdf "$WORK/resume.patch"
with_attachment Trip_Photo.jpg "$WORK/photo.patch"

send() {  # PATCH [git send-email options...]
  local patch=$1
  shift
  reset_capture
  rm -f "$WORK"/sent/*
  git send-email --sendmail-cmd="$TEE --rules $RULES -- $CAPTURE" --to ann@y.com --from 'Jane Doe <jane@x.org>' \
    --suppress-cc=all --confirm=never --no-validate --8bit-encoding=UTF-8 --transfer-encoding=auto "$@" "$patch" \
    </dev/null >"$WORK/out" 2>&1
}

arrived_unchanged() {  # WHAT
  local dir
  dir=$(only_capture)
  if [ -z "$dir" ] || [ ! -f "$WORK/sent/0.eml" ]; then
    fail "$1: expected one delivery, got $(capture_count): $(cat "$WORK/out")"
    return 1
  fi
  cmp -s "$WORK/sent/0.eml" "$dir/msg" || { fail "$1: the bytes git sent differ from what arrived"; return 1; }
}

send "$WORK/clean.patch" --envelope-sender=jane@x.org
rc=$?
if [ "$rc" = 0 ] && arrived_unchanged "clean outreach"; then
  given=$(tr '\n' ' ' <"$WORK/sent/0.args")
  got=$(tr '\n' ' ' <"$(only_capture)/args")
  # git's own arguments come after `--`, so they reach the command as they are.
  case $given in *"-- $CAPTURE "*) ;; *) fail "unexpected gate arguments from git: $given" ;; esac
  [ "${given#*-- "$CAPTURE" }" = "$got" ] && pass "git send-email: a clean outreach arrives byte-identical, git's arguments intact ($got)" ||
    fail "git arguments: gate got '$given', the command got '$got'"
else
  fail "clean outreach: git send-email exit $rc: $(cat "$WORK/out")"
fi

send "$WORK/resume.patch"
rc=$?
[ "$rc" != 0 ] && [ "$(capture_count)" = 0 ] && grep -q 'gate-resume' "$WORK/out" && [ -f "$WORK/sent/0.eml" ] &&
  pass "git send-email: with a resume attached the send is refused (exit $rc) and tactful's report is shown" ||
  fail "resume: git send-email exit $rc, deliveries $(capture_count), output: $(cat "$WORK/out")"

send "$WORK/photo.patch"
rc=$?
[ "$rc" = 0 ] && arrived_unchanged "unrelated attachment" && grep -q 'Trip_Photo.jpg' "$(only_capture)/msg" &&
  pass "git send-email: a message with an unrelated attachment arrives byte-identical" ||
  fail "unrelated attachment: git send-email exit $rc: $(cat "$WORK/out")"

# The sendemail-validate hook from contrib/, in a repository, without the gate.
HOOK=$HERE/../../contrib/git/sendemail-validate
git init -q "$WORK/repo" && cp "$HOOK" "$WORK/repo/.git/hooks/sendemail-validate"
export TACTFUL TACTFUL_OPTIONS="--rules $RULES"
hook_send() {  # PATCH
  reset_capture
  (cd "$WORK/repo" && git send-email --sendmail-cmd="$CAPTURE" --to ann@y.com --from 'Jane Doe <jane@x.org>' \
    --suppress-cc=all --confirm=never --validate --8bit-encoding=UTF-8 "$1" </dev/null >"$WORK/out" 2>&1)
}
hook_send "$WORK/resume.patch"
rc=$?
[ "$rc" != 0 ] && [ "$(capture_count)" = 0 ] && grep -q 'gate-resume' "$WORK/out" &&
  pass "sendemail-validate hook: a resume attachment stops the send" || fail "hook, resume: exit $rc, sent $(capture_count): $(cat "$WORK/out")"
hook_send "$WORK/clean.patch"
rc=$?
[ "$rc" = 0 ] && [ "$(capture_count)" = 1 ] && pass "sendemail-validate hook: a clean outreach goes" || fail "hook, clean: exit $rc: $(cat "$WORK/out")"
# git 2.42+ calling convention: the message file and a file of SMTP headers.
printf 'From: Jane Doe <jane@x.org>\nTo: ann@y.com\nSubject: Exploring data journalism\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b42"\n' >"$WORK/smtp-headers"
sh "$HOOK" "$WORK/resume.patch" "$WORK/smtp-headers" >"$WORK/out" 2>&1
rc=$?
[ "$rc" = 1 ] && grep -q 'gate-resume' "$WORK/out" && pass "sendemail-validate hook with a headers file (git 2.42+): refuses a resume" ||
  fail "hook with two files: exit $rc: $(cat "$WORK/out")"
printf 'From: Jane Doe <jane@x.org>\nTo: ann@y.com\nSubject: Exploring data journalism\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n' >"$WORK/smtp-headers"
sh "$HOOK" "$WORK/clean.patch" "$WORK/smtp-headers" >"$WORK/out" 2>&1
rc=$?
[ "$rc" = 0 ] && pass "sendemail-validate hook with a headers file: passes a clean outreach" || fail "hook with two files, clean: exit $rc: $(cat "$WORK/out")"

finish

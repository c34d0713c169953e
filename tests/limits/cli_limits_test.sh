#!/usr/bin/env bash
# The limits the command line sets, run through the real binary: message size
# (--max-size, files and standard input), the line-length limit from a config,
# MIME parts and depth (--max-mime-parts, --max-mime-depth) and the LSP
# message size (--max-message-size). Each over-the-limit case must
# fail with a message that names the limit and how to raise it.
#
# Usage: cli_limits_test.sh PATH/TO/tactful RULES_FOLDER
set -u
TACTFUL=${1:?usage: $0 PATH/TO/tactful RULES_FOLDER}
RULES=${2:?usage: $0 PATH/TO/tactful RULES_FOLDER}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tactful-limits.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# A message of about 11 MiB: over the 10 MiB default.
{ printf 'Subject: Career question\n\nHi Ann,\n\n'; head -c $((11 << 20)) /dev/zero | tr '\0' 'a' | fold -w 70; } > big.txt
"$TACTFUL" check --rules "$RULES" big.txt >out 2>err; status=$?
if [[ $status -eq 2 ]] && grep -q 'larger than 10 MiB' err && grep -q -- '--max-size' err; then pass "an 11 MiB file is refused"
else fail "an 11 MiB file: status $status, $(head -c 300 err)"; fi
"$TACTFUL" check --rules "$RULES" - <big.txt >out 2>err; status=$?
if [[ $status -eq 2 ]] && grep -q 'standard input is larger than 10 MiB' err; then pass "11 MiB on standard input is refused"
else fail "11 MiB on standard input: status $status, $(head -c 300 err)"; fi
# Raising and lowering it, on a smaller message (linting 11 MiB under ASan is slow).
{ printf 'Subject: Career question\n\nHi Ann,\n\n'; for i in $(seq 60000); do echo "Thank you for the advice on line $i."; done; } > mid.txt
"$TACTFUL" check --rules "$RULES" --max-size 1 mid.txt >out 2>err; status=$?
if [[ $status -eq 2 ]] && grep -q 'larger than 1 MiB' err; then pass "--max-size 1 refuses a 2 MiB file"
else fail "--max-size 1: status $status, $(head -c 300 err)"; fi
"$TACTFUL" check --rules "$RULES" --max-size 3 --format json mid.txt >out 2>err; status=$?
if [[ $status -le 1 ]] && grep -q '"diagnostics"' out; then pass "--max-size 3 reads it"
else fail "--max-size 3: status $status, $(head -c 300 err)"; fi

# A line of 150,000 bytes: over the default line-length limit, under a raised one.
{ printf 'Subject: Career question\n\nHi Ann,\n\nI want a job. '; head -c 150000 /dev/zero | tr '\0' 'x'; printf '\n'; } > long.txt
"$TACTFUL" check --rules "$RULES" --format json long.txt >out 2>err; status=$?
if [[ $status -eq 1 ]] && grep -q 'max-line-length' out; then pass "a 150,000-byte line is an input error"
else fail "a 150,000-byte line: status $status, $(head -c 300 out)"; fi
printf 'limits:\n  max-line-length: 200000\n' > .tactful.yaml
"$TACTFUL" check --rules "$RULES" --format json long.txt >out 2>err; status=$?
if ! grep -q 'max-line-length' out; then pass "limits: max-line-length raises it"
else fail "raised line-length limit: status $status, $(head -c 300 out)"; fi
rm .tactful.yaml

# LSP: a 2 MiB message with --max-message-size 1 is answered with an error,
# and the server goes on to answer the next request.
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
{
  frame "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},\"padding\":\"$(head -c $((2 << 20)) /dev/zero | tr '\0' 'p')\"}}"
  frame '{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}}'
  frame '{"jsonrpc":"2.0","id":3,"method":"shutdown"}'
  frame '{"jsonrpc":"2.0","method":"exit"}'
} > lsp.in
timeout 60 "$TACTFUL" lsp --rules "$RULES" --max-message-size 1 <lsp.in >lsp.out 2>err; status=$?
if [[ $status -eq 0 ]] && grep -q 'over the limit of 1 MiB' lsp.out && grep -q '"id":2,' lsp.out; then pass "an LSP message over --max-message-size is refused and the server goes on"
else fail "LSP over the message size: status $status, $(head -c 400 lsp.out)"; fi
"$TACTFUL" lsp --max-message-size 0 </dev/null >/dev/null 2>err; status=$?
if [[ $status -eq 2 ]]; then pass "--max-message-size 0 is bad usage"; else fail "--max-message-size 0: status $status"; fi

# MIME structure: a message of five attachments and one of parts nested four
# deep, read with lowered --max-mime-parts / --max-mime-depth, by check and gate.
{
  printf 'From: Jane <jane@example.org>\nTo: Ann <ann@example.com>\nSubject: Career question\n'
  printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n--b0\n'
  printf 'Content-Type: text/plain\n\nHi Ann,\n\nCould I ask you three questions about your move into UX research?\n'
  for i in 1 2 3 4 5; do printf -- '--b0\nContent-Type: image/png; name="photo%d.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n' "$i"; done
  printf -- '--b0--\n'
} > parts.eml
{
  printf 'From: Jane <jane@example.org>\nTo: Ann <ann@example.com>\nSubject: Career question\n'
  printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="d1"\n\n--d1\n'
  printf 'Content-Type: multipart/mixed; boundary="d2"\n\n--d2\nContent-Type: multipart/mixed; boundary="d3"\n\n--d3\n'
  printf 'Content-Type: text/plain\n\nHi Ann,\n\nCould I ask you three questions?\n--d3--\n--d2--\n--d1--\n'
} > deep.eml
"$TACTFUL" check --rules "$RULES" --format json parts.eml >out 2>err; status=$?
if ! grep -q 'MIME parts' out; then pass "six MIME parts are read by default"
else fail "six MIME parts by default: status $status, $(head -c 300 out)"; fi
"$TACTFUL" check --rules "$RULES" --format json --max-mime-parts 3 parts.eml >out 2>err; status=$?
if [[ $status -le 1 ]] && grep -q 'more than 3 MIME parts' out; then pass "--max-mime-parts 3 reads three parts and says so"
else fail "--max-mime-parts 3: status $status, $(head -c 300 out) $(head -c 300 err)"; fi
"$TACTFUL" check --rules "$RULES" --format json --max-mime-depth 2 deep.eml >out 2>err; status=$?
if [[ $status -le 1 ]] && grep -q 'deeper than 2 levels' out; then pass "--max-mime-depth 2 skips the deeper parts and says so"
else fail "--max-mime-depth 2: status $status, $(head -c 300 out) $(head -c 300 err)"; fi
"$TACTFUL" check --rules "$RULES" --max-mime-parts 0 parts.eml >out 2>err; status=$?
if [[ $status -eq 2 ]]; then pass "--max-mime-parts 0 is bad usage"; else fail "--max-mime-parts 0: status $status"; fi
"$TACTFUL" gate --rules "$RULES" --max-mime-parts 3 -- cat <parts.eml >gate.out 2>err; status=$?
if [[ $status -eq 1 ]] && grep -q 'more than 3 MIME parts' err && [[ ! -s gate.out ]]; then pass "gate --max-mime-parts 3 blocks the message it could not read whole"
elif [[ $status -eq 0 ]] && cmp -s parts.eml gate.out; then pass "gate --max-mime-parts 3 passes the message on unchanged"
else fail "gate --max-mime-parts 3: status $status, $(head -c 300 err)"; fi
"$TACTFUL" gate --rules "$RULES" --max-mime-depth x -- cat <deep.eml >gate.out 2>err; status=$?
if [[ $status -eq 2 ]] && [[ ! -s gate.out ]] && grep -q -- '--max-mime-depth' err; then pass "gate --max-mime-depth x is bad usage and sends nothing"
else fail "gate --max-mime-depth x: status $status, $(head -c 300 err)"; fi

echo "$((14 - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]

#!/usr/bin/env bash
# Refreshes the seeds that come from the golden corpus and the rule pack
# (fuzz/seeds/<target>/corpus-* and rule-*). Handmade edge cases (edge-*) are
# kept as they are. The message targets read a selector byte first (see
# input_name in fuzz_support.h), the lint target one more for the kind.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=fuzz/seeds
for t in message_reader lint text rule_loader config time; do mkdir -p "$seeds/$t"; done
rm -f "$seeds"/*/corpus-* "$seeds"/*/rule-*

selector() {  # the byte input_name() maps to this kind of file
  case "$1" in
    *.txt) printf '\x00' ;; *.eml) printf '\x01' ;; *.md) printf '\x02' ;;
    */cur/*|*/new/*) printf '\x04' ;; *.mbox) printf '\x05' ;; *) printf '\x03' ;;
  esac
}

find corpus -type f \( -name '*.eml' -o -name '*.txt' -o -name '*.md' -o -name '*.mbox' -o -path '*/cur/*' -o -path '*/new/*' \) \
     ! -name '*.expect' ! -name 'README.md' ! -name '.gitkeep' | sort | while read -r f; do
  n="corpus-$(echo "${f#corpus/}" | tr '/:,' '___')"
  { selector "$f"; cat "$f"; } > "$seeds/message_reader/$n"
  { selector "$f"; printf '\x03'; cat "$f"; } > "$seeds/lint/$n"
  cp "$f" "$seeds/text/$n"
  # Header lines are where dates live.
  grep -hiE '^(date|x-interview-date|x-original-date|interview|date):|wrote:$|^sent:' "$f" | head -3 | while read -r line; do
    h=$(printf '%s' "$line" | md5sum | cut -c1-12)
    { printf '\x00\x00'; printf '%s' "${line#*: }"; } > "$seeds/time/corpus-$h"
  done || true
done
for f in rules/informational-interview/*.yaml; do
  cp "$f" "$seeds/rule_loader/rule-$(basename "$f")"
done
find corpus -name '.tactful.yaml' -o -name '*.tactful.yaml' | while read -r f; do
  cp "$f" "$seeds/config/corpus-$(echo "${f#corpus/}" | tr '/' '_')"
done
echo "seeds: $(find "$seeds" -type f | wc -l) files"

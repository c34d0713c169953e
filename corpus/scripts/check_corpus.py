#!/usr/bin/env python3
"""Check the corpus itself: every message has a well-formed .expect file.

Standard library only. It does not run tactful; it checks that the expectations
can be read by a golden test driver:

    python3 corpus/scripts/check_corpus.py            # errors, then a summary
    python3 corpus/scripts/check_corpus.py --show     # also each expected finding with its line

Checks: each message file has X.expect beside it and each .expect has its message;
lines are `kind K`, `LINE RULE-ID` or comments (for an mbox, prefixed `N: `);
rule ids and kinds are known; line numbers exist in the file; an mbox message
number exists. Exit status 1 if anything is wrong.
"""

import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
FOLDERS = ("outreach", "follow-up", "thank-you", "mixed")
KINDS = {"outreach", "follow-up", "thank-you"}
RULES = {
    "no-job-request", "states-not-job-request", "no-resume-attached", "no-self-promotion",
    "meeting-too-long", "meeting-length-unstated", "clear-purpose", "subject-missing",
    "thank-you-late", "keep-posted", "ask-for-introductions", "no-personal-topics",
    "self-focus", "too-long", "unfilled-placeholder", "salutation-mismatch",
    "generic-greeting", "follow-up-too-soon", "spelling",
}
ROW = re.compile(r"^(?:(\d+): )?(?:kind (\S+)|(\d+) (\S+))$")


def message_files():
    for folder in FOLDERS:
        for path in sorted((CORPUS / folder).rglob("*")):
            if not path.is_file() or path.name.startswith(".") or path.suffix == ".expect":
                continue
            in_maildir = path.parent.name in ("cur", "new")
            if in_maildir or path.suffix in (".eml", ".txt", ".md", ".mbox"):
                yield path


def mbox_starts(lines):
    """1-based line numbers of the From_ separator lines."""
    return [i + 1 for i, line in enumerate(lines) if line.startswith("From ")]


def main(argv):
    show = "--show" in argv
    errors = []
    kinds, rules, files = Counter(), Counter(), 0
    seen_expect = set()
    for path in message_files():
        files += 1
        rel = path.relative_to(CORPUS)
        expect = path.with_name(path.name + ".expect")
        seen_expect.add(expect)
        if not expect.exists():
            errors.append(f"{rel}: no .expect file")
            continue
        lines = path.read_bytes().decode("utf-8", "replace").splitlines()
        starts = mbox_starts(lines) if path.suffix == ".mbox" else []
        msg_kind = {}
        for n, row in enumerate(expect.read_text(encoding="utf-8").splitlines(), start=1):
            text = row.split("#", 1)[0].strip()
            if not text:
                continue
            m = ROW.match(text)
            where = f"{rel}.expect:{n}"
            if not m:
                errors.append(f"{where}: cannot read {row!r}")
                continue
            msg, kind, line, rule = m.groups()
            if (msg is not None) != bool(starts):
                errors.append(f"{where}: message numbers are for mbox files only (and required there)")
                continue
            if msg is not None and not 1 <= int(msg) <= len(starts):
                errors.append(f"{where}: no message {msg}")
                continue
            if kind is not None:
                if kind not in KINDS:
                    errors.append(f"{where}: unknown kind {kind}")
                if msg in msg_kind:
                    errors.append(f"{where}: second kind line")
                msg_kind[msg] = kind
                kinds[kind] += 1
                continue
            if rule not in RULES:
                errors.append(f"{where}: unknown rule {rule}")
            line = int(line)
            if not 1 <= line <= len(lines):
                errors.append(f"{where}: line {line} is outside the file ({len(lines)} lines)")
                continue
            if msg is not None:
                first = starts[int(msg) - 1]
                last = starts[int(msg)] - 1 if int(msg) < len(starts) else len(lines)
                if not first <= line <= last:
                    errors.append(f"{where}: line {line} is not inside message {msg}")
            rules[rule] += 1
            if show:
                prefix = f"{msg}: " if msg else ""
                print(f"{rel}: {prefix}{line} {rule:24} | {lines[line - 1][:90]}")
        if not msg_kind and lines:
            errors.append(f"{rel}: no kind line")
    for expect in sorted(CORPUS.rglob("*.expect")):
        if expect not in seen_expect:
            errors.append(f"{expect.relative_to(CORPUS)}: no message file beside it")
    for e in errors:
        print("error:", e)
    print(f"{files} message files; messages by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("expected findings by rule:")
    for rule in sorted(RULES):
        print(f"  {rule:24} {rules[rule]}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

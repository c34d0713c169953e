#!/usr/bin/env python3
"""Generates test messages for the gate and batch tests.

  gen_messages.py messages DIR COUNT SEED
      DIR/NNNN.msg files plus DIR/manifest: one line per file, "NNNN pass" or
      "NNNN block" (what the frozen rules in tests/gate/rules must decide).
  gen_messages.py mbox FILE COUNT SEED
      one mbox with COUNT messages; prints how many contain a blocking finding.

Messages are built to stress byte-for-byte pass-through: CRLF and mixed line
ends, 8-bit text in several charsets, no trailing newline, NUL bytes, pure
random bytes, binary attachments bigger than a pipe buffer, empty input.
"""
import base64
import os
import random
import sys

NAMES = ["Ann Lee", "Margaret Oyelaran", "Chloé Dubois", "Seun Adeyemi", "Jürgen Wolf"]
CLEAN_LINES = [
    "I am exploring a move into data journalism and admire your work.",
    "Would you have 20 minutes for a call in the next few weeks?",
    "I am not asking for a job; I would value your perspective.",
    "Your piece on election maps made me rethink how I present numbers.",
]
# A thank-you line starts the sign-off for the region finder, so it goes last.
CLOSING = "Thank you for considering it."
BLOCKING_LINES = [
    "Do you have any openings on your team?",
    "Are there any\nopenings coming up?",
    "I have attached my resume for reference.",
]
SAFE_ATTACHMENTS = ["Trip_Photo.jpg", "notes.bin", "election-map.png", "portfolio_sample.dat"]
RESUME_ATTACHMENTS = ["Resume_Jane_Doe.pdf", "Jane_Doe_CV.pdf", "résumé-2026.docx"]


def blocking_text(data: bytes) -> bool:
    """Whether random bytes happen to spell a phrase the test rules catch."""
    low = data.lower()
    return b"any" in low and b"openings" in low or b"resume" in low or b"attached my" in low


def headers(rng, eol, extra=()):
    name = rng.choice(NAMES)
    lines = [
        "From: Jane Doe <jane@x.org>",
        "To: %s <ann@y.com>" % name,
        "Subject: Learning about data journalism",
        "Date: Tue, 17 Nov 2026 09:%02d:00 -0800" % rng.randrange(60),
    ]
    lines += list(extra)
    return eol.join(lines).encode() + eol.encode() + eol.encode()


def body_lines(rng, bad):
    lines = rng.sample(CLEAN_LINES, rng.randint(1, len(CLEAN_LINES)))
    if bad:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(BLOCKING_LINES))
    return ["Dear Ann,", ""] + lines + [CLOSING, "", "Jane"]


def plain(rng, bad):
    eol = rng.choice(["\n", "\r\n"])
    charset = rng.choice(["utf-8", "iso-8859-1", None])
    extra = []
    if charset:
        extra = ["MIME-Version: 1.0", "Content-Type: text/plain; charset=%s" % charset,
                 "Content-Transfer-Encoding: 8bit"]
    text = eol.join(body_lines(rng, bad))
    if rng.random() < 0.5:
        text += rng.choice(["", eol, eol + eol])  # with and without a final newline
    if charset == "iso-8859-1":
        body = text.replace("Dear Ann", "Chère Ann").encode("latin-1", "replace")
    else:
        body = text.replace("Dear Ann", "Liebe Ann, très chère").encode("utf-8")
    return headers(rng, eol, extra) + body


def multipart(rng, bad):
    eol = rng.choice(["\n", "\r\n"])
    boundary = "b%08x" % rng.getrandbits(32)
    name = rng.choice(RESUME_ATTACHMENTS if bad else SAFE_ATTACHMENTS)
    payload = rng.randbytes(rng.choice([10, 3000, 70000, 300000]))
    binary = rng.random() < 0.3  # raw 8-bit part: CTE binary, bytes as they are
    encoded = payload if binary else base64.encodebytes(payload).replace(b"\n", eol.encode())
    text = eol.join(body_lines(rng, False)).encode()
    parts = [
        b"--" + boundary.encode() + eol.encode(),
        ("Content-Type: text/plain; charset=utf-8" + eol + "Content-Transfer-Encoding: 8bit" + eol + eol).encode(),
        text + eol.encode(),
        b"--" + boundary.encode() + eol.encode(),
        ("Content-Type: application/octet-stream; name=\"%s\"%s"
         "Content-Disposition: attachment; filename=\"%s\"%s"
         "Content-Transfer-Encoding: %s%s%s" % (name, eol, name, eol, "binary" if binary else "base64", eol, eol))
        .encode("utf-8"),
        encoded + eol.encode(),
        b"--" + boundary.encode() + b"--",
    ]
    if rng.random() < 0.5:
        parts.append(eol.encode())
    extra = ["MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"%s\"" % boundary]
    return headers(rng, eol, extra) + b"".join(parts)


def random_bytes(rng, _bad):
    while True:
        data = rng.randbytes(rng.choice([0, 1, 2, 17, 500, 4096, 65536, 65537, 200000]))
        if not blocking_text(data):
            return data


def odd(rng, bad):
    """Text with NUL bytes, lone CRs, an mbox-looking first line, or nothing."""
    # Lone CRs are not line breaks to the phrase matcher, so a blocking line
    # is only put into the other shapes.
    pick = rng.choice([0, 2]) if bad else rng.randrange(4)
    text = "\n".join(body_lines(rng, bad)).encode()
    if pick == 0:
        return text.replace(b" ", b"\0", 3)
    if pick == 1:
        return text.replace(b"\n", b"\r")
    if pick == 2:
        return b"From jane@x.org Tue Nov 17 09:00:00 2026\n" + headers(rng, "\n") + text
    return b"" if not bad else text


def big(rng, bad):
    """Over a megabyte of plain text: many pipe buffers' worth."""
    filler = ("Here is a long paragraph about maps and numbers. " * 20 + "\n").encode()
    head = headers(rng, "\n") + "\n".join(body_lines(rng, bad)).encode() + b"\n"
    return head + filler * rng.randint(1000, 1500)


KINDS = [plain, plain, multipart, multipart, random_bytes, odd, big]


def write_messages(folder, count, seed):
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "manifest"), "w") as manifest:
        for i in range(count):
            kind = KINDS[i % len(KINDS)] if i < len(KINDS) * 2 else rng.choice(KINDS)
            bad = kind is not random_bytes and rng.random() < 0.3
            data = kind(rng, bad)
            if kind is odd and not bad and data and rng.random() < 0.5:
                data = data.rstrip(b"\n")
            name = "%04d" % i
            with open(os.path.join(folder, name + ".msg"), "wb") as f:
                f.write(data)
            manifest.write("%s %s %s\n" % (name, "block" if bad else "pass", kind.__name__))


def write_mbox(path, count, seed):
    rng = random.Random(seed)
    blocked = 0
    with open(path, "wb") as out:
        for i in range(count):
            bad = rng.random() < 0.25
            blocked += bad
            lines = body_lines(rng, bad)
            if rng.random() < 0.3:  # a warning, before the sign-off
                lines.insert(lines.index(CLOSING), "I have a quick question about your early career.")
            text = "\n".join(lines)
            out.write(b"From jane@x.org Tue Nov 17 09:00:00 2026\n")
            out.write(headers(rng, "\n"))
            # mboxrd quoting of body lines that begin with "From ".
            out.write(text.encode().replace(b"\nFrom ", b"\n>From ") + b"\n\n")
    print(blocked)


def main():
    mode, target, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if mode == "messages":
        write_messages(target, count, seed)
    elif mode == "mbox":
        write_mbox(target, count, seed)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Make the small binary files that corpus messages carry as attachments.

Standard library only. The output is deterministic (fixed dates, fixed
compression), so running it again gives the same bytes and the .eml files that
embed these files in base64 stay valid:

    python3 corpus/scripts/make_attachments.py        # writes corpus/scripts/attachments/
    python3 corpus/scripts/make_attachments.py --check  # exit 1 if a file differs

Files made:
    Resume_Jane_Doe.pdf          a one-page PDF (a resume: must trigger no-resume-attached)
    CV - Łukasz.pdf              a one-page PDF with a non-ASCII name (sent with RFC 2231)
    Mei_Tanaka_CV.pdf            a one-page PDF (sent when the recipient asked for it)
    Résumé Marco Bianchi.docx    a minimal Word document (OOXML zip)
    portfolio-sample.png         a 48x32 gradient picture (an unrelated attachment: fine)
"""

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent / "attachments"


def pdf(lines):
    """A minimal one-page PDF showing the given lines in Helvetica."""
    text = ["BT", "/F1 12 Tf", "72 720 Td", "16 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx(paragraphs):
    """A minimal Word document: content types, package relationship, body."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        "</Relationships>"
    )
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    return out.getvalue()


def png(width, height):
    """An RGB gradient picture."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type: none
        for x in range(width):
            row += bytes((40 + x * 4, 90 + y * 4, 160))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        crc = zlib.crc32(tag + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def files():
    return {
        "Resume_Jane_Doe.pdf": pdf([
            "Jane Doe - Resume",
            "Data analyst, Columbus, Ohio",
            "2023-2026  Operations analyst, Buckeye Freight",
            "2019-2023  B.S. Statistics",
        ]),
        "CV - Łukasz.pdf": pdf([
            "Lukasz Wisniewski - Curriculum Vitae",
            "Mechanical engineer, Gdansk",
            "2018-2026  Design engineer, Baltic Turbine Works",
        ]),
        "Mei_Tanaka_CV.pdf": pdf([
            "Mei Tanaka - CV",
            "Laboratory technician moving into data science",
            "2020-2026  Research technician, Kessler Institute",
        ]),
        "Résumé Marco Bianchi.docx": docx([
            "Marco Bianchi",
            "Résumé",
            "Hospitality manager, Turin and London, 2014-2026",
        ]),
        "portfolio-sample.png": png(48, 32),
    }


def main(argv):
    check = "--check" in argv
    OUT.mkdir(exist_ok=True)
    differs = False
    for name, data in files().items():
        path = OUT / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                print(f"differs: {name}")
                differs = True
        else:
            path.write_bytes(data)
            print(f"wrote {name} ({len(data)} bytes)")
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

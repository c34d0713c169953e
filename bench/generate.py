#!/usr/bin/env python3
"""Seeded generator of informational-interview mail for the benchmarks.

Writes outreach, follow-up and thank-you messages as a mail client would send
them: RFC 5322 headers, plain or multipart/alternative bodies (some
quoted-printable, some with a small attachment), quoted replies with Gmail,
Outlook or Apple attribution lines, signatures, typos and the rule violations
people really make (job requests, long meetings, placeholders, self-promotion,
complaints, generic greetings). The prose draws on a vocabulary of thousands of
distinct words taken from the system's Hunspell word list, so the spelling
path sees a realistic spread of words and not a few hundred repeated ones.

The same seed always gives the same bytes (given the same word list).

    generate.py one FILE            one clean outreach of about 1.5 KB
    generate.py dir FOLDER N        N messages as .eml / .txt / .md files
    generate.py mbox FILE BYTES     an mbox of at least BYTES bytes
"""

import argparse
import base64
import datetime as dt
import os
import quopri
import random
import sys

# Words that would make a random vocabulary slot fire a rule by accident; the
# violations the benchmark wants are written on purpose below.
TRIGGER_WORDS = {
    "job", "jobs", "hire", "hiring", "hired", "position", "positions", "opening", "openings", "vacancy",
    "resume", "politics", "political", "religion", "religious", "church", "boss", "toxic", "minutes",
    "hour", "hours", "insert", "blank", "name", "role", "roles", "career", "internship", "application",
    "candidate", "asset", "fit", "recruit", "recruiting", "headcount", "placement", "abortion", "god",
}

FIRST_NAMES = [
    "Ann", "Bo", "Carmen", "Dmitri", "Elena", "Farah", "Gustavo", "Hiroshi", "Ines", "Jamal", "Keiko", "Luis",
    "Margaret", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rosa", "Samuel", "Tamar", "Uma", "Victor", "Wen",
    "Ximena", "Yusuf", "Zofia", "Amara", "Bastien", "Chiara", "Declan", "Esther", "Felix", "Greta", "Hamza",
    "Ingrid", "Joaquin", "Kwame", "Leila", "Mateo", "Noor", "Oskar", "Paloma", "Rafael", "Saoirse", "Tobias",
    "Valentina", "William", "Yara", "Zainab", "Aiko", "Benedikt", "Camille", "Dario", "Emeka", "Fiona",
]
LAST_NAMES = [
    "Lee", "Oyelaran", "Tremblay", "Gallagher", "Novak", "Haddad", "Okafor", "Lindqvist", "Moreau", "Santos",
    "Kowalski", "Nakamura", "Brennan", "Castellanos", "Adeyemi", "Virtanen", "Rossi", "Chaudhry", "Fischer",
    "Olsen", "Papadopoulos", "Yilmaz", "Dubois", "Mwangi", "Kaur", "Schneider", "Abernathy", "Ferreira",
    "Ivanova", "Delacroix", "Mbeki", "Sorensen", "Takahashi", "Whitfield", "Zhang", "Quispe", "Reyes",
]
SCHOOLS = ["Carleton", "McGill", "Ohio State", "Michigan", "Leeds", "Monash", "Waterloo", "Edinburgh", "Rutgers",
           "Toronto", "Georgia Tech", "Purdue", "Arizona State", "Glasgow", "Queensland"]
COMPANIES = ["Acme Robotics", "Northwind", "Bluefin Analytics", "Harbor Health", "Cedar Labs", "Lumen Energy",
             "Riverside Press", "Kestrel Bank", "Tidewater Design", "Granite Civic", "Orchard Foods", "Beacon Transit",
             "Maple Insurance", "Summit Learning", "Quarry Games", "Atlas Logistics", "Fernwood Studio"]
FIELDS = ["urban planning", "data engineering", "user research", "supply chain analytics", "public health policy",
          "podcast production", "climate finance", "product design", "clinical research", "museum education",
          "renewable energy", "technical writing", "investigative journalism", "healthcare operations",
          "transport modelling", "accessibility consulting", "food science", "sports analytics"]
TITLES = ["Senior Planner", "Data Engineer", "Research Lead", "Product Manager", "Editor", "Policy Analyst",
          "Design Director", "Operations Manager", "Principal Scientist", "Producer", "Program Officer"]
DOMAINS = ["example.com", "example.org", "example.net", "example.ca", "example.co.uk", "example.edu"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

FALLBACK_VOCABULARY = """
analysis approach archive audience balance benchmark budget calendar campaign capacity catalogue
challenge channel climate coastal community comparison concept context corridor curriculum
dataset decision density deployment dialogue discipline district document economy editorial
emphasis estimate evidence exhibit facility feedback forecast framework funding garden geography
governance habitat harbour heritage hospital household hypothesis incentive inventory journal
landscape language lecture library logistics machine manuscript margin measure metric migration
monitoring narrative network neighbourhood notebook objective observation orchard outline pattern
pipeline portfolio practice prototype publication quarterly question railway ranking reader
regulation renovation reporting research reservoir resilience review routine sample schedule
scholarship seminar sequence service shipment signal simulation software spectrum standard
statistic strategy studio subscriber survey syllabus symposium teaching terminal texture theory
timeline transit translation treatment trial tutorial uncertainty utility variable venture
vocabulary volunteer warehouse watershed workflow workshop
""".split()


def load_vocabulary(rng, size):
    """Distinct lower-case words from the Hunspell en_US list, else a small built-in list."""
    words = []
    for path in ("/usr/share/hunspell/en_US.dic", "/usr/share/myspell/dicts/en_US.dic"):
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                next(f, None)  # the first line counts the entries
                for line in f:
                    w = line.split("/", 1)[0].strip()
                    if 4 <= len(w) <= 12 and w.isascii() and w.isalpha() and w.islower() and w not in TRIGGER_WORDS:
                        words.append(w)
            break
    if len(words) < size:
        words = sorted(set(words) | set(FALLBACK_VOCABULARY))
    words.sort()
    rng.shuffle(words)
    return words[:size]


class Writer:
    def __init__(self, seed, vocabulary_size=6000):
        self.rng = random.Random(seed)
        self.vocab = load_vocabulary(self.rng, vocabulary_size)
        # Zipf-like weights: a few words are common, most are rare, as in real prose.
        self.weights = [1.0 / (rank + 8) for rank in range(len(self.vocab))]
        self.cum = []
        total = 0.0
        for w in self.weights:
            total += w
            self.cum.append(total)
        self.serial = 0

    # ---- small pieces -------------------------------------------------------

    def word(self):
        r = self.rng.random() * self.cum[-1]
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] < r:
                lo = mid + 1
            else:
                hi = mid
        return self.vocab[lo]

    def pick(self, items):
        return self.rng.choice(items)

    def chance(self, p):
        return self.rng.random() < p

    def typo(self, w):
        """A realistic slip of the keyboard: a dropped, doubled, swapped or wrong letter."""
        if len(w) < 4:
            return w
        i = self.rng.randrange(1, len(w) - 1)
        k = self.rng.randrange(4)
        if k == 0:
            return w[:i] + w[i + 1:]
        if k == 1:
            return w[:i] + w[i] + w[i:]
        if k == 2:
            return w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]
        return w[:i] + self.pick("aeioustrnl") + w[i + 1:]

    def person(self):
        first, last = self.pick(FIRST_NAMES), self.pick(LAST_NAMES)
        domain = self.pick(DOMAINS)
        return first, last, f"{first.lower()}.{last.lower()}@{domain}"

    def date(self, base, days=0.0, hours=0.0):
        t = base + dt.timedelta(days=days, hours=hours)
        return t

    @staticmethod
    def rfc_date(t):
        offset = t.utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        return (f"{WEEKDAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month - 1]} {t.year} "
                f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} {sign}{minutes // 60:02d}{minutes % 60:02d}")

    @staticmethod
    def wrap(text, width=72):
        lines, line = [], ""
        for w in text.split():
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        if line:
            lines.append(line)
        return "\n".join(lines)

    # ---- sentences ----------------------------------------------------------

    def vocab_sentence(self, typos):
        """A sentence about the writer's interest, carried by vocabulary words."""
        a, b, c, d = (self.word() for _ in range(4))
        if typos and self.chance(0.5):
            a = self.typo(a)
        if typos and self.chance(0.2):
            c = self.typo(c)
        forms = [
            f"Lately I have been reading about {a} and {b}, and I keep wondering how {c} shapes the work you do.",
            f"Your piece on {a} made me think again about {b}, especially the part about {c} and {d}.",
            f"In my last project I worked on {a} for a {b} team, which is how I first ran into questions of {c}.",
            f"I was struck by how you described the link between {a} and {b} in your talk on {c}.",
            f"Much of what I know about {a} comes from a course on {b}, but I suspect {c} matters more in practice.",
            f"I would love to understand how you weigh {a} against {b} when a {c} deadline is close.",
            f"Our reading group spent a week on {a}, {b} and {c}, and your name came up more than once.",
            f"I am trying to learn how people in your field think about {a} and {b}.",
        ]
        return self.pick(forms)

    def greeting(self, first, last, clean):
        if not clean and self.chance(0.04):
            return self.pick(["To whom it may concern,", "Dear Hiring Manager,", "Dear Sir/Madam,"])
        if not clean and self.chance(0.03):
            return f"Hi {self.pick(FIRST_NAMES)},"  # greets someone else: a salutation mismatch
        if not clean and self.chance(0.02):
            return "Hi [Name],"
        return self.pick([f"Hi {first},", f"Dear {first},", f"Hello {first},",
                          f"Dear {self.pick(['Ms.', 'Mr.', 'Dr.'])} {last},"])

    def signature(self, first, last, email):
        parts = ["-- ", f"{first} {last}"]
        if self.chance(0.6):
            parts.append(f"{self.pick(['MSc student', 'Analyst', 'Recent graduate', 'Coordinator'])}, {self.pick(SCHOOLS)}")
        if self.chance(0.5):
            parts.append(f"{email} | +1 555 {self.rng.randrange(100, 999)} {self.rng.randrange(1000, 9999)}")
        if self.chance(0.4):
            parts.append(f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{self.rng.randrange(100, 999)}")
        return "\n".join(parts)

    def outreach_body(self, me, them, field, clean, minutes, sentences=None):
        first, last = them[0], them[1]
        s = []
        found = self.pick([
            f"I found your profile through the {self.pick(SCHOOLS)} alumni directory.",
            f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)} suggested I write to you.",
            f"I read your recent article on {self.word()} in the {self.pick(COMPANIES)} newsletter.",
            f"I heard you speak at the {self.word()} meetup last month.",
        ])
        s.append(found)
        s.append(self.pick([
            f"I am a second-year student at {self.pick(SCHOOLS)} and I am exploring a move into {field}.",
            f"I have spent four years in {self.pick(FIELDS)} and I am now exploring {field}.",
            f"I recently finished my degree and I am curious about {field}.",
        ]))
        for _ in range(sentences or self.rng.randint(1, 3)):
            s.append(self.vocab_sentence(typos=not clean))
        if not clean and self.chance(0.10):
            s.append(self.pick([
                "Are you hiring for any positions on your team?",
                "If there are any openings at your company, I would love to be considered.",
                "I would not mind being referred for a role if something opens up.",
            ]))
        if not clean and self.chance(0.06):
            s.append(self.pick(["I'm a hard worker and I'd be a great fit for your team.",
                                "My skills would be an asset to your company."]))
        if not clean and self.chance(0.03):
            s.append("My current boss is awful and I can't wait to leave my job.")
        if not clean and self.chance(0.03):
            s.append(f"I admire the work your team does at [Company].")
        if minutes is None:
            s.append("Would you be open to a short call sometime soon?")
        elif isinstance(minutes, str):
            s.append(f"Would you have {minutes} for a call in the next few weeks?")
        else:
            s.append(f"Would you have {minutes} minutes for a call in the next few weeks, at a time that suits you?")
        if clean or self.chance(0.7):
            s.append("I am not asking for a job; I would simply value your perspective.")
        if not clean and self.chance(0.05):
            s.append("I have attached my resume so you can see my background.")
        paragraphs = [self.greeting(first, last, clean), self.wrap(" ".join(s[:2])), self.wrap(" ".join(s[2:-2])),
                      self.wrap(" ".join(s[-2:])), self.pick(["Thank you for considering it,", "Best regards,",
                                                              "Many thanks,", "Kind regards,"]) + "\n" + me[0]]
        return "\n\n".join(p for p in paragraphs if p)

    def followup_body(self, me, them, field, clean, original, original_date):
        first = them[0]
        s = [self.pick([
            f"I wanted to follow up on my note from last week about {field}.",
            f"I am writing again in case my earlier message about {field} got buried.",
            f"Just following up on my message below about {field}.",
        ])]
        for _ in range(self.rng.randint(1, 2)):
            s.append(self.vocab_sentence(typos=not clean))
        if not clean and self.chance(0.08):
            s.append("Do you know if your team is looking to hire this spring?")
        s.append(f"If you have {self.pick([15, 20])} minutes in the coming weeks, I would be grateful for your advice.")
        body = "\n\n".join([self.greeting(first, them[1], clean), self.wrap(" ".join(s)),
                            self.pick(["Thanks again,", "Best,", "With thanks,"]) + "\n" + me[0]])
        style = self.rng.randrange(3)
        if style == 0:
            attribution = (f"On {WEEKDAYS[original_date.weekday()]}, {MONTHS[original_date.month - 1]} "
                           f"{original_date.day}, {original_date.year} at {original_date.hour % 12 or 12}:"
                           f"{original_date.minute:02d} {'AM' if original_date.hour < 12 else 'PM'} "
                           f"{me[0]} {me[1]} <{me[2]}> wrote:")
            quoted = attribution + "\n" + "\n".join("> " + line if line else ">" for line in original.split("\n"))
        elif style == 1:
            quoted = ("-----Original Message-----\n"
                      f"From: {me[0]} {me[1]} <{me[2]}>\nSent: {self.rfc_date(original_date)}\n"
                      f"To: {them[0]} {them[1]} <{them[2]}>\nSubject: {field.title()} question\n\n" + original)
        else:
            attribution = (f"On {MONTHS[original_date.month - 1]} {original_date.day}, {original_date.year}, at "
                           f"{original_date.hour:02d}:{original_date.minute:02d}, {me[0]} {me[1]} <{me[2]}> wrote:")
            quoted = attribution + "\n\n" + "\n".join("> " + line if line else ">" for line in original.split("\n"))
        return body + "\n\n" + quoted

    def thankyou_body(self, me, them, field, clean, when):
        first = them[0]
        s = [f"Thank you for taking the time to speak with me {when}."]
        for _ in range(self.rng.randint(2, 4)):
            s.append(self.vocab_sentence(typos=not clean))
        if clean or self.chance(0.7):
            s.append("I will keep you posted on how my search goes.")
        if clean or self.chance(0.6):
            s.append("If there is anyone else you think I should talk to, I would be glad of an introduction.")
        if not clean and self.chance(0.06):
            s.append("If a position opens up on your team, please keep me in mind.")
        return "\n\n".join([self.greeting(first, them[1], clean), self.wrap(" ".join(s[:3])),
                            self.wrap(" ".join(s[3:])),
                            self.pick(["With gratitude,", "Thanks again,", "Warm regards,"]) + "\n" + me[0]])

    # ---- whole messages -----------------------------------------------------

    def message(self, kind=None, clean=False, sentences=None):
        """(headers, body text, attachment or None) for one message."""
        self.serial += 1
        rng = self.rng
        kind = kind or rng.choices(["outreach", "follow-up", "thank-you"], weights=[5, 3, 3])[0]
        me, them = self.person(), self.person()
        field = self.pick(FIELDS)
        zone = dt.timezone(dt.timedelta(hours=self.pick([-8, -5, 0, 1, 2, 10])))
        sent = dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 21), rng.randint(0, 59),
                           0, tzinfo=zone)
        headers = [("From", f"{me[0]} {me[1]} <{me[2]}>"), ("To", f"\"{them[0]} {them[1]}\" <{them[2]}>")]
        extra = []
        if kind == "outreach":
            minutes = 20 if clean else rng.choices([15, 20, 30, 45, "an hour", "half an hour", None],
                                                   weights=[30, 30, 20, 5, 4, 6, 5])[0]
            body = self.outreach_body(me, them, field, clean, minutes, sentences)
            subject = f"{field.title()}: a question about your work at {self.pick(COMPANIES)}"
            if not clean and self.chance(0.05):
                subject = self.pick(["Hello", "Question", "Hi"])
        elif kind == "follow-up":
            original_date = sent - dt.timedelta(days=rng.choice([1, 2, 4, 6, 8, 10]))
            original = self.outreach_body(me, them, field, True, 20)
            body = self.followup_body(me, them, field, clean, original, original_date)
            subject = f"Re: {field.title()}: a question about your work"
        else:
            hours_after = rng.choice([3, 18, 20, 30, 50, 80])
            interview = sent - dt.timedelta(hours=hours_after)
            when = "this morning" if hours_after < 12 else "yesterday" if hours_after < 36 else "last week"
            body = self.thankyou_body(me, them, field, clean, when)
            subject = f"Thank you for the conversation about {field}"
            if rng.random() < 0.5:
                extra.append(("X-Interview-Date", interview.isoformat()))
        body += "\n\n" + self.signature(*me)
        attachment = None
        if not clean and kind != "thank-you" and self.chance(0.04):
            name = self.pick(["resume.pdf", f"{me[1]}_CV.pdf", "portfolio-sample.pdf"])
            attachment = (name, b"%PDF-1.4\n% benchmark stand-in\n" + bytes(rng.randrange(256) for _ in range(600)))
        headers += [("Subject", subject), ("Date", self.rfc_date(sent))] + extra
        headers.append(("Message-ID", f"<bench-{self.serial}.{rng.randrange(10**9)}@{me[2].split('@')[1]}>"))
        return headers, body, attachment

    def mime(self, headers, body, attachment):
        """The message as an RFC 5322 / MIME text."""
        rng = self.rng
        out = [f"{k}: {v}" for k, v in headers]
        out.append("MIME-Version: 1.0")
        qp = rng.random() < 0.25
        text_part_headers = ["Content-Type: text/plain; charset=UTF-8",
                             f"Content-Transfer-Encoding: {'quoted-printable' if qp else '8bit'}"]
        text = quopri.encodestring(body.encode("utf-8")).decode("ascii") if qp else body
        if attachment is None and rng.random() < 0.6:
            return "\n".join(out + text_part_headers) + "\n\n" + text + "\n"
        boundary = f"b{rng.randrange(10**12):012d}"
        parts = []
        if attachment is None:
            out.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
            html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + \
                   "</body></html>"
            parts.append("\n".join(text_part_headers) + "\n\n" + text)
            parts.append("Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + html)
        else:
            name, data = attachment
            out.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
            parts.append("\n".join(text_part_headers) + "\n\n" + text)
            encoded = base64.encodebytes(data).decode("ascii")
            parts.append(f'Content-Type: application/pdf; name="{name}"\nContent-Transfer-Encoding: base64\n'
                         f'Content-Disposition: attachment; filename="{name}"\n\n{encoded}')
        body_text = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
        return "\n".join(out) + "\n\nThis is a multi-part message in MIME format.\n\n" + body_text

    @staticmethod
    def draft(headers, body, front_matter):
        keep = {k: v for k, v in headers if k in ("Subject", "To", "Date", "X-Interview-Date")}
        if front_matter:
            lines = ["---"] + [f"{k.lower().replace('x-interview-date', 'interview-date')}: \"{v}\""
                               for k, v in keep.items()] + ["---", ""]
        else:
            lines = [f"{k}: {v}" for k, v in keep.items()] + [""]
        return "\n".join(lines) + body + "\n"


def write_one(writer, path):
    # The cold-start message: a clean outreach with its headers, about 1.5 KB.
    best = None
    for _ in range(200):
        headers, body, _ = writer.message("outreach", clean=True, sentences=6)
        text = "\n".join(f"{k}: {v}" for k, v in headers) + "\nMIME-Version: 1.0\n" \
               "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
        if best is None or abs(len(text) - 1500) < abs(len(best) - 1500):
            best = text
        if abs(len(text) - 1500) < 60:
            break
    with open(path, "w", encoding="utf-8") as f:
        f.write(best)


def write_dir(writer, folder, count):
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        headers, body, attachment = writer.message()
        r = writer.rng.random()
        if r < 0.7:
            name, text = f"m{i:05d}.eml", writer.mime(headers, body, attachment)
        elif r < 0.9:
            name, text = f"m{i:05d}.txt", writer.draft(headers, body, front_matter=False)
        else:
            name, text = f"m{i:05d}.md", writer.draft(headers, body, front_matter=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)


def write_mbox(writer, path, size):
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size:
            headers, body, attachment = writer.message()
            text = writer.mime(headers, body, attachment)
            sender = dict(headers)["From"].split("<")[1].rstrip(">")
            # mboxrd: a body line starting with "From " is escaped.
            lines = [(">" + line if line.startswith("From ") else line) for line in text.split("\n")]
            entry = f"From {sender} Mon Nov 30 12:00:00 2026\n" + "\n".join(lines).rstrip("\n") + "\n\n"
            f.write(entry)
            written += len(entry.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--vocabulary", type=int, default=6000, help="distinct vocabulary words")
    sub = parser.add_subparsers(dest="what", required=True)
    one = sub.add_parser("one")
    one.add_argument("path")
    folder = sub.add_parser("dir")
    folder.add_argument("path")
    folder.add_argument("count", type=int)
    mbox = sub.add_parser("mbox")
    mbox.add_argument("path")
    mbox.add_argument("bytes", type=int)
    args = parser.parse_args()
    writer = Writer(args.seed, args.vocabulary)
    if args.what == "one":
        write_one(writer, args.path)
    elif args.what == "dir":
        write_dir(writer, args.path, args.count)
    else:
        write_mbox(writer, args.path, args.bytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#include "message/regions.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "support/char_classes.h"
#include "support/relaxed_regex.h"
#include "support/utf8.h"

namespace tactful {
namespace {

struct Line {
  std::size_t begin, end;  // end excludes the line break
  std::string_view text;
  bool blank() const { return text.find_first_not_of(" \t\r") == std::string_view::npos; }
};

std::vector<Line> split_lines(std::string_view body) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    std::size_t nl = body.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? body.size() : nl;
    std::size_t text_end = end;
    if (text_end > pos && body[text_end - 1] == '\r') --text_end;
    lines.push_back({pos, text_end, body.substr(pos, text_end - pos)});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

// Attribution lines: "On <date>, <name> wrote:" on one line or two, with at
// most 200 characters for the date and name. The bound is checked in code
// (within_bound): RE2 spells a counted repetition like .{3,200} out as 200
// copies, and the three regexes with it took 5,400 instructions and 2.7 ms
// to compile and first match, against 180 and 0.2 ms without. Each regex's
// group marks the part the bound is on; the rest of the line pins it down,
// so within_bound measures it from the line's ends without capturing it.
constexpr std::size_t kAttributionMaxChars = 200;
const RE2& attribution_one_line() {
  static const RE2 re(R"((?i)^\s*(?:on\b(.{3,})\bwrote|le\b(.{3,})\ba écrit|am\b(.{3,})\bschrieb)\s*:\s*$)");
  return re;
}
const RE2& attribution_start() { static const RE2 re(R"((?i)^\s*on\s(.{3,})$)"); return re; }
const RE2& attribution_end() { static const RE2 re(R"((?i)^(.*)\bwrote:\s*$)"); return re; }

std::size_t code_points(re2::StringPiece s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The first character of `line` after RE2's \s blanks, ASCII lower-cased
// ('\0' for a blank line).
char first_after_blanks(std::string_view line) {
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') continue;
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return '\0';
}

// Whether `line`, after RE2's \s blanks, begins with the two-letter word
// `word` (lower case), ignoring ASCII case: followed by the end or a byte
// that is not a word character, as \b after it needs. Neither letter of
// "on", "le" or "am" is one that (?i) folds from a non-ASCII character.
bool leads_with(std::string_view line, std::string_view word) {
  const std::size_t at = line.find_first_not_of(" \t\n\f\r");
  if (at == std::string_view::npos || line.size() - at < 2) return false;
  if (utf8::ascii_lower_char(line[at]) != word[0] || utf8::ascii_lower_char(line[at + 1]) != word[1]) return false;
  if (line.size() - at == 2) return true;
  const char next = line[at + 2];
  return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') || next == '_');
}

// The bytes RE2's \s takes (no \v), for the bounds below.
constexpr std::string_view kRe2Blanks = " \t\n\f\r";

std::size_t code_points(std::string_view s, std::size_t begin, std::size_t end) {
  return begin < end ? code_points(re2::StringPiece(s.data() + begin, end - begin)) : 0;
}

// The line matches `re` with the part its group captures at most
// kAttributionMaxChars characters long. Only RE2's DFA runs (whether the
// line matches); where the group lies follows from the regex's fixed parts,
// as measured from the line's ends (capturing it took RE2's NFA: 11,000
// instructions a line). `closing` is the word that ends the group ("wrote",
// "a écrit", "schrieb"), or empty when the group runs to the line's end;
// `lead` the bytes before the group after the line's first non-blank.
bool within_bound(std::string_view line, const RE2& re, std::size_t lead, std::string_view closing) {
  if (!RE2::FullMatch(line, re)) return false;
  const std::size_t first = line.find_first_not_of(kRe2Blanks);
  const std::size_t begin = lead == 0 ? 0 : first + lead;
  std::size_t end = line.size();
  if (!closing.empty()) {
    // The line ends "<closing>\s*:\s*" (the match says so): the group ends
    // where the closing word begins.
    end = line.find_last_not_of(kRe2Blanks);                 // the ':'
    end = line.substr(0, end).find_last_not_of(kRe2Blanks) + 1;  // past the closing word
    // Back over its characters, not its bytes: under (?i) a letter of it
    // may be written with another length ("ſchrieb").
    for (std::size_t n = code_points(closing, 0, closing.size()); n > 0 && end > 0; --n)
      do --end;
      while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80);
  }
  return code_points(line, begin, end) <= kAttributionMaxChars;
}

// Each attribution regex's bound, by the word the line begins with.
bool one_line_attribution(std::string_view line, char first) {
  const std::string_view closing = first == 'o' ? "wrote" : first == 'l' ? "a \xC3\xA9" "crit" : "schrieb";
  return within_bound(line, attribution_one_line(), 2, closing);
}

// Markers after which everything is someone else's text.
const RE2& quote_block_marker() {
  static const RE2 re(
      R"((?i)^\s*(-{2,}\s*original message\s*-{2,}|-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:|_{8,})\s*$)");
  return re;
}
const RE2& outlook_from() { static const RE2 re(R"((?i)^\s*\*?from:\*?\s+\S.*$)"); return re; }
const RE2& outlook_sent() { static const RE2 re(R"((?i)^\s*\*?(sent|date):\*?\s+\S.*$)"); return re; }
const RE2& sign_off() {
  static const RE2 re(
      with_cheap_classes(R"((?i)^\s*(best|best regards|best wishes|all the best|kind regards|kindest regards|warm regards|warmest regards|warmly|regards|many thanks|thanks|thank you|thanks again|thank you again|thanks so much|thank you so much|thanks very much|thanks in advance|thanks for your time|thank you for your time|sincerely|sincerely yours|yours sincerely|yours truly|yours faithfully|yours|cheers|respectfully|with gratitude|gratefully|with appreciation|with thanks|take care|talk soon|looking forward|speak soon|all best|with best wishes|best,? thanks|thx|rgds)\s*[,.!:—-]*\s*([\pL'.-]+(\s[\pL'.-]+){0,2})?\s*$)"));
  return re;
}
// A greeting word, then up to a few words of names, then its punctuation.
// Matched through its relaxed twin (support/relaxed_regex.h): a greeting
// longer than 40 bytes, which few are, asks the exact regex.
const RelaxedRegex& greeting() {
  static const RelaxedRegex re(
      R"((?i)^\s*(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|to\s+whom\s+it\s+may\s+concern|howdy|salutations)\b(?:,\s*(?:[^,:!.?\n]|\b(?:dr|mr|mrs|ms|mx|prof)\.){1,40}[,:!]|(?:[^,:!.?\n]|\b(?:dr|mr|mrs|ms|mx|prof)\.){0,60}(?:[,:!]|$))\s*)");
  return re;
}
// Names that follow a greeting's first comma, up to their own punctuation.
const RE2& names_after_greeting() {
  static const RE2 re(
      with_cheap_classes(R"(^(\s*(?:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?\p{Lu}[\pL'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\pL'’.-]*){0,4}\s*[,:!]\s*))"));
  return re;
}
// "Ann," or "Dr. Lee," alone on the first line.
const RE2& name_only_greeting() {
  static const RE2 re(with_cheap_classes(R"(^\s*\p{Lu}[\pL'.-]*(?:\s\p{Lu}[\pL'.-]*){0,2}\s*[,:]\s*$)"));
  return re;
}

const RE2& postscript() { static const RE2 re(R"((?i)^p\.?\s*s\.?\b)"); return re; }
// The Outlook header block after a marker ("From:", "Sent:", ...).
const RE2& outlook_header() { static const RE2 re(R"((?i)^\s*\*?(from|sent|date|to|cc|subject):)"); return re; }
// Words before a greeting's first comma that hold a capital: "Hi Ann and Raj".
const RE2& names_a_person() { static const RE2 re(with_cheap_classes(R"(^\s*\S+\s+.*\p{Lu})")); return re; }

const RE2& sentence_word() {
  // Words a signature line does not hold but a sentence of the writer's does.
  // ("I" alone but not the initial "I.", and no "will" or "can": first names.)
  static const RE2 re(
      with_cheap_classes(R"((?i)(^|[^\pL'’])((i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|my|me|you|your|we|would|could|please|attached|attach|hope|think|wanted)([^\pL'’]|$)|i([^\pL'’.]|$)))"));
  return re;
}

// Whether a line under a sign-off can be part of the signature: short, no
// question, no postscript, no words of a sentence addressed to the reader.
bool reads_as_signature_line(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return true;
  const std::string_view t = text.substr(first);
  if (t.size() > 80) return false;
  // A question ends the line. (A '?' inside the line may be a character the
  // reader could not decode, "Jos? Mart?nez"; a question there has other
  // sentence words too.)
  const std::size_t last = t.find_last_not_of(" \t\r");
  if (last != std::string_view::npos && t[last] == '?') return false;
  if (RE2::PartialMatch(t, postscript())) return false;
  if (RE2::PartialMatch(t, sentence_word())) return false;
  int words = 0;
  bool in_word = false;
  for (char c : t) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= 10;
}

bool is_quote_line(std::string_view text) {
  std::size_t i = text.find_first_not_of(" \t");
  return i != std::string_view::npos && text[i] == '>';
}

}  // namespace

void warm_region_patterns() {
  for (auto pattern : {&attribution_one_line, &attribution_start, &attribution_end, &quote_block_marker,
                              &outlook_from, &outlook_sent, &sign_off, &names_after_greeting,
                              &name_only_greeting, &postscript, &outlook_header, &names_a_person, &sentence_word})
    pattern();
  greeting();
}

void find_regions(Message& message) {
  const std::string_view body = message.body;
  const std::vector<Line> lines = split_lines(body);
  enum class Tag { text, greeting, attribution, quoted, signature };
  std::vector<Tag> tags(lines.size(), Tag::text);

  // Quoted replies and attribution lines.
  std::size_t quote_all_from = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    // The first letter of the line (after blanks) rules most lines out of
    // every regex below without running one: each of them needs a line
    // that starts with one of a few characters (none that (?i) folds from
    // a non-ASCII letter: o, l, a, b, f, '-', '_', '*').
    // The attributions' regexes need their first word too ("on", "le",
    // "am"): most lines that begin with an 'o', 'l' or 'a' begin with
    // another word ("our", "looking", "and"), and skip them.
    const char first = first_after_blanks(t);
    const bool leads_with_on = first == 'o' && leads_with(t, "on");
    const bool may_attribute = leads_with_on || (first == 'l' && leads_with(t, "le")) || (first == 'a' && leads_with(t, "am"));
    if (is_quote_line(t)) {
      tags[i] = Tag::quoted;
    } else if (may_attribute && one_line_attribution(t, first)) {
      tags[i] = Tag::attribution;
    } else if (leads_with_on && i + 1 < lines.size() && within_bound(t, attribution_start(), 3, {}) &&
               within_bound(lines[i + 1].text, attribution_end(), 0, "wrote") &&
               (i + 2 >= lines.size() || is_quote_line(lines[i + 2].text) || lines[i + 2].blank())) {
      tags[i] = tags[i + 1] = Tag::attribution;
      ++i;
    } else if ((first == '-' || first == 'b' || first == '_') && RE2::FullMatch(t, quote_block_marker())) {
      quote_all_from = i;
      break;
    } else if ((first == '*' || first == 'f') && RE2::FullMatch(t, outlook_from())) {
      // Outlook: "From: …" followed within a few lines by "Sent: …" or "Date: …".
      for (std::size_t k = i + 1; k < lines.size() && k <= i + 4; ++k)
        if (RE2::FullMatch(lines[k].text, outlook_sent())) {
          quote_all_from = i;
          break;
        }
      if (quote_all_from != lines.size()) break;
    }
  }
  for (std::size_t i = quote_all_from; i < lines.size(); ++i)
    tags[i] = i == quote_all_from ? Tag::attribution : Tag::quoted;
  // The Outlook header block after the marker is attribution too (it holds the date).
  for (std::size_t i = quote_all_from + 1; i < lines.size() && i <= quote_all_from + 6; ++i)
    if (RE2::PartialMatch(lines[i].text, outlook_header())) tags[i] = Tag::attribution;

  // The writer's own part ends where the first quote or attribution starts
  // (top posting) — inline replies keep their later text regions.
  std::size_t own_end = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (tags[i] != Tag::text) {
      own_end = i;
      break;
    }

  // Signature: "-- " wins; otherwise the last sign-off followed by a few short lines.
  std::size_t signature_at = own_end;
  for (std::size_t i = 0; i < own_end; ++i) {
    const std::string_view t = lines[i].text;
    if (t == "-- " || t == "--") {
      signature_at = i;
      break;
    }
  }
  // A sign-off counts only when what follows it reads as a signature (names,
  // titles, contact lines). The first line after it that reads as a sentence
  // or a postscript ends the signature: a "Thanks!" in mid-message, or a
  // "P.S. I attached my resume" under the name, stays the writer's text.
  std::size_t signature_end = own_end;
  if (signature_at == own_end) {
    for (std::size_t i = own_end; i-- > 0;) {
      if (!RE2::FullMatch(lines[i].text, sign_off())) continue;
      std::size_t k = i + 1;
      int signature_lines = 0;
      for (; k < own_end; ++k) {
        if (lines[k].blank()) continue;
        if (!reads_as_signature_line(lines[k].text) || ++signature_lines > 8) break;
      }
      // Only text after the last signature line goes back to the writer.
      std::size_t last = i;
      for (std::size_t j = i + 1; j < k; ++j)
        if (!lines[j].blank()) last = j;
      signature_at = i;
      signature_end = k < own_end ? last + 1 : own_end;
      break;
    }
  }
  for (std::size_t i = signature_at; i < signature_end; ++i) tags[i] = Tag::signature;

  // Greeting: the first non-blank line, when it reads as one. "Hi Ann, I hope…"
  // ends the greeting at its punctuation; the rest of the line is new text.
  for (std::size_t i = 0; i < signature_at; ++i) {
    if (lines[i].blank()) continue;
    const std::string_view t = lines[i].text;
    re2::StringPiece match;
    std::size_t length = 0;
    // The greeting is the whole match, which RE2 finds with its DFA alone (a
    // capturing group took its NFA: 15,000 instructions a message).
    if (greeting().Match(t, 0, t.size(), RE2::UNANCHORED, &match)) {
      const std::string_view m(match.data(), match.size());
      const std::size_t trimmed = m.find_last_not_of(" \t");
      const bool ends_cleanly = trimmed != std::string_view::npos &&
                                (m[trimmed] == ',' || m[trimmed] == ':' || m[trimmed] == '!' ||
                                 m.size() >= t.find_last_not_of(" \t\r") + 1);
      if (ends_cleanly) length = m.size();
      // "Hello there, Marcus," and "Hi all, Ann and Raj:" name the reader
      // after a first comma: the names belong to the greeting.
      re2::StringPiece names;
      if (length > 0 && !RE2::PartialMatch(m.substr(0, length), names_a_person()) &&
          RE2::PartialMatch(t.substr(length), names_after_greeting(), &names))
        length += names.size();
    } else if (RE2::FullMatch(t, name_only_greeting())) {
      length = t.size();
    }
    if (length > 0) {
      tags[i] = Tag::greeting;
      message.regions.push_back({RegionKind::greeting, {lines[i].begin, lines[i].begin + length}});
      if (length < t.size()) message.regions.push_back({RegionKind::new_text, {lines[i].begin + length, lines[i].end}});
    }
    break;
  }

  // Merge consecutive lines of a tag into regions.
  auto kind_of = [](Tag tag) {
    switch (tag) {
      case Tag::text: return RegionKind::new_text;
      case Tag::greeting: return RegionKind::greeting;
      case Tag::attribution: return RegionKind::attribution;
      case Tag::quoted: return RegionKind::quoted;
      case Tag::signature: return RegionKind::signature;
    }
    return RegionKind::new_text;
  };
  for (std::size_t i = 0; i < lines.size();) {
    if (tags[i] == Tag::greeting) {
      ++i;
      continue;
    }
    std::size_t k = i;
    while (k + 1 < lines.size() && tags[k + 1] == tags[i]) ++k;
    // Regions run to the end of their last line including its break, so text
    // regions hold whole sentences across line breaks.
    const std::size_t end = k + 1 < lines.size() ? lines[k + 1].begin : body.size();
    message.regions.push_back({kind_of(tags[i]), {lines[i].begin, end}});
    i = k + 1;
  }
  message.index_regions();
}

}  // namespace tactful

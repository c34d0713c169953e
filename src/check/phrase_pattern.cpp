#include "check/phrase_pattern.h"

#include "check/regex_requirements.h"
#include "support/char_classes.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace tactful::check {
namespace {

// Between two words: blanks, line breaks, hyphens or dashes, slashes.
constexpr std::string_view kGap = R"((?:[\s\-/]|–|—)+)";
// A letter or digit. RE2 turns \pL and \pN into some 1,300 instructions each
// (every Unicode letter range in UTF-8, and more again under (?i)); with one
// per '*' and two per '...' the rule pack took a second to compile. This class
// is ASCII letters and digits, Latin-1 letters and numbers, and every code point from
// U+00F8 up except the punctuation, currency and symbol blocks
// (U+2000-206F, U+20A0-20FF, U+2190-2BFF, U+2E00-303F, U+FE30-FE4F and the
// half-width forms' punctuation): the same as \pL\pN on e-mail prose, and a
// few dozen instructions.
#define TACTFUL_WORD_CHARS                                                                                    \
  "0-9A-Za-z\\x{AA}\\x{B2}\\x{B3}\\x{B5}\\x{B9}\\x{BA}\\x{BC}-\\x{BE}\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{1FFF}\\x{2070}-\\x{209F}\\x{2100}-\\x{218F}" \
  "\\x{2C00}-\\x{2DFF}\\x{3040}-\\x{D7FF}\\x{F900}-\\x{FDFF}\\x{FE70}-\\x{FEFF}\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}"    \
  "\\x{FF41}-\\x{FF5A}\\x{FF66}-\\x{FFDC}\\x{10000}-\\x{10FFFF}"
// Phrases are matched under (?i), and RE2 would fold the case of every range
// of the class (three times the compile time of a phrase with '...'): the
// class holds both cases of each of its letters already, so case is turned
// off inside it, which changes nothing it matches.
constexpr std::string_view kAnyWord = "(?-i:[" TACTFUL_WORD_CHARS "][" TACTFUL_WORD_CHARS "'’\\-]*)";
#undef TACTFUL_WORD_CHARS

std::string escape_word(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '\'') {
      out += "['’]";
    } else if (word.substr(i, 3) == "\xE2\x80\x99") {  // ’
      out += "['’]";
      i += 2;
    } else if (c == '-') {
      out += R"((?:-|\s)?)";  // "follow-up", "follow up", "followup"
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    } else {
      out += '\\';
      out += c;
    }
  }
  return out;
}

std::string word_to_regex(std::string_view word) {
  if (word == "*") return std::string(kAnyWord);
  if (word.size() > 1 && word.back() == '~') {
    word.remove_suffix(1);
    if (word.back() == 'e') {
      word.remove_suffix(1);
      return escape_word(word) + "(?:e|es|ed|er|ers|ing|ings)";
    }
    if (word.back() == 'y') {
      word.remove_suffix(1);
      return escape_word(word) + "(?:y|ies|ied|ying)";
    }
    return escape_word(word) + "(?:s|es|ed|er|ers|ing|ings)?";
  }
  return escape_word(word);
}

// What a word's matches always contain, as lower-case ASCII: each piece
// between apostrophes and hyphens ("follow-up" -> follow, up), a '~' word's
// stem without the ending it may drop. Pieces of one letter say nothing
// ("I'd"), and pieces with non-ASCII letters are left out: (?i) folds those
// in ways a plain lower-casing of the text would not.
Requirements word_requirements(std::string_view word) {
  Requirements out;
  if (word == "*") return out;
  if (word.size() > 1 && word.back() == '~') {
    word.remove_suffix(1);
    if (word.back() == 'e' || word.back() == 'y') word.remove_suffix(1);
  }
  std::string piece;
  bool ascii = true;
  const auto end_piece = [&] {
    if (ascii && piece.size() >= 2) out.push_back({piece});
    piece.clear();
    ascii = true;
  };
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == '\'' || c == '-') {
      end_piece();
    } else if (word.substr(i, 3) == "\xE2\x80\x99") {
      end_piece();
      i += 2;
    } else {
      if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
      piece += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  end_piece();
  return out;
}

// How a word of a phrase reads in literal_view where a match holds it, as
// escape_word matches it: ASCII letters and digits lower-cased, each
// apostrophe as either of its two forms, each hyphen between two letters as
// a space or as nothing ("follow-up": "follow up", "followup"). Empty for a
// word that reads in more ways than a few: '*', other punctuation, non-ASCII
// letters (which (?i) folds in ways the view does not).
std::vector<std::string> view_spellings(std::string_view word) {
  constexpr std::size_t kMaxSpellings = 8;
  std::vector<std::string> out{std::string()};
  const auto extend = [&](std::initializer_list<std::string_view> options) {
    std::vector<std::string> next;
    for (const std::string& start : out)
      for (std::string_view option : options) next.push_back(start + std::string(option));
    out = std::move(next);
  };
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80; };
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (alnum(c)) {
      for (std::string& spelling : out) spelling += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == '\'' || word.substr(i, 3) == "\xE2\x80\x99") {
      extend({"'", "\xE2\x80\x99"});
      if (c != '\'') i += 2;
    } else if (c == '-' && i > 0 && i + 1 < word.size() && alnum(word[i - 1]) && alnum(word[i + 1])) {
      extend({" ", ""});
    } else {
      return {};
    }
    if (out.size() > kMaxSpellings) return {};
  }
  if (out.front().empty()) return {};
  return out;
}

// The spellings that start each match of a word: a '~' word's stem, whose
// endings follow it; none for '*'.
std::vector<std::string> first_spellings(std::string_view word) {
  if (word.size() > 1 && word.back() == '~') {
    word.remove_suffix(1);
    if (word.back() == 'e' || word.back() == 'y') word.remove_suffix(1);
  }
  return view_spellings(word);
}

// The spellings that end each match of a word: none for a '~' word, whose
// ending varies.
std::vector<std::string> last_spellings(std::string_view word) {
  if (word.size() > 1 && word.back() == '~') return {};
  return view_spellings(word);
}

}  // namespace

const std::vector<std::string>& narrowest_clause(const Requirements& r) {
  // Words nearly every message holds: a clause with one of them narrows
  // nothing, however long its other literals ("the" of "the\s+gop").
  static constexpr std::string_view kCommon[] = {
      "the", "and", "for", "you", "your", "are", "was", "with", "that", "this", "have", "not", "but",
      "from", "our", "can", "will", "would", "about", "what", "how", "any", "all", "one", "out", "who"};
  const auto common_word = [](std::string_view w) {
    return w.size() < 3 || (w.size() <= 5 && std::find(std::begin(kCommon), std::end(kCommon), w) != std::end(kCommon));
  };
  // A word pair is as common as its words: "for you", "as a" ("pray for
  // you" was looked for by "for you", which most mail holds).
  const auto common_literal = [&](std::string_view s) {
    for (std::size_t start = 0;;) {
      const std::size_t space = s.find(' ', start);
      if (!common_word(s.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start))) return false;
      if (space == std::string_view::npos) return true;
      start = space + 1;
    }
  };
  // One pass, each clause weighed once (a pack's load asks this for every
  // alternative of every phrase); on a tie the first clause stays.
  const std::vector<std::string>* best = nullptr;
  bool best_common = true;
  std::size_t best_shortest = 0;
  for (const auto& clause : r) {
    std::size_t shortest = SIZE_MAX;
    bool common = false;
    for (const std::string& literal : clause) {
      shortest = std::min(shortest, literal.size());
      common = common || common_literal(literal);
    }
    const bool better = !best || (best_common && !common) ||
                        (best_common == common &&
                         (shortest > best_shortest || (shortest == best_shortest && clause.size() < best->size())));
    if (!better) continue;
    best = &clause;
    best_common = common;
    best_shortest = shortest;
  }
  return *best;
}

namespace {

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  // Also sets `required` to what every match holds: the clauses of the
  // words and groups a match must pass through.
  Expected<std::string> sequence(bool inside_group, Requirements& required) {
    std::vector<std::string> items;  // compiled items; "..." kept as a marker
    std::vector<bool> optional;      // items that carry their own trailing gap
    // For each item, the spellings (as in literal_view) one of which starts,
    // and one of which ends, each of its matches: a word's own (a '~' word
    // only starts with its stem); a group, its alternatives' (when every
    // alternative has them). Where one item ends
    // and the next starts make word pairs, one of which every match holds
    // in literal_view.
    std::vector<std::vector<std::string>> firsts, lasts;
    required.clear();
    const auto require = [&](Requirements more) {
      for (auto& clause : more) required.push_back(std::move(clause));
    };
    while (true) {
      skip_blanks();
      if (pos_ >= s_.size()) break;
      const char c = s_[pos_];
      if (c == ']' || c == '|') {
        if (!inside_group) return fail("'" + std::string(1, c) + "' outside a [ ] group in phrase '" + std::string(s_) + "'");
        break;
      }
      if (c == '[') {
        // sequence() and group() call each other once per '[', so a phrase of
        // thousands of nested '[' overflowed the stack (found by
        // fuzz_rule_loader). No real phrase nests more than two or three.
        if (depth_ == kMaxGroupDepth)
          return fail("[ ] groups nested more than " + std::to_string(kMaxGroupDepth) + " deep in phrase '" +
                      std::string(s_) + "'");
        ++pos_;
        ++depth_;
        Requirements group_required;
        std::vector<std::string> group_firsts, group_lasts;
        auto group = this->group(group_required, group_firsts, group_lasts);
        --depth_;
        if (!group) return std::unexpected(group.error());
        if (!group->second) require(std::move(group_required));
        items.push_back(group->first);
        optional.push_back(group->second);
        firsts.push_back(group->second ? std::vector<std::string>{} : std::move(group_firsts));
        lasts.push_back(group->second ? std::vector<std::string>{} : std::move(group_lasts));
        continue;
      }
      if (s_.substr(pos_, 3) == "...") {
        pos_ += 3;
        items.push_back("...");
        optional.push_back(true);
        firsts.emplace_back();
        lasts.emplace_back();
        continue;
      }
      std::size_t end = pos_;
      while (end < s_.size() && s_[end] != ' ' && s_[end] != '\t' && s_[end] != '[' && s_[end] != ']' &&
             s_[end] != '|' && s_.substr(end, 3) != "...")
        ++end;
      items.push_back(word_to_regex(s_.substr(pos_, end - pos_)));
      require(word_requirements(s_.substr(pos_, end - pos_)));
      optional.push_back(false);
      firsts.push_back(first_spellings(s_.substr(pos_, end - pos_)));
      lasts.push_back(last_spellings(s_.substr(pos_, end - pos_)));
      pos_ = end;
    }
    for (std::size_t i = 0; i + 1 < items.size(); ++i) {
      const auto& ending = lasts[i];
      const auto& starting = firsts[i + 1];
      if (ending.empty() || starting.empty() || ending.size() * starting.size() > kMaxWordPairs) continue;
      std::vector<std::string> pairs;
      for (const std::string& first : ending)
        for (const std::string& second : starting) pairs.push_back(first + ' ' + second);
      required.push_back(std::move(pairs));
    }
    first_words_ = items.empty() ? std::vector<std::string>{} : firsts.front();
    last_words_ = items.empty() ? std::vector<std::string>{} : lasts.back();
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const bool last = i + 1 == items.size();
      if (items[i] == "...") {
        if (i == 0 || last) return fail("'...' must stand between words in phrase '" + std::string(s_) + "'");
        out += "(?:" + std::string(kAnyWord) + std::string(kGap) + "){0,4}";
      } else if (optional[i]) {
        // An optional group brings its own gap so that leaving it out leaves none.
        out += "(?:" + items[i] + (last ? "" : std::string(kGap)) + ")?";
      } else {
        out += items[i];
        if (!last) out += kGap;
      }
    }
    return out;
  }

 private:
  // After '[': alternatives up to ']'. Returns the regex and whether it is
  // optional; `required` gets one clause: the narrowest clause of each
  // alternative together, or none when an alternative has none.
  // `firsts` and `lasts` get the words that start and end the alternatives,
  // when every alternative has them.
  Expected<std::pair<std::string, bool>> group(Requirements& required, std::vector<std::string>& firsts,
                                               std::vector<std::string>& lasts) {
    std::vector<std::string> alternatives;
    bool optional = false;
    bool every_alternative_known = true;
    bool every_first = true, every_last = true;  // every alternative starts (ends) with plain words
    std::vector<std::string> clause;
    firsts.clear();
    lasts.clear();
    while (true) {
      Requirements alt_required;
      auto alt = sequence(true, alt_required);
      if (!alt) return std::unexpected(alt.error());
      every_first = every_first && !first_words_.empty();
      every_last = every_last && !last_words_.empty();
      const auto add = [](std::vector<std::string>& to, const std::vector<std::string>& words) {
        for (const std::string& w : words)
          if (std::find(to.begin(), to.end(), w) == to.end()) to.push_back(w);
      };
      add(firsts, first_words_);
      add(lasts, last_words_);
      if (alt_required.empty()) {
        every_alternative_known = false;
      } else if (every_alternative_known) {
        const auto& best = narrowest_clause(alt_required);
        for (const std::string& literal : best)
          if (std::find(clause.begin(), clause.end(), literal) == clause.end()) clause.push_back(literal);
      }
      if (alt->empty()) optional = true;
      else alternatives.push_back(*alt);
      if (pos_ >= s_.size()) return fail("unclosed '[' in phrase '" + std::string(s_) + "'");
      if (s_[pos_++] == ']') break;  // else '|'
    }
    if (alternatives.empty()) return fail("empty [ ] group in phrase '" + std::string(s_) + "'");
    if (!every_first) firsts.clear();
    if (!every_last) lasts.clear();
    required.clear();
    if (every_alternative_known) required.push_back(std::move(clause));
    std::string out = "(?:";
    for (std::size_t i = 0; i < alternatives.size(); ++i) out += (i ? "|" : "") + alternatives[i];
    return std::pair{out + ")", optional};
  }

  void skip_blanks() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }

  static constexpr int kMaxGroupDepth = 16;
  // A clause of word pairs larger than this narrows too little to keep.
  static constexpr std::size_t kMaxWordPairs = 64;

  // The words that start and end the last sequence parsed (see sequence()).
  std::vector<std::string> first_words_, last_words_;

  std::string_view s_;
  std::size_t pos_ = 0;
  int depth_ = 0;  // [ ] groups open around pos_
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Expected<std::string> phrase_to_regex(std::string_view phrase) {
  Requirements required;
  return phrase_to_regex(phrase, required);
}

Expected<std::string> phrase_to_regex(std::string_view phrase, Requirements& required) {
  Parser parser(phrase);
  auto out = parser.sequence(false, required);
  if (!out) return out;
  if (out->empty()) return fail("empty phrase");
  // Bounds that keep every phrase's regex far below RE2's memory limit, so
  // that it can be compiled only when a message needs it and never fail then.
  if (phrase.size() > kMaxPhraseBytes)
    return fail("a phrase is longer than " + std::to_string(kMaxPhraseBytes) + " bytes; use several phrases");
  std::size_t wildcards = 0;
  for (std::size_t i = 0; i < phrase.size(); ++i) wildcards += phrase[i] == '*' || phrase.substr(i, 3) == "...";
  if (wildcards > kMaxPhraseWildcards)
    return fail("a phrase has more than " + std::to_string(kMaxPhraseWildcards) + " '*' and '...' in it");
  return out;
}

namespace {

// A rule author's \p{L} costs a cold start milliseconds to compile (the
// subject-missing pattern alone took 4 ms); the cheap classes match the
// same on mail's scripts (support/char_classes.h).
std::string pattern_regex(const std::string& pattern) { return "(?i)(?:" + with_cheap_classes(pattern) + ")"; }

}  // namespace

Expected<std::vector<PhraseRegex>> alternative_regexes(const std::vector<std::string>& phrases,
                                                         const std::vector<std::string>& patterns) {
  std::vector<PhraseRegex> out;
  for (const std::string& phrase : phrases) {
    Requirements required;
    auto re = phrase_to_regex(phrase, required);
    if (!re) return std::unexpected(re.error());
    // Word boundaries only where the phrase begins or ends with a word character.
    const auto wordy = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '*' || c == '[' || c == ']' || c == '~'; };
    const std::string_view trimmed = trim(phrase);
    const std::string lead = !trimmed.empty() && wordy(trimmed.front()) ? R"(\b)" : "";
    const std::string trail = !trimmed.empty() && wordy(trimmed.back()) ? R"(\b)" : "";
    out.push_back({"(?i)" + lead + "(?:" + *re + ")" + trail, std::move(required), true});
  }
  for (const std::string& pattern : patterns) out.push_back({pattern_regex(pattern), regex_requirements(pattern), false});
  if (out.empty()) return fail("no phrases or patterns");
  return out;
}

std::string alternation_of(const std::vector<PhraseRegex>& parts) {
  std::string out = "(?:";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "|" : "") + parts[i].regex;
  return out + ")";
}

Expected<std::string> alternation(const std::vector<std::string>& phrases,
                                  const std::vector<std::string>& patterns) {
  // Only the regexes are wanted: what a raw pattern requires
  // (regex_requirements) is not worked out, which for the subject-missing
  // rule's patterns was 0.9 M instructions of every cold start.
  std::vector<PhraseRegex> parts;
  if (!phrases.empty()) {
    auto from_phrases = alternative_regexes(phrases, {});
    if (!from_phrases) return std::unexpected(from_phrases.error());
    parts = std::move(*from_phrases);
  }
  for (const std::string& pattern : patterns) parts.push_back({pattern_regex(pattern), {}, false});
  if (parts.empty()) return fail("no phrases or patterns");
  return alternation_of(parts);
}

}  // namespace tactful::check

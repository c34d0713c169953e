#include "check/cues.h"

#include <re2/re2.h>

#include <algorithm>

#include "check/literal_view.h"
#include "check/pattern_set.h"
#include "check/phrase_pattern.h"

namespace tactful::check {
namespace {

// Contractions of "not": isn't, don't, won't, can't.
constexpr const char* kContractedNot = R"(\w+n['’]t\b)";

const std::vector<std::string>& builtin_negations() {
  static const std::vector<std::string> cues = {
      "not", "never", "no", "without", "nor", "neither", "rather than", "instead of", "nothing",
      "none", "cannot", "no longer", "far from", "the last thing", "hardly"};
  return cues;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_clause_break(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',' || c == '(' || c == ')') return true;
  if (c == '\n') {  // a blank line
    std::size_t k = i + 1;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\r' || text[k] == '\t')) ++k;
    return k < text.size() && text[k] == '\n';
  }
  return false;
}

bool is_conjunction(std::string_view word) {
  for (std::string_view c : {"but", "however", "although", "though", "yet", "whereas"})
    if (word.size() == c.size() && std::equal(word.begin(), word.end(), c.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      return true;
  return false;
}

}  // namespace

std::size_t clause_start(std::string_view text, std::size_t offset, int words) {
  std::size_t i = std::min(offset, text.size());
  int seen = 0;
  while (i > 0) {
    if (is_clause_break(text, i - 1)) return i;
    if (is_word_byte(text[i - 1]) && (i < 2 || !is_word_byte(text[i - 2]))) {
      std::size_t e = i;
      while (e < text.size() && is_word_byte(text[e])) ++e;
      if (is_conjunction(text.substr(i - 1, e - i + 1))) return e;
      if (++seen >= words) return i - 1;
    }
    --i;
  }
  return 0;
}

std::size_t clause_end(std::string_view text, std::size_t offset, int words) {
  std::size_t i = std::min(offset, text.size());
  int seen = 0;
  while (i < text.size()) {
    if (is_clause_break(text, i)) return i;
    if (is_word_byte(text[i]) && (i == 0 || !is_word_byte(text[i - 1]))) {
      std::size_t e = i;
      while (e < text.size() && is_word_byte(text[e])) ++e;
      if (is_conjunction(text.substr(i, e - i))) return i;
      if (++seen > words) return i;
    }
    ++i;
  }
  return text.size();
}

Expected<Cues> Cues::make(const std::vector<std::string>& phrases, bool negation, int window_words, PatternSet* set) {
  Cues cues;
  cues.window_ = window_words;
  std::vector<std::string> all = phrases;
  std::vector<std::string> patterns;
  if (negation) {
    all.insert(all.end(), builtin_negations().begin(), builtin_negations().end());
    patterns.push_back(kContractedNot);
  }
  if (all.empty() && patterns.empty()) return cues;
  // Phrases and the one built-in pattern: valid by construction, so compiled
  // when a match first needs its cues looked for.
  auto parts = set ? set->alternatives(all, patterns) : alternative_regexes(all, patterns);
  if (!parts) return std::unexpected(parts.error());
  for (const PhraseRegex& part : *parts) {
    // The built-in pattern's words are too short for regex_requirements;
    // every match of it ends in one of these.
    const std::vector<std::string> contracted = {"n't", "n\xE2\x80\x99t"};
    const std::vector<std::string>* clause = nullptr;
    if (!part.required.empty()) clause = &narrowest_clause(part.required);
    else if (!part.from_phrase && negation && part.regex.find(kContractedNot) != std::string::npos) clause = &contracted;
    if (!clause) {  // a cue that holds no known word (a bare '*'): no shortcut
      cues.any_of_.clear();
      break;
    }
    for (const std::string& word : *clause)
      if (std::find(cues.any_of_.begin(), cues.any_of_.end(), word) == cues.any_of_.end()) cues.any_of_.push_back(word);
  }
  cues.re_ = std::make_shared<const LazyRegex>(alternation_of(*parts));
  return cues;
}

bool Cues::may_hold(std::string_view text, TextRange range) const {
  if (any_of_.empty()) return true;
  const std::string_view in = range.in(text);
  // RE2's (?i) folds these to 'k' and 's', which lower-casing as ASCII misses.
  if (in.find("\xE2\x84\xAA") != std::string_view::npos || in.find("\xC5\xBF") != std::string_view::npos) return true;
  const std::string view = literal_view(in);
  for (const std::string& word : any_of_)
    if (view.find(word) != std::string::npos) return true;
  return false;
}

bool Cues::occurs(std::string_view text, TextRange range) const {
  // Until the regex is compiled, a clause without the cues' words is
  // answered without it; once compiled, the regex is as cheap.
  if (re_ && !re_->ready() && !may_hold(text, range)) return false;
  const re2::RE2* re = re_ ? re_->get() : nullptr;
  if (!re) return false;
  bool found = false;
  for_each_match(*re, text, range, [&](TextRange) { return !(found = true); });
  return found;
}

bool Cues::before(std::string_view text, TextRange match) const {
  return re_ && occurs(text, {clause_start(text, match.begin, window_), match.begin});
}

bool Cues::after(std::string_view text, TextRange match) const {
  return re_ && occurs(text, {match.end, clause_end(text, match.end, window_)});
}

bool Cues::compiled() const { return re_ && re_->ready(); }

bool Cues::within(std::string_view text, TextRange range) const { return occurs(text, range); }

}  // namespace tactful::check

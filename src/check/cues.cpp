#include "check/cues.h"

#include <re2/re2.h>

#include <algorithm>
#include <mutex>
#include <optional>

#include "check/literal_automaton.h"
#include "check/literal_view.h"
#include "check/pattern_set.h"
#include "check/phrase_pattern.h"

namespace tactful::check {

struct Cues::Words {
  std::vector<std::string> words;
  const LiteralAutomaton& automaton() {
    std::call_once(built, [&] { made = std::make_unique<const LiteralAutomaton>(words); });
    return *made;
  }

 private:
  std::once_flag built;
  std::unique_ptr<const LiteralAutomaton> made;
};

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
  // Phrases and the one built-in pattern: valid by construction, so each is
  // compiled when a range first may hold it.
  auto parts = set ? set->alternatives(all, patterns) : alternative_regexes(all, patterns);
  if (!parts) return std::unexpected(parts.error());
  // The built-in pattern's words are too short for regex_requirements;
  // every match of it ends in one of these.
  const std::vector<std::string> contracted = {"n't", "n\xE2\x80\x99t"};
  cues.words_ = std::make_shared<Words>();
  const auto number_of = [&](const std::string& word) {
    std::vector<std::string>& words = cues.words_->words;
    const auto it = std::find(words.begin(), words.end(), word);
    if (it != words.end()) return static_cast<int>(it - words.begin());
    words.push_back(word);
    return static_cast<int>(words.size() - 1);
  };
  for (const PhraseRegex& part : *parts) {
    Part& cue = cues.parts_.emplace_back();
    cue.re = std::make_shared<const LazyRegex>(part.regex);
    const std::vector<std::string>* any_of = nullptr;
    if (!part.required.empty()) any_of = &narrowest_clause(part.required);
    else if (!part.from_phrase && negation && part.regex.find(kContractedNot) != std::string::npos) any_of = &contracted;
    if (any_of)
      for (const std::string& word : *any_of) cue.any_of.push_back(number_of(word));
  }
  return cues;
}

std::string Cues::alternation() const {
  std::vector<PhraseRegex> parts;
  for (const Part& cue : parts_) parts.push_back({.regex = cue.re->pattern()});
  return parts.empty() ? std::string() : alternation_of(parts);
}

bool Cues::occurs(std::string_view text, TextRange range) const {
  const std::string_view in = range.in(text);
  // RE2's (?i) folds these to 'k' and 's', which lower-casing as ASCII
  // misses: a range holding one is searched with every cue's regex.
  const bool folds = in.find("\xE2\x84\xAA") != std::string_view::npos || in.find("\xC5\xBF") != std::string_view::npos;
  thread_local FoundLiterals found;  // by word number: whether the range holds it
  bool looked = false;                   // for the first cue with words
  for (const Part& cue : parts_) {
    if (!folds && !cue.any_of.empty()) {
      if (!looked) {
        found.assign(words_->words.size(), 0);
        words_->automaton().find(literal_view(in), found);
        looked = true;
      }
      if (std::none_of(cue.any_of.begin(), cue.any_of.end(), [&](int word) { return found[static_cast<std::size_t>(word)]; }))
        continue;
    }
    // Whether it matches, not where: RE2 then needs no second pass for the
    // match's bounds.
    const RuleSearch* re = cue.re->search();
    if (re && re->find(text, range.begin, range.end, nullptr)) return true;
  }
  return false;
}

bool Cues::before(std::string_view text, TextRange match) const {
  return !parts_.empty() && occurs(text, {clause_start(text, match.begin, window_), match.begin});
}

bool Cues::after(std::string_view text, TextRange match) const {
  return !parts_.empty() && occurs(text, {match.end, clause_end(text, match.end, window_)});
}

bool Cues::compiled() const {
  return std::any_of(parts_.begin(), parts_.end(), [](const Part& cue) { return cue.re->ready(); });
}

bool Cues::within(std::string_view text, TextRange range) const { return occurs(text, range); }

}  // namespace tactful::check

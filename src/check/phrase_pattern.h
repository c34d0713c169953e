// Compiles the phrase syntax of rule files (docs/rule-format.md) into RE2
// regular expressions: words on boundaries, flexible gaps, [a|b] groups,
// '*' for one word, '...' for up to four, '~' for common endings, both
// apostrophes. Pure string work; nothing here runs a regex.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "support/error.h"

namespace tactful::check {

// What every match of a regex contains, as clauses of literals: for each
// clause, one of its literals (lower-case ASCII, found in the text lower-cased
// the same way). Empty when nothing is known. A prefilter may skip the regex
// on a text that fails a clause: it cannot match there.
using Requirements = std::vector<std::vector<std::string>>;

// The clause of non-empty `r` that narrows a search most: one without a word
// nearly every message holds ("the", any of two letters, a pair of such
// words like "for you"), then the one whose
// shortest literal is the longest (rarer in prose), then the fewest literals.
const std::vector<std::string>& narrowest_clause(const Requirements& r);

// A phrase is at most this long and has at most this many '*' and '...':
// then its regex always compiles within RE2's memory bound.
inline constexpr std::size_t kMaxPhraseBytes = 4096;
inline constexpr std::size_t kMaxPhraseWildcards = 16;

// One phrase -> the body of a regex (no flags, no outer group).
Expected<std::string> phrase_to_regex(std::string_view phrase);
// The same, and what every match of the phrase holds.
Expected<std::string> phrase_to_regex(std::string_view phrase, Requirements& required);

// One alternative of a rule's search: its regex and what its matches hold
// (none for "* *", "I" or a pattern whose text regex_requirements cannot
// follow).
struct PhraseRegex {
  std::string regex;
  Requirements required;
  bool from_phrase = false;  // made by this file, so valid by construction; else RE2 must parse it
};
// Several phrases and raw patterns -> one case-insensitive regex each, in
// order: "(?i)\b(?:p1)\b", ..., "(?i)(?:raw1)". A raw pattern may turn case
// back on with "(?-i)".
Expected<std::vector<PhraseRegex>> alternative_regexes(const std::vector<std::string>& phrases,
                                                       const std::vector<std::string>& patterns);

// The regexes of `parts` as one alternation: "(?:r1|r2|...)".
std::string alternation_of(const std::vector<PhraseRegex>& parts);

// Phrases and patterns joined into one alternation: "(?:(?i)\b(?:p1)\b|...)".
Expected<std::string> alternation(const std::vector<std::string>& phrases,
                                  const std::vector<std::string>& patterns);

}  // namespace tactful::check

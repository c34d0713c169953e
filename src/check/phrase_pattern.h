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

// One phrase -> the body of a regex (no flags, no outer group).
Expected<std::string> phrase_to_regex(std::string_view phrase);

// Several phrases and raw patterns -> one case-insensitive regex each, in
// order: "(?i)\b(?:p1)\b", ..., "(?i)(?:raw1)". A raw pattern may turn case
// back on with "(?-i)".
Expected<std::vector<std::string>> alternatives(const std::vector<std::string>& phrases,
                                                const std::vector<std::string>& patterns);

// The same joined into one alternation: "(?:(?i)\b(?:p1)\b|...)".
Expected<std::string> alternation(const std::vector<std::string>& phrases,
                                  const std::vector<std::string>& patterns);

}  // namespace tactful::check

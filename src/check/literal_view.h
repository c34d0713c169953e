// The text as the literals of a Requirements (phrase_pattern.h) are looked
// for in it: ASCII letters lower-cased, and each run of the characters that
// a phrase's gap between two words matches (RE2's \s, '-', '/', '–', '—')
// one space. So "an in" is a literal every match of the phrase "an in"
// holds, however its words are set apart ("an\n  in", "an–in"), while a
// run of letters reads as it does in the text.
#pragma once

#include <string>
#include <string_view>

namespace tactful::check {

std::string literal_view(std::string_view text);

}  // namespace tactful::check

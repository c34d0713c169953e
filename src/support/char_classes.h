// Cheap stand-ins for RE2's \pL, \pN and \p{Lu}. RE2 compiles each \pL into
// the UTF-8 ranges of every Unicode letter, about a millisecond of a cold
// start per use (under (?i) more); a few hundred ranges here do the same work
// in microseconds. On the scripts mail is written in they agree with the real
// classes (tests/unit/support/char_classes_test.cpp); where they do not:
// - letters: also take combining marks, the CJK and other blocks' numbers
//   and a few symbols of U+00F8-U+1FFF (inside words, not a concern);
// - upper case: Latin Extended-A/B and Latin Extended Additional (U+0100-
//   U+024F, U+1E00-U+1EFF) count as capitals whatever their case, since
//   capitals and small letters alternate there.
#pragma once

#include <string>
#include <string_view>

namespace tactful {

// `regex` with every \pL or \p{L}, \pN or \p{N}, and \p{Lu} replaced by the
// cheap classes, inside [ ] or on their own. Nothing else changes (\PL,
// \p{^L} and other classes stay RE2's own).
std::string with_cheap_classes(std::string_view regex);

}  // namespace tactful

// Small pieces of RE2's syntax for the code that rewrites regex texts
// (support/char_classes.h, support/relaxed_regex.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tactful {

// Copies the opening of the [ ] class at regex[i] to `out`: the '[', then a
// '^', then a ']' that RE2 reads as a literal right after '[' or '[^'.
// Returns the index after what it copied.
inline std::size_t copy_class_opening(std::string_view regex, std::size_t i, std::string& out) {
  out += regex[i++];
  if (i < regex.size() && regex[i] == '^') out += regex[i++];
  if (i < regex.size() && regex[i] == ']') out += regex[i++];
  return i;
}

}  // namespace tactful

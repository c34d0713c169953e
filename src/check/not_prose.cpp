#include "check/not_prose.h"

#include <re2/re2.h>

#include <algorithm>

#include "check/pattern_set.h"

namespace tactful::check {

const RE2& not_prose() {
  static const RE2 re(
      R"((?i)(?:\b(?:https?|ftp)://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|dev|ai|co|uk|de|fr|ca|au|ch|kr|gr|app|info|biz)\b|`[^`\n]+`))");
  return re;
}

bool may_hold_not_prose(std::string_view text) {
  // A pass of memchr for each lead byte (vector instructions), not a table
  // lookup per byte: '@' and '`' are rare, ':' and '.' are looked at where they are.
  if (text.find('@') != std::string_view::npos || text.find('`') != std::string_view::npos) return true;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = text.find(':'); i != std::string_view::npos; i = text.find(':', i + 1))
    if (i + 1 < text.size() && text[i + 1] == '/') return true;  // a link's "://"
  // A domain's ending (".com"), or "www." before anything.
  for (std::size_t i = text.find('.'); i != std::string_view::npos; i = text.find('.', i + 1))
    if ((i + 1 < text.size() && letter(text[i + 1])) || (i > 0 && (text[i - 1] == 'w' || text[i - 1] == 'W'))) return true;
  return false;
}

std::vector<TextRange> not_prose_spans(std::string_view text, const std::vector<TextRange>& ranges) {
  std::vector<TextRange> out;
  for (const TextRange& r : ranges)
    if (may_hold_not_prose(r.in(text)))
      for (const TextRange& m : find_all(not_prose(), text, r)) out.push_back(m);
  std::sort(out.begin(), out.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace tactful::check

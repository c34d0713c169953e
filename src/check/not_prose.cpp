#include "check/not_prose.h"

#include <re2/re2.h>

#include <algorithm>

#include "check/pattern_set.h"
#include "support/byte_set.h"

namespace tactful::check {

const RE2& not_prose() {
  static const RE2 re(
      R"((?i)(?:\b(?:https?|ftp)://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|dev|ai|co|uk|de|fr|ca|au|ch|kr|gr|app|info|biz)\b|`[^`\n]+`))");
  return re;
}

bool may_hold_not_prose(std::string_view text) {
  static constexpr ByteSet kLeads = byte_set("@`:.");
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!in_byte_set(kLeads, c)) continue;
    if (c == '@' || c == '`') return true;
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    if (c == ':') {
      if (next == '/') return true;  // a link's "://"
      continue;
    }
    // A domain's ending (".com"), or "www." before anything.
    if (letter(next) || (i > 0 && (text[i - 1] == 'w' || text[i - 1] == 'W'))) return true;
  }
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

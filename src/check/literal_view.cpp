#include "check/literal_view.h"

namespace tactful::check {
namespace {

// Bytes of a gap character at `i`, or 0.
std::size_t gap_at(std::string_view text, std::size_t i) {
  switch (text[i]) {
    case ' ': case '\t': case '\n': case '\f': case '\r': case '-': case '/':
      return 1;
    case '\xE2':  // U+2013 '–', U+2014 '—'
      return i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\x93' || text[i + 2] == '\x94') ? 3 : 0;
    default:
      return 0;
  }
}

}  // namespace

std::string literal_view(std::string_view text) {
  std::string out;
  out.resize(text.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t gap = gap_at(text, i)) {
      if (n == 0 || out[n - 1] != ' ') out[n++] = ' ';
      i += gap;
      continue;
    }
    const char c = text[i++];
    out[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  out.resize(n);
  return out;
}

}  // namespace tactful::check

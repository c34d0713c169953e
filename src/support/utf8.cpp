#include "support/utf8.h"

#include <cstdint>
#include <cstring>

namespace tactful::utf8 {

char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  length = 1;
  if (b0 < 0x80) return b0;
  std::size_t need;
  char32_t cp;
  if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; }
  else return 0xFFFD;
  if (i + need >= s.size()) return 0xFFFD;  // truncated sequence
  for (std::size_t k = 1; k <= need; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0xFFFD;
  length = need + 1;
  return cp;
}

bool is_valid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Mail is nearly all ASCII: eight bytes without a high bit are skipped at
    // once (decoding each byte was 2 % of a batch's instructions).
    std::uint64_t eight;
    if (i + 8 <= s.size() && (std::memcpy(&eight, s.data() + i, 8), (eight & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n;
    const char32_t cp = decode(s, i, n);
    if (cp == 0xFFFD && !(n == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return false;
    i += n;
  }
  return true;
}

std::string repair_in_place_copy(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n;
    const char32_t cp = decode(s, i, n);
    if (cp == 0xFFFD && n == 1) out[i] = '?';
    i += n;
  }
  return out;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace tactful::utf8

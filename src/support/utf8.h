// Small UTF-8 helpers: decoding one code point, validity, and counting code
// points and UTF-16 units. Never throws; invalid bytes count as one unit each.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tactful::utf8 {

// Decodes the code point at `offset`; sets `length` to the bytes it used (1 for
// an invalid byte, which decodes as U+FFFD).
char32_t decode(std::string_view text, std::size_t offset, std::size_t& length);

bool is_valid(std::string_view text);

// Replaces every byte that is not part of valid UTF-8 with '?', keeping byte
// offsets unchanged so positions still map 1:1 onto the original.
std::string repair_in_place_copy(std::string_view text);

// Number of UTF-16 code units needed for the code point that starts with `lead`
// of `length` bytes.
inline int utf16_units(std::size_t length) { return length == 4 ? 2 : 1; }

void append(std::string& out, char32_t cp);

// Lower-cases ASCII letters only; enough for comparing English function words.
std::string ascii_lower(std::string_view text);
inline char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

}  // namespace tactful::utf8

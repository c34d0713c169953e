// Turning a part's encoded bytes into UTF-8 text while remembering, for every
// output byte, the source byte it came from: quoted-printable, single-byte
// charsets and HTML-to-text all keep an exact map. Pure functions, no GMime.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tactful {

struct MappedText {
  std::string text;
  std::vector<std::uint32_t> source;  // source offset of each byte of `text`
};

// `base` is the source offset of `encoded[0]`.
MappedText identity_mapped(std::string_view encoded, std::size_t base);
MappedText decode_quoted_printable(std::string_view encoded, std::size_t base);
// ISO-8859-1 and windows-1252 (its 0x80-0x9F punctuation) to UTF-8.
MappedText latin1_to_utf8(const MappedText& in, bool windows_1252);
// Text content of HTML: tags dropped, block tags as line breaks, entities decoded.
MappedText html_to_text(const MappedText& in);
// Invalid UTF-8 bytes become '?', so offsets stay put.
void repair_utf8(MappedText& text);

}  // namespace tactful

#include "message/text_part.h"

#include <strings.h>

#include "message/body_decoding.h"
#include "support/utf8.h"

namespace tactful {

std::optional<SimpleCharset> simple_charset(std::string_view name) {
  const auto is = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
      if (n.size() == name.size() && strncasecmp(n.data(), name.data(), n.size()) == 0) return true;
    return false;
  };
  if (is({"utf-8", "utf8", "us-ascii", "ascii"})) return SimpleCharset::utf8;
  if (is({"iso-8859-1", "latin1", "iso8859-1", "iso-8859-15"})) return SimpleCharset::latin1;
  if (is({"windows-1252", "cp1252"})) return SimpleCharset::windows_1252;
  return std::nullopt;
}

void take_located_text(Message& message, std::string_view encoded, std::size_t base, TransferEncoding encoding,
                       SimpleCharset charset, bool is_html) {
  if (encoding == TransferEncoding::identity && charset == SimpleCharset::utf8 && !is_html) {
    // Invalid bytes become '?' one for one, so the shift stays exact.
    message.body = utf8::is_valid(encoded) ? std::string(encoded) : utf8::repair_in_place_copy(encoded);
    message.map = SourceMap::shifted(base);
    return;
  }
  MappedText text = encoding == TransferEncoding::quoted_printable ? decode_quoted_printable(encoded, base)
                                                                    : identity_mapped(encoded, base);
  if (charset != SimpleCharset::utf8) text = latin1_to_utf8(text, charset == SimpleCharset::windows_1252);
  repair_utf8(text);
  if (is_html) text = html_to_text(text);
  message.body = std::move(text.text);
  message.map = SourceMap::per_byte(std::move(text.source));
}

}  // namespace tactful

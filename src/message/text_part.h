// The body a message takes from one text part whose encoded bytes lie in its
// source: transfer decoding and charsets that need no iconv, with an exact map
// back to the source. Shared by the GMime reader and the simple reader
// (simple_mime.h) so the two cannot disagree on a body. Pure: no GMime.
#pragma once

#include <optional>
#include <string_view>

#include "message/message.h"

namespace tactful {

enum class TransferEncoding { identity, quoted_printable };  // identity: 7bit, 8bit, binary, none
enum class SimpleCharset { utf8, latin1, windows_1252 };     // utf8 includes US-ASCII

// The charsets converted byte by byte; nullopt for the rest (iconv's work).
std::optional<SimpleCharset> simple_charset(std::string_view name);

// Sets `message.body` and `message.map` from `encoded`, which starts at source
// offset `base`. Identity-encoded UTF-8 plain text keeps a shifted map, not a
// table of one offset per byte (four bytes of memory per byte of text).
void take_located_text(Message& message, std::string_view encoded, std::size_t base, TransferEncoding encoding,
                       SimpleCharset charset, bool is_html);

}  // namespace tactful

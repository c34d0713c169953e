// Whether a word reads as code rather than prose: camelCase or iPhone (a
// lower-case ASCII letter followed by an upper-case one), snake_case, a
// path, an address or a tag (one of _ . / : @ \ #). The spelling rule leaves
// such words alone; the tokenizer works it out for each word (Word::code_like).
#pragma once

#include <string_view>

#include "support/byte_set.h"

namespace tactful::text {

// The characters of code, paths, addresses and tags. A table, not
// find_first_of: that called memchr on the seven for each byte of a word
// (39 M instructions of a 10 MB batch).
inline constexpr ByteSet kCodeCharacters = byte_set("_./:@\\#");

bool code_like(std::string_view word);

}  // namespace tactful::text

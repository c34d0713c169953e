// Whether a word reads as code rather than prose: camelCase or iPhone (a
// lower-case ASCII letter followed by an upper-case one), snake_case, a
// path, an address or a tag (one of _ . / : @ \ #). The spelling rule leaves
// such words alone; the tokenizer works it out for each word (Word::code_like).
#pragma once

#include <string_view>

namespace tactful::text {

bool code_like(std::string_view word);

}  // namespace tactful::text

// The words of plain ASCII text, cut where ICU's word break iterator (UAX #29
// with ICU 72's tailoring) would cut them, without ICU: letters, digits and
// '_' join one another; '.' and '\'' join two letters ("can't", "e.g") and,
// with ',' and ';', two digits ("1,000", "1.5"); '@' counts as a letter
// (ICU 72 keeps "ann@acme.com" whole). Only the words are given: the
// non-word pieces between them (spaces, punctuation, a lone '_') that the
// tokenizer drops anyway are not. The tokenizer uses this for the ASCII runs
// of a text, which are nearly all of it, and ICU for the rest; a test holds
// the two to the same answer on every short string of the classes involved.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "support/text_range.h"

namespace tactful::text {

// Appends the words of `ascii` (every byte < 0x80) to `out`, as byte ranges
// offset by `offset`.
void ascii_words(std::string_view ascii, std::size_t offset, std::vector<TextRange>& out);

}  // namespace tactful::text

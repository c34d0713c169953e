// The sentences of plain ASCII text, cut where ICU's sentence break iterator
// (UAX #29's rules, as ICU 72 implements them for en_US) would cut them,
// without ICU. ICU's iterator costs some 25 instructions a byte of mail,
// nearly half of the tokenizer's; for the ASCII paragraphs that nearly all
// mail is made of, this pass gives the same boundaries for a fraction of
// that: it jumps from one line break or terminator to the next.
// A test holds the two to the same answer on every short string of the
// classes involved and on random text.
//
// The rules, for ASCII: a line feed ends a sentence (and CR LF stays
// whole); '.', '!' and '?' followed by closing marks (quotes, brackets) and
// spaces end one, unless what comes next continues it: a lower-case word
// (after anything but letters and terminators, "etc. (see below)"), a
// comma, colon, hyphen or another terminator, a digit right after
// '.' ("3.5"), or an upper-case letter in "U.S" (a letter, '.', a capital).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tactful::text {

// Appends to `ends` where each sentence of `ascii` (every byte < 0x80) ends,
// in order: the boundaries ICU's next() returns, the last being its size
// (nothing for an empty text).
void ascii_sentence_ends(std::string_view ascii, std::vector<std::size_t>& ends);

}  // namespace tactful::text

// The spans of a text whose words are not prose: links, e-mail addresses,
// domains, inline code. The spelling rule skips the words inside them.
#pragma once

#include <string_view>
#include <vector>

#include "support/text_range.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace tactful::check {

// The regex of such spans.
const re2::RE2& not_prose();

// False when `text` certainly holds no not_prose() match: every match holds
// '@', '`', ":/", "www." or a '.' before a letter (a domain's ending), and
// most of a message's prose holds none of them, which a pass over its bytes
// finds several times faster than the regex's search.
bool may_hold_not_prose(std::string_view text);

// Every match of not_prose() inside `ranges` of `text`, in order.
std::vector<TextRange> not_prose_spans(std::string_view text, const std::vector<TextRange>& ranges);

}  // namespace tactful::check

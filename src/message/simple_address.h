// Reads, without GMime, the address lists most headers hold: addresses
// ("ann@x.org", "<ann@x.org>") and named addresses ("Ann Lee <ann@x.org>",
// "\"Lee, Ann\" <ann@x.org>"), ASCII, separated by commas. Anything else
// (comments, groups, escapes, a non-ASCII name, a malformed address) is left
// to parse_addresses, and the test suite holds the two to the same result.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful {

// What parse_addresses(value) returns, or nullopt when `value` is not that simple.
std::optional<std::vector<Address>> parse_simple_addresses(std::string_view value);

}  // namespace tactful

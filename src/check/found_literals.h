// Which literals of a set a text holds, by literal number: 1 where found.
// Bytes rather than std::vector<bool>, so the scans (literal_automaton.h,
// literal_index.h) read and set an entry without bit masks or a branch.
#pragma once

#include <cstdint>
#include <vector>

namespace tactful::check {

using FoundLiterals = std::vector<std::uint8_t>;

}  // namespace tactful::check

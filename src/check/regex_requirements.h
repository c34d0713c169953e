// What every match of a raw RE2 pattern from a rule file must contain, read
// from the pattern's text: its runs of ASCII letters and digits that no
// quantifier makes optional, and for a group that every match passes
// through, one run of each alternative. The prefilter then skips the pattern
// on a message that lacks them, as it does for phrases, and the pattern is
// compiled only for a message that has them.
//
// Conservative by construction: anything it does not follow (\Q...\E, an
// unknown construct) makes it say nothing, which only costs speed.
#pragma once

#include <string_view>

#include "check/phrase_pattern.h"

namespace tactful::check {

// For a pattern RE2 has parsed already. Empty when nothing is known.
Requirements regex_requirements(std::string_view pattern);

}  // namespace tactful::check

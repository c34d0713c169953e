// Splits a message body into its regions: the greeting line, the writer's new
// text, attribution lines and quoted replies (">" lines, Outlook and forwarded
// blocks), and the signature ("-- " or a sign-off such as "Best,"). Content
// rules read only the new text; timing rules read dates from attributions.
#pragma once

#include "message/message.h"

namespace tactful {

void find_regions(Message& message);

// Compiles the region finder's regexes now (they compile on first use
// otherwise): a process calls it on a spare thread while it loads its rules.
void warm_region_patterns();

}  // namespace tactful

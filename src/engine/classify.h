// Decides whether a message is an outreach, a follow-up or a thank-you from
// its subject and its own words, when neither --kind nor the config says.
#pragma once

#include "message/message.h"
#include "message/message_kind.h"

namespace tactful::engine {

MessageKind classify(const Message& message);

// Compiles classify's regexes now rather than on the first message.
void warm_classify_patterns();

}  // namespace tactful::engine

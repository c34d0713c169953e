// Decides whether a message is an outreach, a follow-up or a thank-you from
// its subject and its own words, when neither --kind nor the config says.
#pragma once

#include "message/message.h"
#include "message/message_kind.h"

namespace tactful::engine {

MessageKind classify(const Message& message);

// How classify learns which cues a message holds: from one pass of a set of
// both kinds once a batch has built it, or always by counting each kind
// (what it does before the set is ready). Both give the same answer; tests
// compare them.
enum class CueCounting { as_available, always };
MessageKind classify(const Message& message, CueCounting counting);
// Builds that set now, on this thread, unless it is built or being built
// (then waits for it); for tests. False when RE2 refused it.
bool build_cue_set_now();

// Compiles classify's regexes now rather than on the first message.
void warm_classify_patterns();

}  // namespace tactful::engine

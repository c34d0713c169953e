// The `salutation` rule kind (docs/rule-format.md): the names in the greeting
// ("Dear Ann,", "Hi Dr. Lee,", "Hello Ann and Raj,") must be the recipient's,
// taken from To: (and Cc: when several people are greeted) or the configured
// recipient, with case, accents and nicknames forgiven. A near miss of the
// recipient's name is reported here, never by `spelling`. No recipient, or no
// name in the greeting: nothing to say.
#pragma once

#include <memory>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

Expected<std::unique_ptr<Rule>> make_salutation_rule(RuleInfo info, const RuleFields& fields, PatternSet& set);

}  // namespace tactful::check

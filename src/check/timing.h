// The `timing` rule kind (docs/rule-format.md): how long after an event a
// message goes out. `since: interview` (a late thank-you) or `since:
// original-message` (a follow-up sent too soon). The event's time comes from
// the settings (command line, header, config), then from the message itself:
// a reply's attribution line, then days named in sentences the rule's phrases
// pick out ("thank you for meeting me yesterday"). With no evidence there is
// no finding, only a note.
#pragma once

#include <memory>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

Expected<std::unique_ptr<Rule>> make_timing_rule(RuleInfo info, const RuleFields& fields, PatternSet& set);

}  // namespace tactful::check

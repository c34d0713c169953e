// The `duration` rule kind (docs/rule-format.md): the length of the meeting a
// message asks for. `check: over-limit` reports each requested duration over a
// configurable number of minutes; `check: unstated` reports a request for a
// call or meeting that names no length at all. Reading lengths of time is
// text/durations; deciding which of them are requests happens here.
#pragma once

#include <memory>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

Expected<std::unique_ptr<Rule>> make_duration_rule(RuleInfo info, const RuleFields& fields, PatternSet& set);

}  // namespace tactful::check

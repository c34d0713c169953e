// The `header` rule kind (docs/rule-format.md). Built from its YAML by the
// registry; checks one message through the Rule interface.
#pragma once

#include <memory>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

Expected<std::unique_ptr<Rule>> make_header_rule(RuleInfo info, const RuleFields& fields, PatternSet& set);

}  // namespace tactful::check

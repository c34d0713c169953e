// The `spelling` rule kind (docs/rule-format.md): Hunspell over the writer's
// new text, with the names a message itself makes known (headers, signature,
// e-mail domains, the config's personal words) and the tokens no dictionary
// should judge (URLs, addresses, numbers, acronyms, code, names inside a
// sentence) left alone. The greeting is not its business: a misspelt
// recipient name there belongs to `salutation`.
#pragma once

#include <memory>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

Expected<std::unique_ptr<Rule>> make_spelling_rule(RuleInfo info, const RuleFields& fields, PatternSet& set);

}  // namespace tactful::check

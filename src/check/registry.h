// THE table of rule kinds: each row names a kind, the YAML keys it takes
// beyond the common ones, a line for `tactful rules`, and its factory. Adding
// a kind is one file pair and one row here; nothing registers itself.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/rule_fields.h"

namespace tactful::check {

using RuleFactory = Expected<std::unique_ptr<Rule>> (*)(RuleInfo info, const RuleFields& fields, PatternSet& set);

struct RuleKind {
  std::string_view name;
  std::vector<std::string_view> keys;
  std::string_view summary;
  RuleFactory make;
};

std::span<const RuleKind> rule_kinds();
const RuleKind* find_rule_kind(std::string_view name);

}  // namespace tactful::check

// The loaded, compiled rules: built once per run (or per config) and then
// shared read-only by every lint. Owns the one-pass PatternSet.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "check/pattern_set.h"
#include "check/rule.h"

namespace tactful::check {

class RuleSet {
 public:
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  const PatternSet& patterns() const { return patterns_; }

  // Loads every *.yaml under each folder (sorted, recursive). Strict: the first
  // problem is returned as an Error naming file, line and column.
  static Expected<std::shared_ptr<const RuleSet>> load(const std::vector<std::string>& folders);
  // Loads rules from YAML texts (tests); `name` stands in for the file name.
  static Expected<std::shared_ptr<const RuleSet>> from_texts(const std::vector<std::pair<std::string, std::string>>& files);

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  PatternSet patterns_;
};

}  // namespace tactful::check

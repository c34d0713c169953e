// The loaded, compiled rules: built once per run (or per config) and then
// shared read-only by every lint. Owns the one-pass PatternSet.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/pattern_set.h"
#include "check/rule.h"
#include "check/pack_cache.h"

namespace tactful::check {

class RuleSet {
 public:
  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  const PatternSet& patterns() const { return patterns_; }

  // Loads every *.yaml under each folder (sorted, recursive). Strict: the first
  // problem is returned as an Error naming file, line and column. A pack
  // `cache` holds a snapshot of is loaded from it (pack_cache.h); one that
  // loads cleanly without is stored in it.
  static Expected<std::shared_ptr<const RuleSet>> load(const std::vector<std::string>& folders,
                                                       const PackCache& cache = PackCache(""));
  // Loads rules from YAML texts (tests); `name` stands in for the file name.
  // With `snapshot` (of these very files), its trees and regexes stand in for
  // parsing and converting, and nothing is compiled only to check it; with
  // `record`, what a snapshot holds is kept there.
  static Expected<std::shared_ptr<const RuleSet>> from_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                                             std::optional<PackSnapshot> snapshot = std::nullopt,
                                                             PackSnapshot* record = nullptr);

 private:
  std::vector<std::unique_ptr<Rule>> rules_;
  PatternSet patterns_;
};

}  // namespace tactful::check

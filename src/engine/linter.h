// The facade every front end calls: one message in, its kind and findings
// out. Knows rules, config and settings; knows nothing of terminals, JSON or
// LSP. Linting never fails: trouble with the input becomes a finding.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/rule_set.h"
#include "diag/diagnostic.h"
#include "engine/config.h"
#include "message/message.h"

namespace tactful::engine {

struct LintOptions {
  std::optional<MessageKind> kind;        // --kind; else config; else detected
  std::optional<Instant> now;              // --now
  std::optional<Instant> interview;        // --interview-date
  // The text is linted again after every change (an editor's draft): caches
  // that take a while to warm pay off, such as the precise pattern set.
  bool relinted = false;
  // The rules are shared out with a second thread. Worth it for the one
  // message of a process (check on one file, gate): a cold lint is mostly
  // compiling the regexes its rules need, which two cores then share. Not
  // for a batch, whose workers keep the cores busy already, nor for an
  // editor's relint of a draft whose regexes are compiled.
  bool split_rules = false;
};

struct LintResult {
  MessageKind kind = MessageKind::outreach;
  std::string kind_source;  // "detected", "--kind", "config", "header"
  std::vector<Diagnostic> diagnostics;  // sorted by position
  std::vector<std::string> notes;       // facts rules could not establish
};

// The pseudo-rule id for problems with the input itself.
inline constexpr const char* kInputRuleId = "input";
// The longest line (bytes of decoded text) a message may have to be linted;
// `limits: {max-line-length: N}` in the config changes it.
inline constexpr const char* kMaxLineLengthLimit = "max-line-length";
inline constexpr double kDefaultMaxLineLength = 100000;

class Linter {
 public:
  explicit Linter(std::shared_ptr<const check::RuleSet> rules) : rules_(std::move(rules)) {}
  LintResult lint(const Message& message, const Config& config, const LintOptions& options = {}) const;
  const check::RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const check::RuleSet> rules_;
};

}  // namespace tactful::engine

// What every rule is: its metadata from the YAML file (id, severity, guideline,
// message kinds, examples) and a check over one message. Kinds live in their
// own files and are listed in registry.cpp; the engine runs them through this
// interface only.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "check/rule_examples.h"
#include "diag/diagnostic.h"
#include "message/message_kind.h"

namespace tactful::check {

struct RuleInfo {
  std::string id;
  std::string kind;
  Severity severity = Severity::warning;
  std::string guideline;
  std::array<bool, 3> applies{};  // indexed by MessageKind
  std::string message;
  std::string description;
  std::string link;
  RuleExamples examples;
  std::string file;  // where it was loaded from

  bool applies_to(MessageKind kind) const { return applies[static_cast<int>(kind)]; }
  MessageKind first_kind() const {
    for (MessageKind k : kAllKinds)
      if (applies_to(k)) return k;
    return MessageKind::outreach;
  }
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  virtual void check(const Context& context, Sink& sink) const = 0;

 private:
  RuleInfo info_;
};

}  // namespace tactful::check

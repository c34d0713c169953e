// A rule's examples: texts it must flag and texts it must pass. Read with the
// rule from its file, or, for a pack read back from its snapshot
// (pack_cache.h), on first use: only `tactful explain` and an editor's
// hover show them, and rebuilding their YAML was a third of the snapshot's
// nodes (a cold start 8.01 -> 7.41 ms without it). Copies share one reading.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "message/message_kind.h"

namespace tactful::check {

struct RuleExample {
  std::string text;
  std::optional<MessageKind> kind;  // else the rule's first kind
};

class RuleExamples {
 public:
  struct Lists {
    std::vector<RuleExample> fail, pass;
  };

  RuleExamples() = default;  // none
  explicit RuleExamples(Lists lists);
  // `read` runs once, on the first thread to ask, and never again.
  static RuleExamples read_later(std::function<Lists()> read);

  const std::vector<RuleExample>& fail() const { return lists().fail; }
  const std::vector<RuleExample>& pass() const { return lists().pass; }

 private:
  struct State;
  const Lists& lists() const;
  std::shared_ptr<State> state_;
};

}  // namespace tactful::check

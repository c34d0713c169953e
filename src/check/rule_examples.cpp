#include "check/rule_examples.h"

#include <mutex>

namespace tactful::check {

struct RuleExamples::State {
  std::once_flag once;
  std::function<Lists()> read;  // empty once read
  Lists lists;
};

RuleExamples::RuleExamples(Lists lists) : state_(std::make_shared<State>()) { state_->lists = std::move(lists); }

RuleExamples RuleExamples::read_later(std::function<Lists()> read) {
  RuleExamples examples;
  examples.state_ = std::make_shared<State>();
  examples.state_->read = std::move(read);
  return examples;
}

const RuleExamples::Lists& RuleExamples::lists() const {
  static const Lists kNone;
  if (!state_) return kNone;
  std::call_once(state_->once, [this] {
    if (state_->read) state_->lists = std::exchange(state_->read, nullptr)();
  });
  return state_->lists;
}

}  // namespace tactful::check

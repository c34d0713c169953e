// The regexes every lint needs whatever the rules (the region finder's, the
// message-kind classifier's, the date finder's) compile on first use. A
// command that is about to load a rule pack creates a WarmUp first, so they
// compile on a spare core while the pack loads instead of on the first
// message: a cold start's critical path gets shorter by their compile time.
#pragma once

#include "support/spare_core.h"

namespace tactful::engine {

class WarmUp {
 public:
  WarmUp();
  // Joins: no static regex is still being built when the process exits.
  ~WarmUp();
  WarmUp(const WarmUp&) = delete;
  WarmUp& operator=(const WarmUp&) = delete;

 private:
  SpareCoreThread thread_;
};

}  // namespace tactful::engine

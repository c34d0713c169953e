#include "engine/warm_up.h"

#include <system_error>

#include "engine/classify.h"
#include "message/regions.h"
#include "support/spare_core.h"
#include "text/relative_date.h"

namespace tactful::engine {

WarmUp::WarmUp() {
  try {
    thread_ = std::thread([] {
      warm_region_patterns();
      warm_classify_patterns();
      warm_relative_date_patterns();
    });
    move_to_spare_core(thread_);
  } catch (const std::system_error&) {
    // No thread to be had: the regexes compile on first use, as without this.
  }
}

WarmUp::~WarmUp() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace tactful::engine

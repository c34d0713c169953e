#include "engine/warm_up.h"

#include <system_error>

#include "engine/classify.h"
#include "message/regions.h"
#include "support/spare_core.h"
#include "text/relative_date.h"

namespace tactful::engine {

WarmUp::WarmUp() {
  try {
    thread_ = SpareCoreThread([] {
      warm_region_patterns();
      warm_classify_patterns();
      warm_relative_date_patterns();
    });
  } catch (const std::system_error&) {
    // No thread to be had: the regexes compile on first use, as without this.
  }
}

WarmUp::~WarmUp() = default;  // joins

}  // namespace tactful::engine

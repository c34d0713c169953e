// glibc malloc settings for a command that lints and ends (check, gate):
// set once, before any thread starts.
#pragma once

#include <cstddef>

namespace tactful::cli {

// One arena per lint worker and one for the rest; each arena grows by, and
// keeps when trimming, 4 MiB beyond its need.
void tune_malloc(std::size_t workers);

}  // namespace tactful::cli

#include "cli/malloc_tuning.h"

#include <malloc.h>

#include <algorithm>

namespace tactful::cli {

void tune_malloc(std::size_t workers) {
  // Not glibc's eight arenas per core: the warm-up and compile threads share
  // the workers', and memory one thread frees is not left idle in an arena
  // of its own (0.3-0.5 MiB off the bench batch's peak).
  mallopt(M_ARENA_MAX, static_cast<int>(std::min<std::size_t>(workers + 1, 64)));
  // 4 MiB of top pad instead of 128 KiB: loading the pack and linting
  // allocate and free in waves, and glibc gave the top of the heap back and
  // faulted it in again each time (interleaved runs of check: a cold start's
  // CPU time 5-9 % lower, its wall time and the 10 MB batch's 0-5 %; the
  // batch's peak memory the same, since pages never touched are never
  // resident).
  mallopt(M_TOP_PAD, 4 << 20);
}

}  // namespace tactful::cli

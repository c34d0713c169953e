#include "support/spare_core.h"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

namespace tactful {

void move_to_spare_core(std::thread& t) {
  if (!t.joinable()) return;
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return;
  const int here = sched_getcpu();
  if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &allowed) || CPU_COUNT(&allowed) < 2) return;
  CPU_CLR(here, &allowed);
  pthread_setaffinity_np(t.native_handle(), sizeof allowed, &allowed);  // best effort: a failure changes nothing
}

void allow_every_core() {
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (sched_getaffinity(getpid(), sizeof allowed, &allowed) == 0) sched_setaffinity(0, sizeof allowed, &allowed);
}

}  // namespace tactful

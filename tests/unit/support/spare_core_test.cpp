#include "support/spare_core.h"

#include <catch2/catch.hpp>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace tactful;

namespace {

cpu_set_t affinity_of(pthread_t thread) {
  cpu_set_t set;
  CPU_ZERO(&set);
  pthread_getaffinity_np(thread, sizeof set, &set);
  return set;
}

}  // namespace

TEST_CASE("a helper moved to a spare core may run anywhere but on its starter's, until it lifts that", "[support]") {
  cpu_set_t everywhere;
  CPU_ZERO(&everywhere);
  REQUIRE(sched_getaffinity(0, sizeof everywhere, &everywhere) == 0);
  std::atomic<int> step{0};
  cpu_set_t while_moved, after_lifting;
  std::thread helper([&] {
    step.wait(0);
    while_moved = affinity_of(pthread_self());
    allow_every_core();
    after_lifting = affinity_of(pthread_self());
  });
  move_to_spare_core(helper);
  step = 1;
  step.notify_one();
  helper.join();
  CHECK(CPU_EQUAL(&after_lifting, &everywhere));
  if (CPU_COUNT(&everywhere) < 2) {
    CHECK(CPU_EQUAL(&while_moved, &everywhere));  // no other core: left alone
    return;
  }
  // Every core but the one the starter was on (which it may have left since).
  cpu_set_t within;
  CPU_AND(&within, &while_moved, &everywhere);
  CHECK(CPU_COUNT(&while_moved) == CPU_COUNT(&everywhere) - 1);
  CHECK(CPU_EQUAL(&within, &while_moved));
}

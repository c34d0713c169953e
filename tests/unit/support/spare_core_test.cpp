#include "support/spare_core.h"

#include <catch2/catch.hpp>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <utility>

using namespace tactful;

namespace {

cpu_set_t affinity_of(pthread_t thread) {
  cpu_set_t set;
  CPU_ZERO(&set);
  pthread_getaffinity_np(thread, sizeof set, &set);
  return set;
}

}  // namespace

TEST_CASE("a thread started on a spare core may run anywhere but on its starter's, until it lifts that", "[support]") {
  cpu_set_t everywhere;
  CPU_ZERO(&everywhere);
  REQUIRE(sched_getaffinity(0, sizeof everywhere, &everywhere) == 0);
  cpu_set_t at_start, after_lifting;
  SpareCoreThread helper([&] {
    // Read first thing: the restriction is in place before the body runs.
    at_start = affinity_of(pthread_self());
    allow_every_core();
    after_lifting = affinity_of(pthread_self());
  });
  helper.join();
  CHECK_FALSE(helper.joinable());
  CHECK(CPU_EQUAL(&after_lifting, &everywhere));
  if (CPU_COUNT(&everywhere) < 2) {
    CHECK(CPU_EQUAL(&at_start, &everywhere));  // no other core: left alone
    return;
  }
  // Every core but the one the starter was on (which it may have left since).
  cpu_set_t within;
  CPU_AND(&within, &at_start, &everywhere);
  CHECK(CPU_COUNT(&at_start) == CPU_COUNT(&everywhere) - 1);
  CHECK(CPU_EQUAL(&within, &at_start));
}

TEST_CASE("a spare-core thread is joined when it goes out of scope or is replaced, and a moved one once", "[support]") {
  std::atomic<int> finished{0};
  {
    SpareCoreThread first([&] { ++finished; });
    SpareCoreThread moved(std::move(first));
    CHECK_FALSE(first.joinable());
    CHECK(moved.joinable());
    moved = SpareCoreThread([&] { ++finished; });  // joins the one it held
    CHECK(finished.load() >= 1);
  }  // joins the second
  CHECK(finished.load() == 2);
  SpareCoreThread never_started;
  CHECK_FALSE(never_started.joinable());
  never_started.join();  // nothing to join: no effect
}

TEST_CASE("a detached spare-core thread runs to its end on its own, and may lower its own priority only", "[support]") {
  std::atomic<int> nice_inside{-100};
  std::atomic<bool> finished{false};
  const int nice_here = getpriority(PRIO_PROCESS, 0);
  SpareCoreThread thread([&] {
    lower_this_thread_priority();
    nice_inside = getpriority(PRIO_PROCESS, 0);  // Linux: this thread's
    finished = true;
    finished.notify_one();
  });
  thread.detach();
  CHECK_FALSE(thread.joinable());
  finished.wait(false);
  CHECK(nice_inside.load() == std::max(nice_here, 10));
  CHECK(getpriority(PRIO_PROCESS, 0) == nice_here);  // the starter's is its own
}

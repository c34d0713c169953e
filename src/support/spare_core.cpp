#include "support/spare_core.h"

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <system_error>
#include <utility>

namespace tactful {

namespace {

void* run_body(void* arg) {
  const std::unique_ptr<std::function<void()>> body(static_cast<std::function<void()>*>(arg));
  (*body)();  // an exception leaving it ends the process, as with std::thread
  return nullptr;
}

// The calling thread's allowed cores without the one it runs on; false when
// that leaves none (one core, or the current one unknown).
bool spare_cores(cpu_set_t& spare) {
  CPU_ZERO(&spare);
  if (sched_getaffinity(0, sizeof spare, &spare) != 0) return false;
  const int here = sched_getcpu();
  if (here < 0 || here >= CPU_SETSIZE || !CPU_ISSET(here, &spare) || CPU_COUNT(&spare) < 2) return false;
  CPU_CLR(here, &spare);
  return true;
}

}  // namespace

SpareCoreThread::SpareCoreThread(std::function<void()> body) {
  pthread_attr_t attr;
  if (const int e = pthread_attr_init(&attr)) throw std::system_error(e, std::generic_category(), "thread attributes");
  cpu_set_t spare;
  if (spare_cores(spare)) pthread_attr_setaffinity_np(&attr, sizeof spare, &spare);  // best effort: a failure changes nothing
  auto owned = std::make_unique<std::function<void()>>(std::move(body));
  int e = pthread_create(&thread_, &attr, run_body, owned.get());
  if (e == EINVAL) e = pthread_create(&thread_, nullptr, run_body, owned.get());  // cores the kernel refuses: anywhere
  pthread_attr_destroy(&attr);
  if (e) throw std::system_error(e, std::generic_category(), "thread");
  owned.release();  // the thread's now
  started_ = true;
}

SpareCoreThread::SpareCoreThread(SpareCoreThread&& other) noexcept
    : thread_(other.thread_), started_(std::exchange(other.started_, false)) {}

SpareCoreThread& SpareCoreThread::operator=(SpareCoreThread&& other) noexcept {
  if (this != &other) {
    if (started_) join();
    thread_ = other.thread_;
    started_ = std::exchange(other.started_, false);
  }
  return *this;
}

SpareCoreThread::~SpareCoreThread() {
  if (started_) join();
}

void SpareCoreThread::join() {
  if (!started_) return;
  pthread_join(thread_, nullptr);
  started_ = false;
}

void SpareCoreThread::detach() {
  if (!started_) return;
  pthread_detach(thread_);
  started_ = false;
}

void lower_this_thread_priority() { setpriority(PRIO_PROCESS, 0, 10); }  // best effort

void allow_every_core() {
  cpu_set_t allowed;
  CPU_ZERO(&allowed);
  if (sched_getaffinity(getpid(), sizeof allowed, &allowed) == 0) sched_setaffinity(0, sizeof allowed, &allowed);
}

}  // namespace tactful

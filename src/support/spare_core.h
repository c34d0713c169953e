// Starting a short helper thread on a core the caller is not using. A new
// thread is queued on its parent's core, and on this kind of machine (two
// virtual cores) the idle one took it over only 1-3 ms later (perf sched:
// the warm-up thread waited 3.4 ms while the other core idled), most of a
// cold start. A thread whose allowed cores leave out the caller's is woken
// on another at once.
//
// The cores are given when the thread is created (pthread_attr_setaffinity_np),
// not once it runs: restricted after std::thread had started it, the new
// thread sometimes ran first on its parent's core, and the parent waited
// 2.2 ms to go on (two of six cold starts timed from inside; none of thirty
// since).
#pragma once

#include <pthread.h>

#include <functional>

namespace tactful {

// A joinable thread like std::thread, started on the cores the calling
// thread may use other than the one it runs on (anywhere when there is no
// other). The restriction stays until the thread lifts it
// (allow_every_core): a thread that ends within the command's start-up
// need not.
class SpareCoreThread {
 public:
  SpareCoreThread() = default;
  // Throws std::system_error when no thread can be started, as std::thread does.
  explicit SpareCoreThread(std::function<void()> body);
  SpareCoreThread(SpareCoreThread&& other) noexcept;
  SpareCoreThread& operator=(SpareCoreThread&& other) noexcept;
  // Joins a thread still joinable (as std::jthread; std::thread would terminate).
  ~SpareCoreThread();

  bool joinable() const { return started_; }
  void join();
  // Lets the thread run on alone, as std::thread::detach.
  void detach();

 private:
  pthread_t thread_{};
  bool started_ = false;
};

// Lets the calling thread run on every core the process's main thread may.
void allow_every_core();

// Gives the calling thread (Linux: one thread, not the process) a nice value
// of 10, for speculative work the answers do not wait for: an editor's lint,
// its server's reader and the editor itself then take a core from it at once
// instead of after its time slice (3-6 ms edits while a background build ran).
void lower_this_thread_priority();

}  // namespace tactful

// Starting a short helper thread on a core the caller is not using. A new
// thread is queued on its parent's core, and on this kind of machine (two
// virtual cores) the idle one took it over only 1-3 ms later (perf sched:
// the warm-up thread waited 3.4 ms while the other core idled), most of a
// cold start. A thread whose allowed cores leave out the caller's is woken
// on another at once.
#pragma once

#include <thread>

namespace tactful {

// Restricts `t`, just started, to the cores the calling thread may use other
// than the one it runs on; nothing when there is no other. The restriction
// stays until the thread lifts it (allow_every_core): a thread that ends
// within the command's start-up need not.
void move_to_spare_core(std::thread& t);
// Lets the calling thread run on every core the process's main thread may.
void allow_every_core();

}  // namespace tactful

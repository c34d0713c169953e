#include "cli/command_feeder.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace tactful::cli {
namespace {

// The child that is still reading the message; 0 once its input is complete.
volatile sig_atomic_t g_reading_child = 0;
volatile sig_atomic_t g_forking = 0;       // between fork() and g_reading_child naming the child
volatile sig_atomic_t g_pending_stop = 0;  // a stop signal taken in that window

constexpr int kStopSignals[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT};

// Async-signal-safe: kill the half-fed command before our end of the pipe
// closes, wait for it, then die of the same signal.
void on_stop_signal(int sig) {
  const pid_t child = static_cast<pid_t>(g_reading_child);
  // Another thread (the warm-up's, a regex compiler's) may take the signal
  // while this one forks, with the signal blocked only here: the child has
  // no name yet, so the stop waits until feed() has named it.
  if (child <= 0 && g_forking) {
    g_pending_stop = sig;
    return;
  }
  if (child > 0) {
    kill(child, SIGKILL);
    int ignored;
    while (waitpid(child, &ignored, 0) < 0 && errno == EINTR) {
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);  // delivered when the handler returns (sig is blocked inside it)
}

// Stdout or stderr closed by the caller would let pipe() hand out 1 or 2 and
// confuse the child's file descriptors; park /dev/null there instead.
void ensure_standard_fds_open() {
  for (int fd = 0; fd <= 2; ++fd)
    if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
      const int null_fd = open("/dev/null", O_RDWR);
      if (null_fd >= 0 && null_fd != fd) {
        dup2(null_fd, fd);
        close(null_fd);
      }
    }
}

// Full-write loop: retries short writes and EINTR; stops at EPIPE (the
// command closed its input) or any other error, leaving errno set. Returns
// the bytes written.
std::size_t write_all(int fd, std::string_view data) {
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    done += static_cast<std::size_t>(n);
  }
  return done;
}

int wait_status(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return 128;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 128;
}

}  // namespace

FeedResult feed_command(const std::vector<std::string>& argv, std::string_view input) {
  FeedResult result;
  if (argv.empty()) {
    result.start_errno = ENOENT;
    return result;
  }
  ensure_standard_fds_open();
  // EPIPE is handled as a return value; the child gets SIGPIPE back below.
  signal(SIGPIPE, SIG_IGN);

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  int data[2], report[2];
  if (pipe2(data, O_CLOEXEC) != 0) {
    result.start_errno = errno;
    return result;
  }
  if (pipe2(report, O_CLOEXEC) != 0) {
    result.start_errno = errno;
    close(data[0]);
    close(data[1]);
    return result;
  }

  // Block the stop signals across fork so that no signal can find a child
  // that g_reading_child does not name yet.
  sigset_t stop, old;
  sigemptyset(&stop);
  for (int sig : kStopSignals) sigaddset(&stop, sig);
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  for (int sig : kStopSignals) sigaddset(&action.sa_mask, sig);
  struct sigaction previous[std::size(kStopSignals)];
  sigprocmask(SIG_BLOCK, &stop, &old);
  for (std::size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &action, &previous[i]);

  g_pending_stop = 0;
  g_forking = 1;
  const pid_t pid = fork();
  if (pid == 0) {
    // Child: default dispositions, the caller's signal mask, the pipe as stdin.
    for (int sig : kStopSignals) signal(sig, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    sigprocmask(SIG_SETMASK, &old, nullptr);
    if (dup2(data[0], STDIN_FILENO) < 0) _exit(127);
    execvp(args[0], args.data());
    const int err = errno;
    (void)!write(report[1], &err, sizeof err);
    _exit(127);
  }
  if (pid < 0) {
    g_forking = 0;
    result.start_errno = errno;
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &previous[i], nullptr);
    sigprocmask(SIG_SETMASK, &old, nullptr);
    for (int fd : {data[0], data[1], report[0], report[1]}) close(fd);
    return result;
  }
  g_reading_child = pid;
  g_forking = 0;
  if (const int pending = g_pending_stop) on_stop_signal(pending);  // kills the child, then this process
  sigprocmask(SIG_SETMASK, &old, nullptr);
  close(data[0]);
  close(report[1]);

  // The report pipe closes on a successful exec (O_CLOEXEC) or carries errno.
  int err = 0;
  ssize_t got;
  while ((got = read(report[0], &err, sizeof err)) < 0 && errno == EINTR) {
  }
  close(report[0]);
  if (got == static_cast<ssize_t>(sizeof err)) {
    g_reading_child = 0;
    close(data[1]);
    wait_status(pid);
    result.start_errno = err;
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &previous[i], nullptr);
    return result;
  }
  result.started = true;

  result.written = write_all(data[1], input);
  if (result.written < input.size() && errno != EPIPE) {
    // A write error with the command still reading: closing the pipe now
    // would hand it a truncated message, so it must not live to see EOF.
    kill(pid, SIGKILL);
    result.aborted = true;
  }
  // Only now may a signal leave the command alone: its input is complete (or
  // it closed it itself), so closing our end can no longer truncate anything.
  sigprocmask(SIG_BLOCK, &stop, nullptr);
  g_reading_child = 0;
  close(data[1]);
  for (std::size_t i = 0; i < std::size(kStopSignals); ++i) sigaction(kStopSignals[i], &previous[i], nullptr);
  sigprocmask(SIG_SETMASK, &old, nullptr);
  result.status = wait_status(pid);
  return result;
}

}  // namespace tactful::cli

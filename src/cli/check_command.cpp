#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <optional>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "check/dictionary.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/malloc_tuning.h"
#include "engine/warm_up.h"
#include "message/reader.h"

namespace tactful::cli {
namespace {

// One unit of work: a file, or one message of an mbox. `error` is set instead
// of `entry` when the input could not be read; `fatal` stops the whole run (a
// config or rule pack that does not load).
struct Job {
  std::size_t seq = 0;
  InputEntry entry;
  const engine::Setup* setup = nullptr;  // owned by the Batch
  std::string error;
  bool fatal = false;
};

// What a worker hands back for the printer. For a reporter that renders
// alone, the worker makes the text and frees the message and its result
// itself: freed by the printer, their memory went back to the worker's malloc
// arena under its lock, and the two threads contended for it.
struct Done {
  std::optional<Message> message;
  engine::LintResult result;
  std::optional<std::string> text;
  report::Totals counts;  // of this message's diagnostics (messages: 1)
  bool fails = false;     // by --fail-on
  std::string error;
  bool fatal = false;
};

// What the run printed, once every worker has stopped.
struct Outcome {
  report::Totals totals;
  int status = kExitClean;
  bool fatal = false;  // stopped at a config or rule pack that does not load
};

// Workers lint in any order and print in input order, so the output is the
// same for one worker and for many. The worker that finishes the next message
// to print prints it and each later one already done, while the others go on
// linting: no thread waits only to print, and none is woken per message (a
// printer thread, woken every 16 messages, had the kernel's wake-up path
// take 3 % of a 10 MB batch's perf samples on 2 cores).
//
// Taking work and handing in results have a lock each. The input side
// (reading a file, splitting an mbox, finding its config) runs under its
// lock: it is cheap next to linting, and it loads each config and rule pack
// exactly once. With one lock for both, a worker handing in a result waited
// for the other's mbox read, and at -j2 the futex waits were most of the
// batch's context switches.
class Batch {
 public:
  Batch(const std::vector<std::string>& inputs, const CheckOptions& options, Prepared& prepared,
        report::Reporter* reporter, std::size_t window)
      : inputs_(inputs), options_(options), prepared_(prepared), reporter_(reporter), window_(window), slots_(window) {}

  // Lints and prints until the input ends or the run stops; any number of
  // threads at once.
  void work() {
    while (std::optional<Job> job = next()) hand_in(job->seq, lint(*job));
  }

  // Valid once every thread has returned from work().
  const Outcome& outcome() const { return outcome_; }

  // Whether the whole batch is one message: one input, neither a folder's
  // files nor an mbox. Reads that input (and loads its rule pack) to know.
  bool single_message() {
    std::lock_guard lock(input_mutex_);
    if (pending_.empty() && !mbox_ && next_input_ < inputs_.size()) fill(inputs_[next_input_++]);
    return pending_.size() == 1 && !mbox_ && next_input_ == inputs_.size() && produced_ == 0;
  }

 private:
  // The next job, or nullopt at the end of the input or once the run stopped.
  std::optional<Job> next() {
    std::unique_lock lock(input_mutex_);
    // Keep at most `window_` results waiting to be printed, so a long batch
    // streams instead of piling up in memory behind one slow message (and
    // each waits in a slot of its own). Waiting holds the input lock: a
    // thread behind it would wait for room too.
    if (produced_ - printed_.load(std::memory_order_acquire) >= window_) {
      std::unique_lock out(output_mutex_);
      room_.wait(out, [&] { return stopped_.load() || produced_ - printed_.load() < window_; });
    }
    if (stopped_.load()) return std::nullopt;
    while (pending_.empty()) {
      if (mbox_) {
        pull();
        continue;
      }
      if (next_input_ == inputs_.size()) return std::nullopt;
      fill(inputs_[next_input_++]);
    }
    Job job = std::move(pending_.front());
    pending_.pop_front();
    job.seq = produced_++;
    if (job.fatal) {  // nothing after a broken config is read
      next_input_ = inputs_.size();
      pending_.clear();
      mbox_.reset();
    }
    return job;
  }

  Done lint(Job& job) {
    Done done;
    done.error = std::move(job.error);
    done.fatal = job.fatal;
    if (!done.error.empty()) return done;
    const std::string path = job.entry.path;  // for an error, after the entry is read
    try {
      done.message = read_message(std::move(job.entry.path), job.entry.take_bytes(), job.entry.first_line, options_.common.mime);
      done.result = job.setup->linter->lint(*done.message, *job.setup->config, prepared_.lint);
      done.counts.messages = 1;
      for (const Diagnostic& d : done.result.diagnostics) {
        if (d.severity == Severity::error) ++done.counts.errors;
        else if (d.severity == Severity::warning) ++done.counts.warnings;
        else ++done.counts.suggestions;
      }
      done.fails = fails(done.result, prepared_.fail_on);
      if (reporter_ && reporter_->renders_alone()) {
        done.text = reporter_->render(*done.message, done.result);
        done.message.reset();
        done.result = {};
      }
    } catch (const std::exception& e) {  // out of memory, mostly: end the run, never std::terminate
      done = Done{.error = path + ": cannot lint: " + e.what(), .fatal = true};
    }
    return done;
  }

  // Files a result; then, unless another thread is printing (it will find
  // this one), prints the run of results that is next in input order.
  void hand_in(std::size_t seq, Done done) {
    std::unique_lock lock(output_mutex_);
    slots_[seq % window_] = std::move(done);  // free: seq is within the window of printed_
    if (printing_) return;
    printing_ = true;
    while (!stopped_.load()) {
      std::optional<Done>& slot = slots_[printed_.load() % window_];
      if (!slot) break;
      Done next = std::move(*slot);
      slot.reset();
      printed_.fetch_add(1, std::memory_order_release);
      room_.notify_all();  // no system call unless a thread waits for room
      lock.unlock();
      const bool stop = print(next);
      next = {};  // freed outside the lock
      lock.lock();
      if (stop) {
        stopped_.store(true);
        room_.notify_all();
      }
    }
    printing_ = false;
  }

  // Writes one result; true when the run must stop. Called by one thread at
  // a time (printing_), in input order.
  bool print(Done& done) {
    Outcome& o = outcome_;
    if (!done.error.empty()) {
      std::cerr << "tactful: error: " << done.error << "\n";
      o.status = kExitFailure;
      return o.fatal = done.fatal;
    }
    o.totals.messages += done.counts.messages;
    o.totals.errors += done.counts.errors;
    o.totals.warnings += done.counts.warnings;
    o.totals.suggestions += done.counts.suggestions;
    if (done.fails && o.status == kExitClean) o.status = kExitFindings;
    if (!reporter_) return false;
    try {
      if (done.text) reporter_->message_text(*done.text);
      else reporter_->message(*done.message, done.result);
    } catch (const std::exception& e) {  // out of memory: end the run, never std::terminate
      std::cerr << "tactful: error: cannot write the findings: " << e.what() << "\n";
      o.status = kExitFailure;
      return o.fatal = true;
    }
    return false;
  }

  // The next message of the mbox being read, or its end.
  void pull() {
    if (std::optional<InputEntry> entry = mbox_->file.next()) {
      pending_.push_back({.entry = std::move(*entry), .setup = mbox_->setup});
      return;
    }
    if (mbox_->file.read_failed())
      pending_.push_back({.error = Error{mbox_->path, 0, 0, "error while reading the file; the messages after this point were not linted"}.to_string()});
    mbox_.reset();
  }

  // The linter and config for an input's folder; a fatal job when they do not load.
  const engine::Setup* setup_for(const std::string& path) {
    const std::string folder = path == "-" ? "." : std::filesystem::path(path).parent_path().string();
    auto setup = prepared_.workspace->for_folder(folder.empty() ? "." : folder);
    if (!setup) {
      pending_.push_back({.error = setup.error().to_string(), .fatal = true});
      return nullptr;
    }
    if (setups_.empty() || setups_.back().linter != setup->linter || setups_.back().config != setup->config)
      setups_.push_back(std::move(*setup));
    return &setups_.back();
  }

  void fill(const std::string& path) {
    // An mbox file is read a piece at a time (MboxFile), so a batch holds a
    // window of messages and never the whole file.
    auto mbox = MboxFile::open(path);
    if (!mbox) {
      pending_.push_back({.error = mbox.error().to_string()});
      return;
    }
    if (*mbox) {
      const engine::Setup* setup = setup_for(path);
      if (!setup) return;
      mbox_.emplace(OpenMbox{std::move(**mbox), setup, path});
      pull();
      if (mbox_) pull();
      // See below: suggestions are decided before the first message is linted.
      if (pending_.size() > 1 || inputs_.size() > 1) check::Dictionary::set_suggestions_enabled(false);
      return;
    }
    auto bytes = read_input(path, options_.max_size_mib << 20);
    if (!bytes) {
      pending_.push_back({.error = bytes.error().to_string()});
      return;
    }
    const engine::Setup* setup = setup_for(path);
    if (!setup) return;
    std::vector<InputEntry> entries = split_input(path, std::move(*bytes));
    // A batch (an mbox, or several inputs) gets no spelling suggestions: each
    // costs tens of milliseconds. Decided before the first message is linted,
    // so the output depends on the inputs only.
    if (entries.size() > 1 || inputs_.size() > 1) check::Dictionary::set_suggestions_enabled(false);
    for (InputEntry& entry : entries)
      pending_.push_back({.entry = std::move(entry), .setup = setup});
  }

  const std::vector<std::string>& inputs_;
  const CheckOptions& options_;
  Prepared& prepared_;
  report::Reporter* const reporter_;
  const std::size_t window_;

  // The input side, under input_mutex_.
  std::mutex input_mutex_;
  std::deque<Job> pending_;
  std::size_t next_input_ = 0, produced_ = 0;
  // Each job points at its setup here (a deque: what it holds never moves),
  // not at a copy of its own: copying the shared pointers counted the same
  // two reference counts up and down from both threads for every message.
  std::deque<engine::Setup> setups_;
  struct OpenMbox {
    MboxFile file;
    const engine::Setup* setup;
    std::string path;
  };
  std::optional<OpenMbox> mbox_;  // the mbox file being read

  // The output side, under output_mutex_; printed_ and stopped_ are read
  // without it by next().
  std::mutex output_mutex_;
  std::condition_variable room_;
  std::vector<std::optional<Done>> slots_;  // result seq waits in slots_[seq % window_]
  std::atomic<std::size_t> printed_{0};
  std::atomic<bool> stopped_{false};
  bool printing_ = false;
  Outcome outcome_;  // the printing thread's
};

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& o) {
  CLI::App* check = app.add_subcommand("check", "lint messages: files, folders, mbox files, or - for standard input");
  add_common_options(*check, o.common);
  check->add_option("-j,--jobs", o.jobs, "workers (default: one per core)")->check(CLI::NonNegativeNumber);
  check->add_option("--max-size", o.max_size_mib, "largest message to read, in MiB")->capture_default_str();
  check->add_option("paths", o.paths, "files or folders to lint (- for standard input)")->required();
  return check;
}

namespace {

// The process ends when a check does: its rule pack (a hundred compiled
// regexes and their DFA caches, about a millisecond to free, a tenth of a
// small message's lint) is left for the operating system to reclaim. Held
// from a pointer that is never freed, so leak checkers see it as reachable.
void keep_until_exit(std::unique_ptr<engine::Workspace> workspace) {
  static auto* const kept = new std::vector<std::unique_ptr<engine::Workspace>>();
  kept->push_back(std::move(workspace));
}

}  // namespace

int run_check(const CheckOptions& o, const std::string& argv0) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t jobs = o.jobs > 0 ? static_cast<std::size_t>(o.jobs) : cores;
  tune_malloc(jobs);
  const engine::WarmUp warm_up;
  auto prepared = prepare(o.common, argv0);
  if (!prepared) {
    std::cerr << "tactful: error: " << prepared.error().to_string() << "\n";
    return kExitFailure;
  }
  auto inputs = expand_inputs(o.paths);
  if (!inputs) {
    std::cerr << "tactful: error: " << inputs.error().to_string() << "\n";
    return kExitFailure;
  }
  // Into a file or a pipe, the findings go out in 64 KiB writes rather than
  // stdio's 4 KiB (the 10 MB batch's 8 MB of JSON took some 2,000 write
  // calls). A terminal keeps its line buffering. Before anything is written;
  // the buffer is given, as glibc ignores the size without one.
  static char stdout_buffer[64 << 10];
  if (!isatty(STDOUT_FILENO)) std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  // --quiet: no reporter at all, so a long filter run keeps nothing in memory.
  std::unique_ptr<report::Reporter> reporter;
  if (!o.common.quiet)
    reporter = report::make_reporter(o.common.format, std::cout, reporter_options_for(STDOUT_FILENO, true));

  Batch batch(*inputs, o, *prepared, reporter.get(), 64 * jobs);
  // One message is linted on this thread, which would only wait for a
  // worker: a new thread could wait a millisecond or two for a core while
  // the warm-up thread held the other (perf sched, 2 cores). Its rules are
  // shared with a second thread instead (LintOptions::split_rules).
  if (batch.single_message()) {
    prepared->lint.split_rules = true;
    batch.work();
  } else {
    // This thread is one of the workers.
    std::vector<std::jthread> workers;
    for (std::size_t i = 1; i < jobs; ++i) workers.emplace_back([&batch] { batch.work(); });
    batch.work();
  }  // joins
  const Outcome& outcome = batch.outcome();
  if (outcome.fatal) {
    if (reporter) reporter->abandon();
    return kExitFailure;
  }
  if (reporter) reporter->finish(outcome.totals);
  keep_until_exit(std::move(prepared->workspace));
  return outcome.status;
}

}  // namespace tactful::cli

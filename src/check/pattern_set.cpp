#include "check/pattern_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "support/utf8.h"

namespace tactful::check {
namespace {

// Rule patterns are bounded so that a hostile rule pack cannot take the
// process's memory: RE2 itself guarantees linear-time matching.
constexpr std::size_t kMaxPatternBytes = 64 * 1024;
constexpr int64_t kRegexMemory = 8 << 20;
constexpr int64_t kSetMemory = 64 << 20;
// The text of one message from which on the precise set is worth its cost.
// Below, the words' answer is narrow enough, and the set would only add its
// own scan and its memory (measured on a 10 MB batch of 1-3 KB messages:
// 15 % slower, 12 MiB more); above, nearly every pattern's words occur and
// each such pattern would scan the whole text itself. A text linted again on
// every change (an editor's) warms the set's DFA for itself and gains at any
// length (3 KB draft: 1.4 -> 0.5-0.7 ms an edit).
constexpr std::size_t kPreciseFromBytes = 16 << 10;
// Regexes waiting for compile_soon before it starts a thread for them.
constexpr std::size_t kSoonThreadFrom = 8;

RE2::Options options(int64_t memory) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(memory);
  return o;
}

RE2::Options literal_options() {
  RE2::Options o = options(kSetMemory);
  o.set_literal(true);
  o.set_case_sensitive(true);  // the text is lower-cased instead
  return o;
}

// Characters that RE2's (?i) folds to an ASCII letter, which lower-casing the
// text as ASCII would miss: KELVIN SIGN (k) and LATIN SMALL LETTER LONG S (s).
bool has_fold_to_ascii(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos || text.find("\xC5\xBF") != std::string_view::npos;
}

// Shared with the thread that compiles it, which may outlive the PatternSet.
struct PreciseSet {
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::shared_ptr<const re2::RE2::Set> set;  // null until compiled (or when it could not be)
};

}  // namespace

struct PatternSet::Impl {
  // Patterns and phrases that require no literal ("* *"), searched as they are.
  re2::RE2::Set regexes{options(kSetMemory), RE2::UNANCHORED};
  std::vector<int> regex_owner;  // regex set index -> pattern id
  std::size_t regex_count = 0;
  // Every distinct literal of the alternatives' requirements, searched in
  // the lower-cased text; per alternative, its clauses as literal indices.
  re2::RE2::Set literals{literal_options(), RE2::UNANCHORED};
  std::unordered_map<std::string, int> literal_index;
  std::vector<std::pair<int, std::vector<std::vector<int>>>> by_literals;  // (pattern id, its clauses)

  // The literals only say that a pattern's words occur somewhere; on a long
  // text nearly all do, and each such pattern then scans the text itself.
  // The first long or relinted text a process sees starts a background
  // thread that compiles every literal-searched pattern's own regex into one
  // more set, which from then on says, for such texts, which really occur.
  std::vector<std::string> precise_regexes;  // in by_literals order
  std::shared_ptr<PreciseSet> precise = std::make_shared<PreciseSet>();
  // Set by match(), which is const to its callers (and thread-safe).
  mutable std::atomic<bool> precise_started{false};

  std::shared_ptr<const re2::RE2::Set> precise_set() const {
    std::lock_guard lock(precise->mutex);
    return precise->set;
  }

  // compile_soon's queue and its one worker, which compiles in order and
  // keeps the first refusal.
  struct Soon {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::pair<std::shared_ptr<const LazyRegex>, Error>> queue;
    bool closing = false;
    std::optional<Error> first_refusal;
    std::thread worker;
  } soon;

  void work_soon() {
    std::unique_lock lock(soon.mutex);
    for (;;) {
      soon.wake.wait(lock, [&] { return soon.closing || !soon.queue.empty(); });
      if (soon.queue.empty()) return;
      auto [re, where] = std::move(soon.queue.front());
      soon.queue.pop_front();
      lock.unlock();
      const bool ok = re->get() != nullptr;
      lock.lock();
      if (!ok && !soon.first_refusal) {
        where.message += re->error();
        soon.first_refusal = std::move(where);
      }
    }
  }

  // Waits for the worker, or without one compiles the queue here (unless
  // the pack is being dropped: then what waits is not compiled at all).
  void finish_soon(bool compile_rest = true) {
    {
      std::lock_guard lock(soon.mutex);
      soon.closing = true;
      if (!compile_rest) soon.queue.clear();
    }
    soon.wake.notify_all();
    if (soon.worker.joinable()) soon.worker.join();
    else work_soon();
  }

  ~Impl() { finish_soon(false); }
};

namespace {

// Compiles `regexes` into a set for `into`; leaves it null when RE2 cannot.
void compile_precise(std::vector<std::string> regexes, const std::shared_ptr<PreciseSet>& into) {
  auto set = std::make_shared<re2::RE2::Set>(options(kSetMemory), RE2::UNANCHORED);
  bool ok = true;
  for (const std::string& regex : regexes) ok = ok && set->Add(regex, nullptr) >= 0;
  ok = ok && set->Compile();
  {
    std::lock_guard lock(into->mutex);
    if (ok) into->set = std::move(set);
    into->done = true;
  }
  into->finished.notify_all();
}

}  // namespace

PatternSet::PatternSet() : set_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

Expected<int> PatternSet::add(const PhraseRegex& alternative) {
  const std::string& regex = alternative.regex;
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  const int id = static_cast<int>(count_);
  Impl& impl = *set_;
  if (!alternative.required.empty()) {
    // Not parsed here: a raw pattern goes to compile_soon too (TextMatcher),
    // whose compile reports what RE2 refuses, and a phrase is valid as made.
    std::vector<std::vector<int>> clauses;
    for (const auto& clause : alternative.required) {
      std::vector<int>& indices = clauses.emplace_back();
      for (const std::string& literal : clause) {
        auto [it, added] = impl.literal_index.try_emplace(literal, static_cast<int>(impl.literal_index.size()));
        if (added) {
          std::string error;
          if (impl.literals.Add(literal, &error) < 0) return fail("bad phrase: " + error);
        }
        indices.push_back(it->second);
      }
    }
    impl.by_literals.emplace_back(id, std::move(clauses));
    impl.precise_regexes.push_back(regex);
  } else {
    std::string error;
    if (impl.regexes.Add(regex, &error) < 0) return fail("bad pattern: " + error);
    impl.regex_owner.push_back(id);
    ++impl.regex_count;
  }
  ++count_;
  return id;
}

void PatternSet::compile_soon(std::shared_ptr<const LazyRegex> re, Error where) {
  Impl& impl = *set_;
  {
    std::lock_guard lock(impl.soon.mutex);
    impl.soon.queue.emplace_back(std::move(re), std::move(where));
    // A thread only for a pack with enough of them (the shipped one has
    // some sixty); a few are compiled by compile() itself.
    if (!impl.soon.worker.joinable() && impl.soon.queue.size() >= kSoonThreadFrom)
      impl.soon.worker = std::thread([&impl] { impl.work_soon(); });
  }
  impl.soon.wake.notify_one();
}

Expected<void> PatternSet::compile() {
  compiled_ = false;
  Impl& impl = *set_;
  impl.finish_soon();
  if (impl.soon.first_refusal) return std::unexpected(*impl.soon.first_refusal);
  if (count_ == 0) return {};

  if (impl.regex_count > 0 && !impl.regexes.Compile())
    return fail("the rules' patterns are too large to compile together (RE2 memory limit)");
  if (!impl.literal_index.empty() && !impl.literals.Compile())
    return fail("the rules' phrases are too many to compile together (RE2 memory limit)");
  compiled_ = true;
  return {};
}

bool PatternSet::compile_precise_now() const {
  Impl& impl = *set_;
  if (impl.by_literals.empty()) return false;
  if (!impl.precise_started.exchange(true)) compile_precise(impl.precise_regexes, impl.precise);
  std::unique_lock lock(impl.precise->mutex);
  impl.precise->finished.wait(lock, [&] { return impl.precise->done; });
  return impl.precise->set != nullptr;
}

bool prefilter_disabled() {
  // Read once: the fast-path agreement test runs the binary both ways.
  static const bool disabled = [] {
    const char* env = std::getenv("TACTFUL_NO_PREFILTER");
    return env && *env && std::string_view(env) != "0";
  }();
  return disabled;
}

PatternHits PatternSet::match(std::string_view text, const std::vector<TextRange>& ranges, bool relinted) const {
  if (prefilter_disabled()) return PatternHits::everything();
  std::vector<bool> hits(count_, false);
  if (!compiled_) return PatternHits(std::move(hits));
  const Impl& impl = *set_;
  if (!impl.by_literals.empty() && has_fold_to_ascii(text)) return PatternHits::everything();
  std::vector<bool> literal_hits(impl.literal_index.size(), false);
  std::vector<int> ids;
  // False when the set ran out of DFA memory: then every rule looks for itself.
  const auto run = [&](const re2::RE2::Set& set, std::string_view in, const auto& mark) {
    ids.clear();
    re2::RE2::Set::ErrorInfo info;
    if (!set.Match(in, &ids, &info) && info.kind != re2::RE2::Set::kNoError) return false;
    for (int i : ids) mark(static_cast<std::size_t>(i));
    return true;
  };
  for (const TextRange& r : ranges) {
    if (impl.regex_count > 0 &&
        !run(impl.regexes, r.in(text), [&](std::size_t i) { hits[static_cast<std::size_t>(impl.regex_owner[i])] = true; }))
      return PatternHits::everything();
    if (!impl.literal_index.empty() &&
        !run(impl.literals, utf8::ascii_lower(r.in(text)), [&](std::size_t i) { literal_hits[i] = true; }))
      return PatternHits::everything();
  }
  for (const auto& [id, clauses] : impl.by_literals)
    hits[static_cast<std::size_t>(id)] = std::all_of(clauses.begin(), clauses.end(), [&](const std::vector<int>& clause) {
      return std::any_of(clause.begin(), clause.end(), [&](int i) { return literal_hits[static_cast<std::size_t>(i)]; });
    });
  std::size_t bytes = 0;
  for (const TextRange& r : ranges) bytes += r.size();
  if (impl.by_literals.empty() || (bytes < kPreciseFromBytes && !relinted)) return PatternHits(std::move(hits));
  const auto precise = impl.precise_set();
  if (!precise) {
    // The first text that wants it starts the compile; it and those that
    // come before the set is ready make do with the words' answer.
    if (!impl.precise_started.exchange(true)) std::thread(compile_precise, impl.precise_regexes, impl.precise).detach();
    return PatternHits(std::move(hits));
  }
  // Narrow the literals' answer to the patterns that occur. (Out of DFA
  // memory, the literals' answer stands: it is never wrong, only wider.)
  std::vector<bool> occurs(impl.by_literals.size(), false);
  for (const TextRange& r : ranges)
    if (!run(*precise, r.in(text), [&](std::size_t i) { occurs[i] = true; })) return PatternHits(std::move(hits));
  for (std::size_t i = 0; i < impl.by_literals.size(); ++i)
    if (!occurs[i]) hits[static_cast<std::size_t>(impl.by_literals[i].first)] = false;
  return PatternHits(std::move(hits));
}

const re2::RE2* LazyRegex::get() const {
  std::call_once(once_, [&] {
    if (auto compiled = compile_regex(regex_)) re_ = *compiled;
    else error_ = compiled.error().message;
  });
  return re_.get();
}

Expected<std::shared_ptr<const re2::RE2>> compile_regex(const std::string& regex) {
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  auto re = std::make_shared<const re2::RE2>(regex, options(kRegexMemory));
  if (!re->ok()) return fail("bad pattern: " + re->error());
  return re;
}

void for_each_match(const re2::RE2& re, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit) {
  const re2::StringPiece input(text.data(), text.size());
  std::size_t pos = range.begin;
  const std::size_t end = std::min(range.end, text.size());
  re2::StringPiece m;
  while (pos <= end && re.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    const std::size_t b = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t e = b + m.size();
    if (!visit({b, e})) return;
    pos = e > b ? e : e + 1;
  }
}

std::vector<TextRange> find_all(const re2::RE2& re, std::string_view text, TextRange range) {
  std::vector<TextRange> out;
  for_each_match(re, text, range, [&](TextRange m) {
    out.push_back(m);
    return true;
  });
  return out;
}

}  // namespace tactful::check

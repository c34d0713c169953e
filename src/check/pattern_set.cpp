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
#include <unordered_map>

#include "check/literal_automaton.h"
#include "check/literal_index.h"
#include "check/literal_view.h"
#include "check/pack_cache.h"
#include "support/spare_core.h"

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
// The text the literal index answers for before an automaton of the same
// literals is built (on a thread of its own) to take over: it costs a few
// milliseconds of that thread and its table's memory, which one message never
// earns back, and then scans mail tens of times faster than the index
// (callgrind on the shipped pack: some 15 M instructions to build, the index
// about 470 an input byte, the automaton about 10). From 16 KiB on, a batch
// gets it after its first dozen messages instead of its first fifty.
constexpr std::size_t kLiteralAutomatonFromBytes = 16 << 10;
// Regexes waiting for the prefetch beyond which no more are queued.
constexpr std::size_t kMaxPrefetchQueue = 512;
// Regexes waiting for compile_soon before it starts a thread for them.
constexpr std::size_t kSoonThreadFrom = 8;

RE2::Options options(int64_t memory) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(memory);
  return o;
}

// Characters that RE2's (?i) folds to an ASCII letter, which lower-casing the
// text as ASCII would miss: KELVIN SIGN (k) and LATIN SMALL LETTER LONG S (s).
bool has_fold_to_ascii(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos || text.find("\xC5\xBF") != std::string_view::npos;
}

// A set compiled on a thread of its own (compile_set), shared with that
// thread, which may outlive the PatternSet.
struct BackgroundSet {
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::shared_ptr<const re2::RE2::Set> set;  // null until compiled (or when it could not be)
};

// The literal automaton, built on a thread of its own (build_automaton).
struct BackgroundAutomaton {
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  std::shared_ptr<const LiteralAutomaton> automaton;
};

void build_automaton(std::vector<std::string> literals, const std::shared_ptr<BackgroundAutomaton>& into) {
  auto automaton = std::make_shared<const LiteralAutomaton>(literals);
  {
    std::lock_guard lock(into->mutex);
    into->automaton = std::move(automaton);
    into->done = true;
  }
  into->finished.notify_all();
}

}  // namespace

struct PatternSet::Impl {
  // Patterns and phrases that require no literal ("* *"), searched as they are.
  re2::RE2::Set regexes{options(kSetMemory), RE2::UNANCHORED};
  std::vector<int> regex_owner;  // regex set index -> pattern id
  std::size_t regex_count = 0;
  // Every distinct literal of the alternatives' requirements, searched in
  // the lower-cased text; per alternative, its clauses as literal numbers.
  // The index answers until the literal automaton, built in the background
  // once enough text has come, is ready.
  LiteralIndex literals;
  // Flat, as every message evaluates every pattern's clauses: a pattern's
  // clauses are clause_spans[first, end), narrowest first (so that most
  // patterns fail at their first), and a clause's literal numbers are
  // clause_literals[begin, end).
  struct LiteralPattern {
    int id;
    std::uint32_t first_clause, end_clause;
  };
  std::vector<LiteralPattern> by_literals;
  // Literal -> the patterns (into by_literals) whose first clause, their
  // narrowest, holds it: a text's found literals lead to the few patterns
  // worth a look, instead of every pattern's clauses being tried.
  std::vector<std::vector<std::uint32_t>> patterns_by_first_literal;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> clause_spans;
  std::vector<int> clause_literals;

  bool clauses_hold(const LiteralPattern& p, const FoundLiterals& literal_hits) const {
    for (std::uint32_t c = p.first_clause; c < p.end_clause; ++c) {
      const auto [begin, end] = clause_spans[c];
      bool any = false;
      for (std::uint32_t k = begin; k < end && !any; ++k) any = literal_hits[static_cast<std::size_t>(clause_literals[k])];
      if (!any) return false;
    }
    return true;
  }
  std::shared_ptr<BackgroundAutomaton> literal_automaton = std::make_shared<BackgroundAutomaton>();
  mutable std::atomic<bool> literal_automaton_started{false};
  mutable std::atomic<std::size_t> literal_bytes_seen{0};
  // By pattern id, the regex its rule runs (or null) and the kinds of
  // message (bits by MessageKind) its rule applies to, for prefetch().
  std::vector<std::shared_ptr<const LazyRegex>> regex_of;
  std::vector<std::uint8_t> kinds_of;
  std::uint8_t adding_kinds = 0b111;

  // The literals only say that a pattern's words occur somewhere; on a long
  // text nearly all do, and each such pattern then scans the text itself.
  // The first long or relinted text a process sees starts a background
  // thread that compiles every literal-searched pattern's own regex into one
  // more set, which from then on says, for such texts, which really occur.
  std::vector<std::string> precise_regexes;  // in by_literals order
  std::shared_ptr<BackgroundSet> precise = std::make_shared<BackgroundSet>();
  // Set by match(), which is const to its callers (and thread-safe).
  mutable std::atomic<bool> precise_started{false};

  static std::shared_ptr<const re2::RE2::Set> ready(BackgroundSet& set) {
    std::lock_guard lock(set.mutex);
    return set.set;
  }
  static std::shared_ptr<const LiteralAutomaton> ready(BackgroundAutomaton& built) {
    std::lock_guard lock(built.mutex);
    return built.automaton;
  }

  // compile_soon's queue and its one worker, which compiles in order and
  // keeps the first refusal. A regex to be checked (of a pack not known to
  // be valid) is compiled exactly as written; the rest as searches use them.
  struct Compile {
    std::shared_ptr<const LazyRegex> re;
    Error where;
    bool check = false;
  };
  struct Soon {
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Compile> queue;
    bool closing = false;
    std::optional<Error> first_refusal;
    SpareCoreThread worker;
  } soon;

  void work_soon() {
    std::unique_lock lock(soon.mutex);
    bool on_every_core = false;
    for (;;) {
      // Started on a spare core (start_soon_worker) for the compiles a
      // cold start queues at once; once they are done (the queue runs dry,
      // which no other thread can see happen before the worker holds the
      // lock), any core.
      if (soon.queue.empty() && !on_every_core) {
        allow_every_core();
        on_every_core = true;
      }
      soon.wake.wait(lock, [&] { return soon.closing || !soon.queue.empty(); });
      if (soon.queue.empty()) return;
      auto [re, where, check] = std::move(soon.queue.front());
      soon.queue.pop_front();
      lock.unlock();
      const bool ok = check ? re->get() != nullptr : re->search() != nullptr;
      lock.lock();
      if (!ok && !soon.first_refusal) {
        where.message += re->error();
        soon.first_refusal = std::move(where);
      }
    }
  }

  // A text's candidates (the ids `hits` allows) not compiled yet are
  // compiled on the worker, last first, while the lint compiles them first
  // to last: two cores share a cold start's compiles. Only for a known-valid
  // pack, whose worker stays for the process (one being checked has ended
  // its worker in compile()).
  void prefetch(const PatternHits& hits, std::uint8_t kinds) {
    // The ids that may occur, last first (walking every id of the pack
    // instead was 1.8 % of a batch's instructions).
    const std::vector<int>& ids = hits.ids();  // in increasing order
    std::vector<std::shared_ptr<const LazyRegex>> wanted;
    for (auto id = ids.rbegin(); id != ids.rend(); ++id) {
      const auto i = static_cast<std::size_t>(*id);
      if (i >= regex_of.size() || !regex_of[i] || !(kinds_of[i] & kinds)) continue;
      if (!regex_of[i]->ready()) wanted.push_back(regex_of[i]);
    }
    if (wanted.empty()) return;
    {
      std::lock_guard lock(soon.mutex);
      // Full: the worker is behind (a batch's first messages all ask for
      // the same regexes), and the lints compile what they need themselves.
      if (soon.closing || soon.queue.size() > kMaxPrefetchQueue) return;
      for (auto& re : wanted) soon.queue.push_back({std::move(re), Error{}});
      if (!soon.worker.joinable()) start_soon_worker();
    }
    soon.wake.notify_one();
  }

  // A known-valid pack's queue is compiled ahead of the lints that need it:
  // on the worker, started now if fewer regexes than kSoonThreadFrom wait.
  void leave_soon_running() {
    std::lock_guard lock(soon.mutex);
    if (!soon.worker.joinable() && !soon.queue.empty()) start_soon_worker();
  }

  // Called with soon.mutex held.
  void start_soon_worker() {
    soon.worker = SpareCoreThread([this] { work_soon(); });
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
// `warm`: a text like those the set will be run on (the one that asked for
// it), matched once here before the set is handed over, so that the lint that
// first uses it does not build the DFA's states for itself (an editor's edit
// took 4-8 ms instead of 0.5 when that fell to it).
void compile_set(std::vector<std::string> regexes, RE2::Options with, const std::shared_ptr<BackgroundSet>& into,
                 std::string warm = {}) {
  auto set = std::make_shared<re2::RE2::Set>(with, RE2::UNANCHORED);
  bool ok = true;
  for (const std::string& regex : regexes) ok = ok && set->Add(regex, nullptr) >= 0;
  ok = ok && set->Compile();
  if (ok && !warm.empty()) {
    std::vector<int> ignored;
    set->Match(warm, &ignored);
  }
  {
    std::lock_guard lock(into->mutex);
    if (ok) into->set = std::move(set);
    into->done = true;
  }
  into->finished.notify_all();
}

// The text of `ranges`, bounded: enough to warm a set's DFA on text of the
// kind it will see.
std::string warm_text(std::string_view text, const std::vector<TextRange>& ranges) {
  constexpr std::size_t kMaxWarmBytes = 64 << 10;
  std::string out;
  for (const TextRange& r : ranges) {
    if (out.size() >= kMaxWarmBytes) break;
    out.append(r.in(text).substr(0, kMaxWarmBytes - out.size()));
    out += '\n';
  }
  return out;
}

}  // namespace

PatternSet::PatternSet() : set_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

Expected<int> PatternSet::add(const PhraseRegex& alternative, std::shared_ptr<const LazyRegex> compiled_as) {
  const std::string& regex = alternative.regex;
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  const int id = static_cast<int>(count_);
  Impl& impl = *set_;
  impl.regex_of.push_back(std::move(compiled_as));
  impl.kinds_of.push_back(impl.adding_kinds);
  if (!alternative.required.empty()) {
    // Not parsed here: a raw pattern goes to compile_soon too (TextMatcher),
    // whose compile reports what RE2 refuses, and a phrase is valid as made.
    // The narrowest clause first; the order of an AND changes no answer.
    std::vector<const std::vector<std::string>*> clauses;
    for (const auto& clause : alternative.required) clauses.push_back(&clause);
    const auto& narrowest = narrowest_clause(alternative.required);
    std::stable_partition(clauses.begin(), clauses.end(), [&](const auto* c) { return c == &narrowest; });
    const auto first_clause = static_cast<std::uint32_t>(impl.clause_spans.size());
    for (const auto* clause : clauses) {
      const auto begin = static_cast<std::uint32_t>(impl.clause_literals.size());
      for (const std::string& literal : *clause)
        if (const int n = impl.literals.add(literal); n >= 0) impl.clause_literals.push_back(n);
      const auto end = static_cast<std::uint32_t>(impl.clause_literals.size());
      if (begin == end) return fail("bad phrase: a required word is empty");
      impl.clause_spans.emplace_back(begin, end);
    }
    const auto [first_begin, first_end] = impl.clause_spans[first_clause];
    for (std::uint32_t k = first_begin; k < first_end; ++k) {
      const auto literal = static_cast<std::size_t>(impl.clause_literals[k]);
      if (impl.patterns_by_first_literal.size() <= literal) impl.patterns_by_first_literal.resize(literal + 1);
      impl.patterns_by_first_literal[literal].push_back(static_cast<std::uint32_t>(impl.by_literals.size()));
    }
    impl.by_literals.push_back({id, first_clause, static_cast<std::uint32_t>(impl.clause_spans.size())});
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

void PatternSet::adding_for(const std::array<bool, 3>& kinds) {
  std::uint8_t bits = 0;
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (kinds[k]) bits = static_cast<std::uint8_t>(bits | 1u << k);
  set_->adding_kinds = bits;
}

Expected<std::vector<PhraseRegex>> PatternSet::alternatives(const std::vector<std::string>& phrases,
                                                            const std::vector<std::string>& patterns) {
  const std::uint64_t key = alternatives_key(phrases, patterns);
  // The load asks in the same order as the one that made the snapshot (the
  // same files, the same binary); the key guards against anything else.
  // (A replaying load stores no snapshot, so what it replays is not recorded.)
  if (replayed_ < replay_.size() && replay_[replayed_].first == key) return std::move(replay_[replayed_++].second);
  replayed_ = replay_.size();  // out of step: no more replaying
  auto parts = alternative_regexes(phrases, patterns);
  if (parts) recorded_.emplace_back(key, *parts);
  return parts;
}

void PatternSet::compile_soon(std::shared_ptr<const LazyRegex> re, Error where, Need need) {
  if (known_valid_ && need == Need::on_match) return;
  Impl& impl = *set_;
  {
    std::lock_guard lock(impl.soon.mutex);
    impl.soon.queue.push_back({std::move(re), std::move(where), !known_valid_});
    // A thread only for a pack with enough of them to check (the shipped
    // one has some sixty); a few are compiled by compile() itself. A known
    // valid pack's few, which every message needs, start the thread at
    // once: the rest of the pack takes milliseconds to make, while the
    // other core has nothing to do.
    if (!impl.soon.worker.joinable() && (known_valid_ || impl.soon.queue.size() >= kSoonThreadFrom))
      impl.start_soon_worker();
  }
  impl.soon.wake.notify_one();
}

Expected<void> PatternSet::compile() {
  compiled_ = false;
  Impl& impl = *set_;
  if (known_valid_) {
    impl.leave_soon_running();  // and nothing it finds is an error: LazyRegex keeps it
  } else {
    impl.finish_soon();
    if (impl.soon.first_refusal) return std::unexpected(*impl.soon.first_refusal);
  }
  if (count_ == 0) return {};

  if (impl.regex_count > 0 && !impl.regexes.Compile())
    return fail("the rules' patterns are too large to compile together (RE2 memory limit)");
  compiled_ = true;
  return {};
}

bool PatternSet::compile_precise_now() const {
  Impl& impl = *set_;
  if (impl.by_literals.empty()) return false;
  if (!impl.precise_started.exchange(true)) compile_set(impl.precise_regexes, options(kSetMemory), impl.precise);
  std::unique_lock lock(impl.precise->mutex);
  impl.precise->finished.wait(lock, [&] { return impl.precise->done; });
  return impl.precise->set != nullptr;
}

bool PatternSet::build_literal_automaton_now() const {
  Impl& impl = *set_;
  if (impl.literals.size() == 0) return false;
  if (!impl.literal_automaton_started.exchange(true)) build_automaton(impl.literals.literals(), impl.literal_automaton);
  std::unique_lock lock(impl.literal_automaton->mutex);
  impl.literal_automaton->finished.wait(lock, [&] { return impl.literal_automaton->done; });
  return impl.literal_automaton->automaton != nullptr;
}

bool prefilter_disabled() {
  // Read once: the fast-path agreement test runs the binary both ways.
  static const bool disabled = [] {
    const char* env = std::getenv("TACTFUL_NO_PREFILTER");
    return env && *env && std::string_view(env) != "0";
  }();
  return disabled;
}

PatternHits PatternSet::match(std::string_view text, const std::vector<TextRange>& ranges, bool relinted,
                               std::optional<MessageKind> kind) const {
  PatternHits hits = hits_in(text, ranges, relinted);
  const auto kinds = static_cast<std::uint8_t>(kind ? 1u << static_cast<int>(*kind) : 0b111u);
  if (known_valid_ && compiled_ && !hits.everything_maybe()) set_->prefetch(hits, kinds);
  return hits;
}

PatternHits PatternSet::hits_in(std::string_view text, const std::vector<TextRange>& ranges, bool relinted) const {
  if (prefilter_disabled()) return PatternHits::everything();
  std::vector<bool> hits(count_, false);
  if (!compiled_) return PatternHits(std::move(hits));
  const Impl& impl = *set_;
  if (!impl.by_literals.empty() && has_fold_to_ascii(text)) return PatternHits::everything();
  // The literals found, one byte each, in a buffer the thread keeps: a new
  // one zeroed for every message was 40 MB of memset over the 10 MB batch.
  // What the text sets is listed in `found`, and only those are cleared.
  thread_local FoundLiterals literal_hits;
  thread_local std::vector<int> found;  // the literals of literal_hits, in the order found
  if (literal_hits.size() != impl.literals.size()) literal_hits.assign(impl.literals.size(), 0);
  found.clear();
  struct Clear {
    ~Clear() {
      for (const int literal : found) literal_hits[static_cast<std::size_t>(literal)] = 0;
      found.clear();
    }
  } clear_on_exit;
  const auto automaton = impl.ready(*impl.literal_automaton);
  std::vector<int> ids;
  // False when the set ran out of DFA memory: then every rule looks for itself.
  const auto run = [&](const re2::RE2::Set& set, std::string_view in, const auto& mark) {
    ids.clear();
    re2::RE2::Set::ErrorInfo info;
    if (!set.Match(in, &ids, &info) && info.kind != re2::RE2::Set::kNoError) return false;
    for (int i : ids) mark(static_cast<std::size_t>(i));
    return true;
  };
  std::size_t bytes = 0;
  for (const TextRange& r : ranges) bytes += r.size();
  const bool wants_precise = !impl.by_literals.empty() && (bytes >= kPreciseFromBytes || relinted);
  std::vector<int> hit_ids;  // the ids hits holds, for prefetch() to walk instead of every id
  const auto mark = [&](int id) {
    auto&& hit = hits[static_cast<std::size_t>(id)];
    if (!hit) hit_ids.push_back(id);
    hit = true;
  };
  for (const TextRange& r : ranges)
    if (impl.regex_count > 0 && !run(impl.regexes, r.in(text), [&](std::size_t i) { mark(impl.regex_owner[i]); }))
      return PatternHits::everything();
  // With the precise set ready, its answer alone: every match of a pattern
  // holds the pattern's literals, so the literals' answer could only say
  // "maybe" where the set says "yes", and its scan (a second pass over the
  // text, a lower-cased copy of it) is skipped. Out of DFA memory, the
  // literals answer as below.
  if (wants_precise)
    if (const auto precise = impl.ready(*impl.precise)) {
      std::vector<bool> occurs(impl.by_literals.size(), false);
      bool complete = true;
      for (const TextRange& r : ranges)
        complete = complete && run(*precise, r.in(text), [&](std::size_t i) { occurs[i] = true; });
      if (complete) {
        for (std::size_t i = 0; i < impl.by_literals.size(); ++i)
          if (occurs[i]) mark(impl.by_literals[i].id);
        return PatternHits(std::move(hits), std::move(hit_ids));
      }
    }
  for (const TextRange& r : ranges) {
    if (impl.literals.size() == 0) continue;
    const std::string view = literal_view(r.in(text));
    if (automaton) automaton->find(view, literal_hits, &found);
    else impl.literals.find(view, literal_hits, &found);
  }
  for (const int literal : found)
    if (static_cast<std::size_t>(literal) < impl.patterns_by_first_literal.size())
      for (const std::uint32_t p : impl.patterns_by_first_literal[static_cast<std::size_t>(literal)]) {
        const Impl::LiteralPattern& pattern = impl.by_literals[p];
        if (!hits[static_cast<std::size_t>(pattern.id)] && impl.clauses_hold(pattern, literal_hits)) mark(pattern.id);
      }
  // Both are built on another core than this lint's (support/spare_core.h).
  // For a text linted again on every edit (an editor's), at a lower
  // priority too: the builds take tens of milliseconds, and an edit whose
  // lint, or whose server thread, waited behind one took 3-6 ms instead of
  // 0.4.
  const bool background = relinted;
  if (!automaton && impl.literals.size() > 0 && impl.literal_bytes_seen.fetch_add(bytes) + bytes >= kLiteralAutomatonFromBytes &&
      !impl.literal_automaton_started.exchange(true))
    SpareCoreThread([literals = impl.literals.literals(), into = impl.literal_automaton, background]() mutable {
      if (background) lower_this_thread_priority();
      build_automaton(std::move(literals), into);
    }).detach();
  // The first text that wants the precise set starts its compile; it and
  // those that come before the set is ready make do with the words' answer.
  if (wants_precise && !impl.precise_started.exchange(true))
    SpareCoreThread([regexes = impl.precise_regexes, into = impl.precise, warm = warm_text(text, ranges), background]() mutable {
      if (background) lower_this_thread_priority();
      compile_set(std::move(regexes), options(kSetMemory), into, std::move(warm));
    }).detach();
  return PatternHits(std::move(hits), std::move(hit_ids));
}

const re2::RE2* LazyRegex::get() const {
  std::call_once(once_, [&] {
    if (auto compiled = compile_regex(regex_)) re_ = *compiled;
    else error_ = compiled.error().message;
    exact_ready_.store(true, std::memory_order_release);
  });
  return re_.get();
}

const RuleSearch* LazyRegex::search() const {
  std::call_once(search_once_, [&] {
    // (Compiled exactly already, to check a pack as it loaded: no twin.)
    if (!exact_ready_.load(std::memory_order_acquire) && regex_.size() <= kMaxPatternBytes &&
        relaxes_single_characters(regex_, RelaxedRegex::kMinRelaxedBound)) {
      auto relaxed = std::make_unique<const RelaxedRegex>(regex_, options(kRegexMemory));
      if (relaxed->ok()) search_ = std::make_unique<const RuleSearch>(std::move(relaxed));
    }
    if (!search_)
      if (const re2::RE2* re = get()) search_ = std::make_unique<const RuleSearch>(*re);
    ready_.store(true, std::memory_order_release);
  });
  return search_.get();
}

Expected<std::shared_ptr<const re2::RE2>> compile_regex(const std::string& regex) {
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  auto re = std::make_shared<const re2::RE2>(regex, options(kRegexMemory));
  if (!re->ok()) return fail("bad pattern: " + re->error());
  return re;
}

void for_each_match(const re2::RE2& re, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit) {
  for_each_match(RuleSearch(re), text, range, visit);
}

std::vector<TextRange> find_all(const re2::RE2& re, std::string_view text, TextRange range) {
  return find_all(RuleSearch(re), text, range);
}

}  // namespace tactful::check

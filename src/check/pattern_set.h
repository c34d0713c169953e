// The one-pass prefilter: every pattern that rules search the new text with is
// added here once at load and looked for once per message. A rule then runs
// its own regex only when the prefilter says it can match, so a message costs
// one scan however many phrase rules there are.
//
// A phrase is looked for by its anchors (phrase_pattern.h): literals one of
// which each of its matches holds. All anchors are looked for at once in the
// ASCII-lower-cased text, by a LiteralIndex (free to build) and, once enough
// text has come, by an automaton of the same literals; the phrases' own
// case-insensitive regexes cost most of a cold start to parse and compile
// into a set. Raw patterns, and phrases without anchors, join a second
// RE2::Set as they are.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <array>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "check/phrase_pattern.h"
#include "check/rule_search.h"
#include "message/message_kind.h"
#include "support/error.h"
#include "support/text_range.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace tactful::check {

class LazyRegex;

class PatternHits {
 public:
  PatternHits() = default;
  explicit PatternHits(std::vector<bool> hits, bool all = false) : hits_(std::move(hits)), all_(all) {
    for (std::size_t i = 0; i < hits_.size(); ++i)
      if (hits_[i]) ids_.push_back(static_cast<int>(i));
  }
  // `ids`: the ids set in `hits`, each once, in any order.
  PatternHits(std::vector<bool> hits, std::vector<int> ids) : hits_(std::move(hits)), ids_(std::move(ids)) {
    std::sort(ids_.begin(), ids_.end());
  }
  // False only when the pattern certainly does not occur in the new text.
  bool maybe(int id) const {
    return all_ || id < 0 || (static_cast<std::size_t>(id) < hits_.size() && hits_[static_cast<std::size_t>(id)]);
  }
  static PatternHits everything() { return PatternHits({}, true); }
  bool everything_maybe() const { return all_; }
  // The ids maybe() says yes to, in increasing order, when the set listed
  // them (not for everything_maybe()).
  const std::vector<int>& ids() const { return ids_; }

 private:
  std::vector<bool> hits_;
  std::vector<int> ids_;
  bool all_ = false;
};

class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  // alternative_regexes(phrases, patterns), or its answer from the pack's
  // snapshot (pack_cache.h) when the load replays one; every answer it
  // computes is kept for this load's own snapshot (take_recorded_alternatives).
  Expected<std::vector<PhraseRegex>> alternatives(const std::vector<std::string>& phrases,
                                                  const std::vector<std::string>& patterns);
  void replay_alternatives(std::vector<std::pair<std::uint64_t, std::vector<PhraseRegex>>> answers) {
    replay_ = std::move(answers);
  }
  std::vector<std::pair<std::uint64_t, std::vector<PhraseRegex>>> take_recorded_alternatives() {
    return std::move(recorded_);
  }

  // Adds an alternative (as produced by phrase_pattern) and returns its id.
  // `compiled_as`: the regex the rule will run for it whenever a text of a
  // kind it applies to may hold it, which match() then compiles ahead on the
  // background thread; null for a regex a rule runs only on a condition or
  // up to a first match (compiling those ahead was a third of a cold start's
  // compiles, on the thread that the lint's own compiles wait for).
  Expected<int> add(const PhraseRegex& alternative, std::shared_ptr<const LazyRegex> compiled_as = nullptr);
  // The kinds of message the rule whose alternatives are added next applies
  // to: match() compiles their regexes ahead only for a text of those kinds.
  void adding_for(const std::array<bool, 3>& kinds);
  // How often lints need a regex: on every message (a placeholder rule's,
  // a greeting phrase rule's), or only when the text may hold a match.
  enum class Need { every_message, on_match };
  // Compiles `re` on a background thread while the pack goes on loading, and
  // compile() waits for it: a raw pattern RE2 refuses (its syntax, its size,
  // its memory bound) is an error at its line (`where`, whose message RE2's
  // completes), and the first message finds it compiled. For a pack known
  // to be valid (set_known_valid) nothing needs checking: a regex every
  // message needs is still compiled on that thread, which compile() then
  // leaves running while the first message is linted, and any other
  // compiles on first use like a phrase.
  void compile_soon(std::shared_ptr<const LazyRegex> re, Error where, Need need);
  // The pack being loaded loaded cleanly before (check/pack_cache.h): every
  // pattern in it compiles, so none is compiled only to check it.
  void set_known_valid(bool known) { known_valid_ = known; }
  Expected<void> compile();
  // `relinted`: the text is linted again on every change, so the precise
  // set (pattern_set.cpp) pays off whatever its length. `kind`: what the
  // text is, so that only the regexes of rules for it are compiled ahead
  // (without it, those of every rule).
  PatternHits match(std::string_view text, const std::vector<TextRange>& ranges, bool relinted = false,
                    std::optional<MessageKind> kind = std::nullopt) const;
  // Compiles the precise set (pattern_set.cpp) on this thread unless the
  // background has started it, and waits until it is ready; false when
  // there is none. For tests, which must see the answers with and without it.
  bool compile_precise_now() const;
  // Builds the literal automaton (check/literal_automaton.h), which takes
  // over from the literal index once enough text has been matched, on this
  // thread unless the background has started it, and waits for it.
  bool build_literal_automaton_now() const;
  std::size_t size() const { return count_; }

 private:
  PatternHits hits_in(std::string_view text, const std::vector<TextRange>& ranges, bool relinted) const;

  struct Impl;  // holds the RE2::Sets (a nested class, so not declarable here)
  std::unique_ptr<Impl> set_;
  std::size_t count_ = 0;
  bool compiled_ = false;
  bool known_valid_ = false;
  std::vector<std::pair<std::uint64_t, std::vector<PhraseRegex>>> replay_, recorded_;
  std::size_t replayed_ = 0;
};

// True when the environment variable TACTFUL_NO_PREFILTER is set (and not
// "0"): PatternSet::match then says "maybe" for every pattern, so every rule
// runs its own regex. Only for tests that compare the fast path with the slow.
bool prefilter_disabled();

// A regex compiled on its first use (by whichever thread comes first), for
// regexes known to be valid: phrases, whose syntax and size phrase_pattern
// checks, and patterns the set has parsed already. Most of a pack's regexes
// are never needed by a given message, and compiling them all made up most
// of a cold start.
class LazyRegex {
 public:
  explicit LazyRegex(std::string regex) : regex_(std::move(regex)) {}
  // Null only when RE2 refuses it after all (its memory bound); error() then says why.
  const re2::RE2* get() const;
  // What a search with it uses (rule_search.h): get()'s regex, or its
  // relaxed twin, in which case get() is compiled only if asked for (to
  // check a pack being loaded) or for a match longer than the twin answers
  // for. Null when RE2 refuses it.
  const RuleSearch* search() const;
  const std::string& error() const { return error_; }
  // The regex it compiles.
  const std::string& pattern() const { return regex_; }
  // Whether search() has compiled it already (cheap: for the prefetch).
  bool ready() const { return ready_.load(std::memory_order_acquire); }

 private:
  std::string regex_;
  mutable std::once_flag once_, search_once_;
  mutable std::atomic<bool> ready_{false}, exact_ready_{false};
  mutable std::shared_ptr<const re2::RE2> re_;
  mutable std::unique_ptr<const RuleSearch> search_;
  mutable std::string error_;
};

// Compiles a regex for a rule, with a located error when RE2 rejects it.
Expected<std::shared_ptr<const re2::RE2>> compile_regex(const std::string& regex);

// Every non-overlapping match of `re` inside `range` of `text` (byte ranges).
std::vector<TextRange> find_all(const re2::RE2& re, std::string_view text, TextRange range);
// The same matches one at a time, in order, until `visit` returns false.
void for_each_match(const re2::RE2& re, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit);

}  // namespace tactful::check

// The matching shared by the phrase, required and attachment kinds: a rule's
// phrases and patterns (registered one by one with the one-pass PatternSet),
// plus its `unless` / `unless-after` / `negation` cues.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/cues.h"
#include "check/pattern_set.h"
#include "check/rule_fields.h"

namespace tactful::check {

class TextMatcher {
 public:
  // How a rule searches with the matcher, for the regexes it may compile
  // ahead (PatternSet::add): on every text of its kinds that may hold a
  // match (find on each message), or only on a condition or up to a first
  // match (a required phrase, the request near a length).
  enum class Search { always, sometimes };
  // Reads phrases, patterns, unless, unless-after, negation, window from `fields`.
  // With `prefilter`, each alternative joins `set`'s one-pass prefilter for
  // new text; either way `set` checks the raw patterns (compile_soon).
  static Expected<TextMatcher> make(const RuleFields& fields, PatternSet& set, Search search, bool prefilter = true);

  // Matches inside `ranges` of `text` that no cue excuses. `hits` may rule the
  // whole search out when the ranges are the new text the set was run on.
  std::vector<TextRange> find(std::string_view text, const std::vector<TextRange>& ranges,
                              const PatternHits* hits) const;
  // Whether find() would find anything, stopping at the first match no cue
  // excuses (a `required` rule needs no more on a long draft).
  bool occurs(std::string_view text, const std::vector<TextRange>& ranges, const PatternHits* hits) const;
  // All raw matches, cues ignored (`hits` as for find).
  std::vector<TextRange> find_raw(std::string_view text, const std::vector<TextRange>& ranges,
                                  const PatternHits* hits = nullptr) const;
  const Cues& unless() const { return unless_; }

 private:
  // The alternatives' matches in `ranges`, skipping those `hits` rules out.
  std::vector<TextRange> matches(std::string_view text, const std::vector<TextRange>& ranges,
                                 const PatternHits* hits) const;

  // With a PatternSet every phrase and pattern joins the set on its own, and
  // its regex is compiled only on the first message the set says it occurs
  // in: a rule of two hundred phrases then compiles the one or two that a
  // message holds, not all of them. Without a set there is one alternative,
  // the whole alternation, compiled on first use too. Shared so that copies
  // of the matcher share the compiled regexes.
  struct Alternative {
    explicit Alternative(std::string regex, int id = -1)
        : re(std::make_shared<const LazyRegex>(std::move(regex))), set_id(id) {}
    std::shared_ptr<const LazyRegex> re;  // shared with PatternSet::compile_soon
    int set_id = -1;
  };
  std::shared_ptr<std::vector<std::unique_ptr<Alternative>>> alternatives_;
  // All alternatives as one alternation, for a search the set has not
  // narrowed (no hits given, or many alternatives at once): one scan of the
  // text instead of one per alternative. Null when there is one alternative.
  std::shared_ptr<Alternative> whole_;
  Cues unless_, unless_after_;

  // Calls visit(i) for each alternative i that `hits` does not rule out, in
  // order. When every alternative is in the set, the walk goes through the
  // message's hit ids between the matcher's first and last (a few), not
  // through all of its alternatives: the phrase rules hold thousands, and
  // asking each was 2 % of a batch's instructions.
  template <typename Visit>
  void each_possible(const PatternHits* hits, Visit&& visit) const;
  int first_id_ = -1, last_id_ = -1;  // the set ids of the alternatives, when all are in the set
  std::vector<int> alternative_of_;  // set id - first_id_ -> the alternative with it, or -1
};

}  // namespace tactful::check

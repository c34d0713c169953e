#include "check/text_matcher.h"

#include <re2/re2.h>

#include <algorithm>

#include "check/phrase_pattern.h"

namespace tactful::check {

Expected<TextMatcher> TextMatcher::make(const RuleFields& fields, PatternSet& set, Search search, bool prefilter) {
  TextMatcher m;
  auto phrases = fields.strings("phrases");
  if (!phrases) return std::unexpected(phrases.error());
  auto patterns = fields.strings("patterns");
  if (!patterns) return std::unexpected(patterns.error());
  if (phrases->empty() && patterns->empty())
    return std::unexpected(fields.error_at(fields.node("phrases"), "needs 'phrases' or 'patterns'"));
  const char* key = fields.has("phrases") ? "phrases" : "patterns";
  auto parts = set.alternatives(*phrases, *patterns);
  if (!parts) return std::unexpected(fields.error_at(key, parts.error().message));
  const char* pattern_key = fields.has("patterns") ? "patterns" : "phrases";
  std::string joined = alternation_of(*parts);
  m.alternatives_ = std::make_shared<std::vector<std::unique_ptr<Alternative>>>();
  // Phrases are valid by construction; raw patterns are checked by the
  // set's compile, so that a bad one is an error at load and not a rule
  // that never matches.
  if (prefilter) {
    for (const PhraseRegex& part : *parts) {
      auto alternative = std::make_unique<Alternative>(part.regex);
      auto id = set.add(part, search == Search::always ? alternative->re : nullptr);
      if (!id) return std::unexpected(fields.error_at(pattern_key, id.error().message));
      alternative->set_id = *id;
      m.alternatives_->push_back(std::move(alternative));
      if (!part.from_phrase)
        set.compile_soon(m.alternatives_->back()->re, fields.error_at(pattern_key, "bad pattern: "), PatternSet::Need::on_match);
    }
    if (m.alternatives_->size() > 1) m.whole_ = std::make_shared<Alternative>(std::move(joined));
    const auto& all = *m.alternatives_;
    const auto [lowest, highest] = std::minmax_element(all.begin(), all.end(), [](const auto& a, const auto& b) { return a->set_id < b->set_id; });
    if (!all.empty() && (*lowest)->set_id >= 0) {
      m.first_id_ = (*lowest)->set_id;
      m.last_id_ = (*highest)->set_id;
      m.alternative_of_.assign(static_cast<std::size_t>(m.last_id_ - m.first_id_ + 1), -1);
      for (std::size_t i = 0; i < all.size(); ++i) m.alternative_of_[static_cast<std::size_t>(all[i]->set_id - m.first_id_)] = static_cast<int>(i);
    }
  } else {
    // One regex, which every message with text in the rule's scope needs.
    m.alternatives_->push_back(std::make_unique<Alternative>(std::move(joined)));
    set.compile_soon(m.alternatives_->back()->re, fields.error_at(pattern_key, "bad pattern: "), PatternSet::Need::every_message);
  }

  auto negation = fields.boolean("negation", false);
  if (!negation) return std::unexpected(negation.error());
  auto window = fields.number("window");
  if (!window) return std::unexpected(window.error());
  // Range-check the number before making it an int: casting NaN or 1e300 is undefined.
  const double wanted = window->value_or(6);
  if (!(wanted >= 1 && wanted <= 50)) return std::unexpected(fields.error_at("window", "'window' must be between 1 and 50 words"));
  auto unless = fields.strings("unless");
  if (!unless) return std::unexpected(unless.error());
  const int words = static_cast<int>(wanted);
  auto cues = Cues::make(*unless, *negation, words, &set);
  if (!cues) return std::unexpected(fields.error_at("unless", cues.error().message));
  m.unless_ = std::move(*cues);
  auto unless_after = fields.strings("unless-after");
  if (!unless_after) return std::unexpected(unless_after.error());
  auto after_cues = Cues::make(*unless_after, false, words, &set);
  if (!after_cues) return std::unexpected(fields.error_at("unless-after", after_cues.error().message));
  m.unless_after_ = std::move(*after_cues);
  return m;
}

namespace {

// Matches of several alternatives merged as one alternation would report
// them: leftmost first, the earlier alternative on a tie, none overlapping.
std::vector<TextRange> merge_leftmost(std::vector<std::pair<TextRange, std::size_t>> found) {
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first.begin != b.first.begin ? a.first.begin < b.first.begin : a.second < b.second;
  });
  std::vector<TextRange> out;
  for (const auto& [range, alternative] : found)
    if (out.empty() || range.begin >= out.back().end) out.push_back(range);
  return out;
}

}  // namespace

template <typename Visit>
void TextMatcher::each_possible(const PatternHits* hits, Visit&& visit) const {
  const auto& all = *alternatives_;
  if (hits && !hits->everything_maybe() && first_id_ >= 0) {
    const std::vector<int>& ids = hits->ids();
    for (auto it = std::lower_bound(ids.begin(), ids.end(), first_id_); it != ids.end() && *it <= last_id_; ++it)
      if (const int i = alternative_of_[static_cast<std::size_t>(*it - first_id_)]; i >= 0)
        if (!visit(static_cast<std::size_t>(i))) return;
    return;
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (hits && all[i]->set_id >= 0 && !hits->maybe(all[i]->set_id)) continue;
    if (!visit(i)) return;
  }
}

std::vector<TextRange> TextMatcher::matches(std::string_view text, const std::vector<TextRange>& ranges,
                                            const PatternHits* hits) const {
  const auto& all = *alternatives_;
  // Without the set's answer, one scan with the whole alternation. (With
  // it, a scan per alternative that occurs, even when many do: a small
  // regex's DFA stays small, while the whole alternation's outgrows RE2's
  // memory on a long document and falls back to a far slower search.)
  if (whole_ && !hits) {
    std::vector<TextRange> out;
    if (const RuleSearch* re = whole_->re->search())
      for (const TextRange& r : ranges)
        for (const TextRange& m : find_all(*re, text, r)) out.push_back(m);
    return out;
  }
  std::vector<std::pair<TextRange, std::size_t>> found;
  each_possible(hits, [&](std::size_t i) {
    if (const RuleSearch* re = all[i]->re->search())
      for (const TextRange& r : ranges)
        for (const TextRange& m : find_all(*re, text, r)) found.emplace_back(m, i);
    return true;
  });
  if (all.size() == 1) {
    std::vector<TextRange> out;
    for (const auto& f : found) out.push_back(f.first);
    return out;
  }
  return merge_leftmost(std::move(found));
}

std::vector<TextRange> TextMatcher::find_raw(std::string_view text, const std::vector<TextRange>& ranges,
                                             const PatternHits* hits) const {
  return matches(text, ranges, hits);
}

std::vector<TextRange> TextMatcher::find(std::string_view text, const std::vector<TextRange>& ranges,
                                         const PatternHits* hits) const {
  std::vector<TextRange> out;
  for (const TextRange& match : matches(text, ranges, hits)) {
    if (unless_.before(text, match) || unless_after_.after(text, match)) continue;
    out.push_back(match);
  }
  return out;
}

bool TextMatcher::occurs(std::string_view text, const std::vector<TextRange>& ranges, const PatternHits* hits) const {
  bool found = false;
  const auto visit = [&](TextRange m) {
    found = !unless_.before(text, m) && !unless_after_.after(text, m);
    return !found;
  };
  // Without cues no match needs its range, and RE2 answers whether there is
  // one with its forward DFA alone, stopping at the first: no reverse program
  // to compile and run to find where the match starts (for the required
  // rules of a cold start, 6.3 M instructions of compiling under callgrind).
  const bool ranges_needed = !unless_.empty() || !unless_after_.empty();
  const auto search = [&](Alternative& a) {
    if (const RuleSearch* re = a.re->search())
      for (const TextRange& r : ranges) {
        if (ranges_needed) for_each_match(*re, text, r, visit);
        else found = re->find(text, r.begin, r.end, nullptr);
        if (found) return;
      }
  };
  if (whole_ && !hits) {
    search(*whole_);
    return found;
  }
  each_possible(hits, [&](std::size_t i) {
    search(*(*alternatives_)[i]);
    return !found;
  });
  return found;
}

}  // namespace tactful::check

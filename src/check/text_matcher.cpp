#include "check/text_matcher.h"

#include "check/phrase_pattern.h"

namespace tactful::check {

Expected<TextMatcher> TextMatcher::make(const RuleFields& fields, PatternSet* set) {
  TextMatcher m;
  auto phrases = fields.strings("phrases");
  if (!phrases) return std::unexpected(phrases.error());
  auto patterns = fields.strings("patterns");
  if (!patterns) return std::unexpected(patterns.error());
  if (phrases->empty() && patterns->empty())
    return std::unexpected(fields.error_at(fields.node("phrases"), "needs 'phrases' or 'patterns'"));
  auto regex = alternation(*phrases, *patterns);
  if (!regex) return std::unexpected(fields.error_at(fields.has("phrases") ? "phrases" : "patterns", regex.error().message));
  m.lazy_ = std::make_shared<Lazy>();
  if (set) {
    auto id = set->add(*regex);
    if (!id) return std::unexpected(fields.error_at(fields.has("patterns") ? "patterns" : "phrases", id.error().message));
    m.set_id_ = *id;
    m.lazy_->regex = std::move(*regex);
  } else {
    auto re = compile_regex(*regex);
    if (!re) return std::unexpected(fields.error_at(fields.has("patterns") ? "patterns" : "phrases", re.error().message));
    m.lazy_->re = *re;
    std::call_once(m.lazy_->once, [] {});
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
  auto cues = Cues::make(*unless, *negation, words);
  if (!cues) return std::unexpected(fields.error_at("unless", cues.error().message));
  m.unless_ = std::move(*cues);
  auto unless_after = fields.strings("unless-after");
  if (!unless_after) return std::unexpected(unless_after.error());
  auto after_cues = Cues::make(*unless_after, false, words);
  if (!after_cues) return std::unexpected(fields.error_at("unless-after", after_cues.error().message));
  m.unless_after_ = std::move(*after_cues);
  return m;
}

const re2::RE2* TextMatcher::regex() const {
  std::call_once(lazy_->once, [&] {
    // It parsed when the set took it; only RE2's memory limit can still say no.
    if (auto re = compile_regex(lazy_->regex)) lazy_->re = *re;
  });
  return lazy_->re.get();
}

std::vector<TextRange> TextMatcher::find_raw(std::string_view text, const std::vector<TextRange>& ranges) const {
  std::vector<TextRange> out;
  const re2::RE2* re = regex();
  if (!re) return out;
  for (const TextRange& r : ranges) {
    auto found = find_all(*re, text, r);
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::vector<TextRange> TextMatcher::find(std::string_view text, const std::vector<TextRange>& ranges,
                                         const PatternHits* hits) const {
  if (hits && !hits->maybe(set_id_)) return {};
  std::vector<TextRange> out;
  for (const TextRange& match : find_raw(text, ranges)) {
    if (unless_.before(text, match) || unless_after_.after(text, match)) continue;
    out.push_back(match);
  }
  return out;
}

}  // namespace tactful::check

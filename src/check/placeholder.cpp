#include "check/placeholder.h"

#include <re2/re2.h>

#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>

#include "check/scope.h"
#include "support/char_classes.h"

namespace tactful::check {
namespace {

// Past the character class that starts at s[i] ('['), or npos.
std::size_t skip_class(std::string_view s, std::size_t i) {
  ++i;
  if (i < s.size() && s[i] == '^') ++i;
  if (i < s.size() && s[i] == ']') ++i;  // a leading ']' is literal
  while (i < s.size() && s[i] != ']') i += s[i] == '\\' ? 2 : 1;
  return i < s.size() ? i + 1 : std::string_view::npos;
}

bool has_top_level_alternation(std::string_view s) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '[') {
      i = skip_class(s, i);
      if (i == std::string_view::npos) return true;  // not followed: assume the worst
    } else {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == '|' && depth == 0) return true;
      ++i;
    }
  }
  return false;
}

// The ASCII punctuation character every match of `pattern` begins with
// ("\[...", "<<...", "%..."), or 0 when it has none this can tell.
char leading_punctuation(std::string_view p) {
  char c = 0;
  std::size_t after = 0;
  const auto punct = [](char ch) { return static_cast<unsigned char>(ch) < 0x80 && std::ispunct(static_cast<unsigned char>(ch)); };
  if (p.size() >= 2 && p[0] == '\\' && punct(p[1])) {
    c = p[1];
    after = 2;
  } else if (!p.empty() && punct(p[0]) && !std::strchr("^$.|?*+()[]{}\\", p[0])) {
    c = p[0];
    after = 1;
  } else {
    return 0;
  }
  if (after < p.size() && std::strchr("?*{", p[after])) return 0;  // optional, or counted from zero
  return has_top_level_alternation(p) ? 0 : c;
}

// The rule's patterns, and the regexes of the alternations of those a text
// can match. A pattern that begins with a punctuation character matches only
// a text that holds it, and an alternative that cannot match anywhere changes
// nothing of what RE2's leftmost-first alternation finds, so a message is
// searched with the alternation of its possible patterns only. (The shipped
// pack's "[Name]" pattern alone took 2.6 ms of a cold start to compile, for
// messages that mostly hold no '['.)
class PatternChoice {
 public:
  struct Pattern {
    std::string regex;
    char needs = 0;  // a character the text must hold, or 0
  };

  explicit PatternChoice(std::vector<Pattern> patterns) : patterns_(std::move(patterns)) {
    if (patterns_.size() > kMaxPatterns) {
      always_ = everything();
      return;
    }
    for (std::size_t i = 0; i < patterns_.size(); ++i)
      if (!patterns_[i].needs) always_ |= bit(i);
  }

  std::string alternation(std::uint64_t mask) const {
    std::string regex;
    for (std::size_t i = 0; i < patterns_.size(); ++i)
      if (patterns_.size() > kMaxPatterns || (mask & bit(i))) regex += (regex.empty() ? "(?:" : "|(?:") + patterns_[i].regex + ")";
    return regex;
  }
  std::uint64_t always() const { return always_; }
  std::uint64_t everything() const { return patterns_.size() >= 64 ? ~std::uint64_t{0} : bit(patterns_.size()) - 1; }

  // The patterns `texts` can match (0: none can).
  std::uint64_t possible(std::initializer_list<std::string_view> texts) const {
    std::uint64_t mask = always_;
    for (std::size_t i = 0; i < patterns_.size() && patterns_.size() <= kMaxPatterns; ++i)
      if (!(mask & bit(i)))
        for (std::string_view t : texts)
          if (t.find(patterns_[i].needs) != std::string_view::npos) {
            mask |= bit(i);
            break;
          }
    return mask;
  }

  // Each distinct choice is a regex of its own; past a few, every message
  // has the whole alternation, so a batch of varied mail compiles a bounded
  // number of regexes.
  std::shared_ptr<const LazyRegex> regex_for(std::uint64_t mask, const std::shared_ptr<const LazyRegex>& whole) const {
    if (mask == everything()) return whole;
    std::lock_guard lock(mutex_);
    if (auto it = chosen_.find(mask); it != chosen_.end()) return it->second;
    if (chosen_.size() >= kMaxChoices) return whole;
    return chosen_[mask] = std::make_shared<const LazyRegex>(alternation(mask));
  }
  void keep(std::uint64_t mask, std::shared_ptr<const LazyRegex> re) {
    std::lock_guard lock(mutex_);
    chosen_[mask] = std::move(re);
  }

 private:
  static constexpr std::size_t kMaxPatterns = 63;  // else: no choosing, always the whole
  static constexpr std::size_t kMaxChoices = 8;
  static std::uint64_t bit(std::size_t i) { return std::uint64_t{1} << i; }

  std::vector<Pattern> patterns_;
  std::uint64_t always_ = 0;
  mutable std::mutex mutex_;
  mutable std::map<std::uint64_t, std::shared_ptr<const LazyRegex>> chosen_;
};

class PlaceholderRule final : public Rule {
 public:
  PlaceholderRule(RuleInfo info, std::shared_ptr<PatternChoice> choice, std::shared_ptr<const LazyRegex> whole, Scope scope)
      : Rule(std::move(info)), choice_(std::move(choice)), whole_(std::move(whole)), scope_(scope) {}

  void check(const Context& ctx, Sink& sink) const override {
    const Header* subject = scope_ == Scope::body || scope_ == Scope::subject ? ctx.message.header("Subject") : nullptr;
    const std::string_view subject_text = subject ? std::string_view(subject->value) : std::string_view();
    const std::string_view body = scope_ == Scope::subject ? std::string_view() : std::string_view(ctx.message.body);
    const std::uint64_t possible = choice_->possible({subject_text, body});
    if (possible == 0) return;
    const RuleSearch* re = choice_->regex_for(possible, whole_)->search();
    if (!re) return;  // refused at load: a pack with it never loads
    // The Subject line is checked too: "Question about [Company]" is as bad.
    if (subject)
      for (const TextRange& m : find_all(*re, subject->value, {0, subject->value.size()}))
        sink.report(info(), {subject->value_range.begin + m.begin, std::min(subject->value_range.begin + m.end, subject->value_range.end)},
                    std::string(m.in(subject->value)));
    if (scope_ == Scope::subject) return;
    for (const TextRange& r : scope_ranges(ctx.message, scope_))
      for (const TextRange& m : find_all(*re, ctx.message.body, r))
        ctx.report_body(sink, info(), m, info().message + " ('" + std::string(m.in(ctx.message.body)) + "')");
  }

 private:
  std::shared_ptr<PatternChoice> choice_;
  std::shared_ptr<const LazyRegex> whole_;
  Scope scope_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_placeholder_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto patterns = fields.strings("patterns");
  if (!patterns) return std::unexpected(patterns.error());
  if (patterns->empty()) return std::unexpected(fields.error_at(fields.node("kind"), "a placeholder rule needs 'patterns'"));
  std::vector<PatternChoice::Pattern> parts;
  for (const std::string& p : *patterns) parts.push_back({with_cheap_classes(p), leading_punctuation(p)});
  auto choice = std::make_shared<PatternChoice>(std::move(parts));
  // Case-sensitive on purpose: XYZ, [Name]. The whole alternation is
  // checked while the pack goes on loading (a pattern RE2 refuses stops the
  // load at this line); the patterns every message may match are compiled
  // then too, on the background thread.
  auto whole = std::make_shared<const LazyRegex>(choice->alternation(choice->everything()));
  const bool always_whole = choice->always() == choice->everything();
  set.compile_soon(whole, fields.error_at("patterns", "bad pattern: "),
                   always_whole ? PatternSet::Need::every_message : PatternSet::Need::on_match);
  if (!always_whole && choice->always() != 0) {
    auto always = std::make_shared<const LazyRegex>(choice->alternation(choice->always()));
    choice->keep(choice->always(), always);
    set.compile_soon(always, fields.error_at("patterns", "bad pattern: "), PatternSet::Need::every_message);
  }
  auto scope_name = fields.optional_string("scope");
  if (!scope_name) return std::unexpected(scope_name.error());
  const auto scope = scope_from_string(scope_name->value_or("body"));
  if (!scope) return std::unexpected(fields.error_at("scope", "unknown scope '" + **scope_name + "'"));
  return std::make_unique<PlaceholderRule>(std::move(info), std::move(choice), std::move(whole), *scope);
}

}  // namespace tactful::check

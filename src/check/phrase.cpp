#include "check/phrase.h"

#include "check/scope.h"
#include "check/text_matcher.h"

namespace tactful::check {
namespace {

class PhraseRule final : public Rule {
 public:
  PhraseRule(RuleInfo info, TextMatcher matcher, Scope scope, std::optional<std::string> replacement)
      : Rule(std::move(info)), matcher_(std::move(matcher)), scope_(scope), replacement_(std::move(replacement)) {}

  void check(const Context& ctx, Sink& sink) const override {
    if (scope_ == Scope::subject) {
      const Header* subject = ctx.message.header("Subject");
      if (!subject) return;
      for (const TextRange& m : matcher_.find(subject->value, {{0, subject->value.size()}}, nullptr)) {
        const TextRange src{subject->value_range.begin + m.begin,
                            std::min(subject->value_range.begin + m.end, subject->value_range.end)};
        sink.report(info(), src, std::string(m.in(subject->value)));
      }
      return;
    }
    const PatternHits* hits = scope_ == Scope::new_text ? &ctx.hits : nullptr;
    for (const TextRange& m : matcher_.find(ctx.message.body, scope_ranges(ctx.message, scope_), hits)) {
      std::vector<Fix> fixes;
      if (replacement_)
        fixes.push_back({replacement_->empty() ? "Remove these words" : "Replace with '" + *replacement_ + "'", m, *replacement_});
      ctx.report_body(sink, info(), m, {}, std::move(fixes));
    }
  }

 private:
  TextMatcher matcher_;
  Scope scope_;
  std::optional<std::string> replacement_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_phrase_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto scope_name = fields.optional_string("scope");
  if (!scope_name) return std::unexpected(scope_name.error());
  const auto scope = scope_from_string(scope_name->value_or("new-text"));
  if (!scope)
    return std::unexpected(fields.error_at("scope", "unknown scope '" + **scope_name +
                                                        "' (new-text, greeting, subject, signature or body)"));
  auto matcher = TextMatcher::make(fields, set, TextMatcher::Search::always, *scope == Scope::new_text);
  if (!matcher) return std::unexpected(matcher.error());
  std::optional<std::string> replacement;
  if (fields.has("fix")) {
    const YAML::Node fix = fields.node("fix");
    if (!fix.IsMap() || !fix["replace"] || !fix["replace"].IsScalar() || fix.size() != 1)
      return std::unexpected(fields.error_at(fix, "'fix' must be a map with one key, 'replace: \"text\"'"));
    replacement = fix["replace"].Scalar();
  }
  return std::make_unique<PhraseRule>(std::move(info), std::move(*matcher), *scope, std::move(replacement));
}

}  // namespace tactful::check

#include "check/placeholder.h"

#include <re2/re2.h>

#include "check/scope.h"
#include "support/char_classes.h"

namespace tactful::check {
namespace {

class PlaceholderRule final : public Rule {
 public:
  PlaceholderRule(RuleInfo info, std::shared_ptr<const LazyRegex> re, Scope scope)
      : Rule(std::move(info)), re_(std::move(re)), scope_(scope) {}

  void check(const Context& ctx, Sink& sink) const override {
    const re2::RE2* re = re_->get();
    if (!re) return;  // refused at load: a pack with it never loads
    // The Subject line is checked too: "Question about [Company]" is as bad.
    if (scope_ == Scope::body || scope_ == Scope::subject)
      if (const Header* subject = ctx.message.header("Subject"))
        for (const TextRange& m : find_all(*re, subject->value, {0, subject->value.size()}))
          sink.report(info(), {subject->value_range.begin + m.begin, std::min(subject->value_range.begin + m.end, subject->value_range.end)},
                      std::string(m.in(subject->value)));
    if (scope_ == Scope::subject) return;
    for (const TextRange& r : scope_ranges(ctx.message, scope_))
      for (const TextRange& m : find_all(*re, ctx.message.body, r))
        ctx.report_body(sink, info(), m, info().message + " ('" + std::string(m.in(ctx.message.body)) + "')");
  }

 private:
  std::shared_ptr<const LazyRegex> re_;
  Scope scope_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_placeholder_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto patterns = fields.strings("patterns");
  if (!patterns) return std::unexpected(patterns.error());
  if (patterns->empty()) return std::unexpected(fields.error_at(fields.node("kind"), "a placeholder rule needs 'patterns'"));
  std::string regex;
  for (const std::string& p : *patterns) regex += (regex.empty() ? "(?:" : "|(?:") + with_cheap_classes(p) + ")";
  // Case-sensitive on purpose: XYZ, [Name]. Compiled while the pack goes on
  // loading; a pattern RE2 refuses stops the load at this line.
  auto re = std::make_shared<const LazyRegex>(regex);
  set.compile_soon(re, fields.error_at("patterns", "bad pattern: "), PatternSet::Need::every_message);
  auto scope_name = fields.optional_string("scope");
  if (!scope_name) return std::unexpected(scope_name.error());
  const auto scope = scope_from_string(scope_name->value_or("body"));
  if (!scope) return std::unexpected(fields.error_at("scope", "unknown scope '" + **scope_name + "'"));
  return std::make_unique<PlaceholderRule>(std::move(info), std::move(re), *scope);
}

}  // namespace tactful::check

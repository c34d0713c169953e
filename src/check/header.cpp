#include "check/header.h"

#include <re2/re2.h>

#include "check/pattern_set.h"
#include "check/phrase_pattern.h"

namespace tactful::check {
namespace {

class HeaderRule final : public Rule {
 public:
  HeaderRule(RuleInfo info, std::string header, bool missing, bool empty, std::shared_ptr<const LazyRegex> generic)
      : Rule(std::move(info)), header_(std::move(header)), missing_(missing), empty_(empty), generic_(std::move(generic)) {}

  void check(const Context& ctx, Sink& sink) const override {
    // A body-only draft says nothing about its headers.
    if (!ctx.message.has_header_block) return;
    const Header* h = ctx.message.header(header_);
    if (!h) {
      if (missing_) ctx.report_message(sink, info(), info().message + " (no " + header_ + " header)");
      return;
    }
    std::string_view value = h->value;
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (value.empty()) {
      if (empty_) sink.report(info(), h->line, std::string(h->line.in(ctx.message.source)), info().message + " (empty " + header_ + ")");
      return;
    }
    if (const re2::RE2* generic = generic_ ? generic_->get() : nullptr; generic && RE2::FullMatch(value, *generic))
      sink.report(info(), h->value_range, std::string(value));
  }

 private:
  std::string header_;
  bool missing_, empty_;
  std::shared_ptr<const LazyRegex> generic_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_header_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto header = fields.string("header");
  if (!header) return std::unexpected(header.error());
  auto missing = fields.boolean("missing", false);
  if (!missing) return std::unexpected(missing.error());
  auto empty = fields.boolean("empty", false);
  if (!empty) return std::unexpected(empty.error());
  auto patterns = fields.strings("patterns");
  if (!patterns) return std::unexpected(patterns.error());
  std::shared_ptr<const LazyRegex> generic;
  if (!patterns->empty()) {
    auto regex = alternation({}, *patterns);
    if (!regex) return std::unexpected(fields.error_at("patterns", regex.error().message));
    const std::string whole = "(?s)\\s*" + *regex + "\\s*";
    // Compiled while the pack goes on loading; a pattern RE2 refuses stops
    // the load at this line.
    generic = std::make_shared<const LazyRegex>(whole);
    set.compile_soon(generic, fields.error_at("patterns", "bad pattern: "), PatternSet::Need::every_message);
  }
  if (!*missing && !*empty && !generic)
    return std::unexpected(fields.error_at(fields.node("header"), "a header rule needs missing, empty or patterns"));
  return std::make_unique<HeaderRule>(std::move(info), *header, *missing, *empty, std::move(generic));
}

}  // namespace tactful::check

#include "check/metric.h"

#include <cmath>
#include <set>

#include "support/utf8.h"

namespace tactful::check {
namespace {

std::string format_number(double d) {
  if (std::floor(d) == d) return std::to_string(static_cast<long long>(d));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", d);
  return buffer;
}

class WordCountRule final : public Rule {
 public:
  WordCountRule(RuleInfo info, std::string limit_name, std::map<MessageKind, double> defaults)
      : Rule(std::move(info)), limit_name_(std::move(limit_name)), defaults_(std::move(defaults)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const auto fallback = defaults_.find(ctx.kind);
    const double limit = ctx.settings.limit(limit_name_, ctx.kind, fallback == defaults_.end() ? 200 : fallback->second);
    const std::size_t words = ctx.document.words().size();
    if (static_cast<double>(words) <= limit) return;
    ctx.report_message(sink, info(), info().message + " (" + std::to_string(words) + " words; the limit for a " +
                                         std::string(to_string(ctx.kind)) + " is " + format_number(limit) + ")");
  }

 private:
  std::string limit_name_;
  std::map<MessageKind, double> defaults_;
};

class RatioRule final : public Rule {
 public:
  RatioRule(RuleInfo info, std::set<std::string> numerator, std::set<std::string> denominator, double max_ratio,
            double min_count)
      : Rule(std::move(info)), numerator_(std::move(numerator)), denominator_(std::move(denominator)),
        max_ratio_(max_ratio), min_count_(min_count) {}

  void check(const Context& ctx, Sink& sink) const override {
    const double max_ratio = ctx.settings.limit(info().id + ".max-ratio", ctx.kind, max_ratio_);
    const double min_count = ctx.settings.limit(info().id + ".min-count", ctx.kind, min_count_);
    int top = 0, bottom = 0;
    std::string word;
    for (const Word& w : ctx.document.words()) {
      word = utf8::ascii_lower(ctx.document.word_text(w));
      // "I'm", "I’ve": the part before the apostrophe is the pronoun.
      if (const auto apostrophe = word.find_first_of("'\xE2"); apostrophe != std::string::npos) word.resize(apostrophe);
      if (numerator_.count(word)) ++top;
      else if (denominator_.count(word)) ++bottom;
    }
    if (top < min_count) return;
    const double ratio = static_cast<double>(top) / std::max(bottom, 1);
    if (ratio <= max_ratio) return;
    ctx.report_message(sink, info(), info().message + " (" + std::to_string(top) + " first-person words to " +
                                         std::to_string(bottom) + " second-person)");
  }

 private:
  std::set<std::string> numerator_, denominator_;
  double max_ratio_, min_count_;
};

Expected<std::set<std::string>> word_set(const RuleFields& fields, const std::string& key) {
  auto list = fields.strings(key);
  if (!list) return std::unexpected(list.error());
  if (list->empty()) return std::unexpected(fields.error_at(key, "'" + key + "' needs at least one word"));
  std::set<std::string> out;
  for (const std::string& w : *list) out.insert(utf8::ascii_lower(w));
  return out;
}

}  // namespace

Expected<std::unique_ptr<Rule>> make_metric_rule(RuleInfo info, const RuleFields& fields, PatternSet&) {
  auto measure = fields.string("measure");
  if (!measure) return std::unexpected(measure.error());
  if (*measure == "words") {
    const YAML::Node limit = fields.node("limit");
    if (!limit.IsMap() || !limit["name"])
      return std::unexpected(fields.error_at(limit.IsDefined() ? limit : fields.node("measure"),
                                             "'limit' must be a map with 'name' and a number per message kind"));
    std::string name;
    std::map<MessageKind, double> defaults;
    for (const auto& kv : limit) {
      const std::string key = kv.first.Scalar();
      if (key == "name") {
        name = kv.second.Scalar();
        continue;
      }
      const auto kind = kind_from_string(key);
      double value;
      if (key == "all") {
        if (!YAML::convert<double>::decode(kv.second, value)) return std::unexpected(fields.error_at(kv.second, "limit must be a number"));
        for (MessageKind k : kAllKinds) defaults.emplace(k, value);
        continue;
      }
      if (!kind) return std::unexpected(fields.error_at(kv.first, "unknown message kind '" + key + "' (outreach, follow-up, thank-you, all)"));
      if (!kv.second.IsScalar() || !YAML::convert<double>::decode(kv.second, value))
        return std::unexpected(fields.error_at(kv.second, "limit must be a number"));
      defaults[*kind] = value;
    }
    for (const char* key : {"numerator", "denominator", "max-ratio", "min-count"})
      if (fields.has(key)) return std::unexpected(fields.error_at(key, std::string("'") + key + "' belongs to measure: ratio"));
    return std::make_unique<WordCountRule>(std::move(info), name, std::move(defaults));
  }
  if (*measure == "ratio") {
    auto numerator = word_set(fields, "numerator");
    if (!numerator) return std::unexpected(numerator.error());
    auto denominator = word_set(fields, "denominator");
    if (!denominator) return std::unexpected(denominator.error());
    auto max_ratio = fields.number("max-ratio");
    if (!max_ratio) return std::unexpected(max_ratio.error());
    auto min_count = fields.number("min-count");
    if (!min_count) return std::unexpected(min_count.error());
    if (!*max_ratio) return std::unexpected(fields.error_at(fields.node("measure"), "measure: ratio needs 'max-ratio'"));
    if (fields.has("limit")) return std::unexpected(fields.error_at("limit", "'limit' belongs to measure: words"));
    return std::make_unique<RatioRule>(std::move(info), std::move(*numerator), std::move(*denominator), **max_ratio,
                                       min_count->value_or(0));
  }
  return std::unexpected(fields.error_at("measure", "unknown measure '" + *measure + "' (words or ratio)"));
}

}  // namespace tactful::check

#include "check/metric.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>
#include <vector>

#include "support/utf8.h"

namespace tactful::check {
namespace {

using WordSet = std::set<std::string, std::less<>>;  // found by string_view too
// The longest word a ratio counts: the words are pronouns, and the bound lets
// each word of the text be lower-cased on the stack.
constexpr std::size_t kLongestRatioWord = 64;

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
  RatioRule(RuleInfo info, const WordSet& numerator, const WordSet& denominator, double max_ratio, double min_count)
      : Rule(std::move(info)), max_ratio_(max_ratio), min_count_(min_count) {
    // The numerator's first: a word in both counts for it, as it always did.
    for (const auto* set : {&numerator, &denominator})
      for (const std::string& w : *set) {
        words_.push_back({w, set == &numerator});
        longest_ = std::max(longest_, w.size());
        if (!w.empty()) first_bytes_[static_cast<unsigned char>(w[0])] = true;
      }
  }

  void check(const Context& ctx, Sink& sink) const override {
    const double max_ratio = ctx.settings.limit(info().id + ".max-ratio", ctx.kind, max_ratio_);
    const double min_count = ctx.settings.limit(info().id + ".min-count", ctx.kind, min_count_);
    int top = 0, bottom = 0;
    char lower[kLongestRatioWord];
    for (const Word& w : ctx.document.words()) {
      std::string_view word = ctx.document.word_text(w);
      // "I'm", "I’ve": the part before the apostrophe is the pronoun.
      const auto apostrophe = std::find_if(word.begin(), word.end(), [](char c) { return c == '\'' || c == '\xE2'; });
      word = word.substr(0, static_cast<std::size_t>(apostrophe - word.begin()));
      // Nearly every word fails one of these two, with no lower-casing and no lookup.
      if (word.empty() || word.size() > longest_ || !first_bytes_[static_cast<unsigned char>(utf8::ascii_lower_char(word[0]))]) continue;
      for (std::size_t i = 0; i < word.size(); ++i) lower[i] = utf8::ascii_lower_char(word[i]);
      const std::string_view key(lower, word.size());
      // A handful of pronouns: compared one by one (each compare checks the
      // length first), cheaper than two std::set lookups.
      for (const auto& [listed, numerator] : words_)
        if (listed == key) {
          ++(numerator ? top : bottom);
          break;
        }
    }
    if (top < min_count) return;
    const double ratio = static_cast<double>(top) / std::max(bottom, 1);
    if (ratio <= max_ratio) return;
    ctx.report_message(sink, info(), info().message + " (" + std::to_string(top) + " first-person words to " +
                                         std::to_string(bottom) + " second-person)");
  }

 private:
  std::vector<std::pair<std::string, bool>> words_;  // each word, and whether it is the numerator's
  std::size_t longest_ = 0;
  std::array<bool, 256> first_bytes_{};  // the first bytes of the words of both sets
  double max_ratio_, min_count_;
};

Expected<WordSet> word_set(const RuleFields& fields, const std::string& key) {
  auto list = fields.strings(key);
  if (!list) return std::unexpected(list.error());
  if (list->empty()) return std::unexpected(fields.error_at(key, "'" + key + "' needs at least one word"));
  WordSet out;
  for (const std::string& w : *list) {
    if (w.size() > kLongestRatioWord)
      // Appended, not concatenated: GCC 12 warns (-Wrestrict) wrongly on "'" + std::string(...).
      return std::unexpected(fields.error_at(key, std::string("'").append(w, 0, 20).append("...' is longer than ")
                                                      .append(std::to_string(kLongestRatioWord))
                                                      .append(" bytes; a ratio counts single words")));
    out.insert(utf8::ascii_lower(w));
  }
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

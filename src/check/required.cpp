#include "check/required.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "check/text_matcher.h"

namespace tactful::check {
namespace {

bool has_words(std::string_view body, const std::vector<TextRange>& ranges) {
  for (const TextRange& r : ranges)
    for (std::size_t i = r.begin; i < r.end && i < body.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(body[i]);
      if (std::isalnum(c) || c >= 0x80) return true;
    }
  return false;
}

struct Group {
  std::string name;
  TextMatcher matcher;
};

class RequiredRule final : public Rule {
 public:
  RequiredRule(RuleInfo info, std::vector<Group> groups) : Rule(std::move(info)), groups_(std::move(groups)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const auto& ranges = ctx.message.regions_of(RegionKind::new_text);
    // Nothing written yet (an empty draft, a reply with only quoted text):
    // there is no message to find wanting.
    if (!has_words(ctx.message.body, ranges)) return;
    std::string missing;
    for (const Group& g : groups_) {
      if (g.matcher.occurs(ctx.message.body, ranges, &ctx.hits)) continue;
      missing += (missing.empty() ? "" : ", ") + g.name;
    }
    if (missing.empty()) return;
    std::string message = info().message;
    if (groups_.size() > 1) message += " (missing: " + missing + ")";
    ctx.report_message(sink, info(), message);
  }

 private:
  std::vector<Group> groups_;
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_required_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  std::vector<Group> groups;
  if (fields.has("all-of")) {
    for (const char* key : {"phrases", "patterns", "unless", "unless-after", "negation", "window"})
      if (fields.has(key))
        return std::unexpected(fields.error_at(key, std::string("with 'all-of', put '") + key + "' inside each group"));
    const YAML::Node list = fields.node("all-of");
    if (!list.IsSequence() || list.size() == 0)
      return std::unexpected(fields.error_at(list, "'all-of' must be a list of groups (maps with name and phrases)"));
    for (const YAML::Node& item : list) {
      if (!item.IsMap()) return std::unexpected(fields.error_at(item, "each 'all-of' group must be a map"));
      const RuleFields group(item, fields.file());
      for (const auto& kv : item) {
        const std::string key = kv.first.Scalar();
        static const char* kGroupKeys[] = {"name", "phrases", "patterns", "unless", "unless-after", "negation", "window"};
        if (std::find(std::begin(kGroupKeys), std::end(kGroupKeys), key) == std::end(kGroupKeys))
          return std::unexpected(group.error_at(kv.first, "unknown key '" + key + "' in an all-of group"));
      }
      auto name = group.string("name");
      if (!name) return std::unexpected(name.error());
      // Group-level cues fall back to the rule's own.
      auto matcher = TextMatcher::make(group, set, TextMatcher::Search::sometimes);
      if (!matcher) return std::unexpected(matcher.error());
      groups.push_back({*name, std::move(*matcher)});
    }
  } else {
    auto matcher = TextMatcher::make(fields, set, TextMatcher::Search::sometimes);
    if (!matcher) return std::unexpected(matcher.error());
    groups.push_back({info.id, std::move(*matcher)});
  }
  return std::make_unique<RequiredRule>(std::move(info), std::move(groups));
}

}  // namespace tactful::check

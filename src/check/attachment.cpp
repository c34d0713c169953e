#include "check/attachment.h"

#include <re2/re2.h>

#include "check/phrase_pattern.h"
#include "check/text_matcher.h"

namespace tactful::check {
namespace {

class AttachmentRule final : public Rule {
 public:
  AttachmentRule(RuleInfo info, std::shared_ptr<const LazyRegex> names, std::shared_ptr<const LazyRegex> types,
                 std::optional<TextMatcher> text)
      : Rule(std::move(info)), names_(std::move(names)), types_(std::move(types)), text_(std::move(text)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const auto& ranges = ctx.message.regions_of(RegionKind::new_text);
    // A cue anywhere in the new text ("as you requested") excuses the files
    // too; looked for only when there are files to excuse.
    bool excused = false;
    if (text_ && !ctx.message.attachments.empty())
      for (const TextRange& r : ranges)
        if (text_->unless().within(ctx.message.body, r)) excused = true;
    if (!excused)
      for (const Attachment& a : ctx.message.attachments) {
        const re2::RE2* names = names_ ? names_->get() : nullptr;
        const re2::RE2* types = types_ ? types_->get() : nullptr;
        const bool by_name = names && !a.file_name.empty() && RE2::PartialMatch(a.file_name, *names);
        const bool by_type = types && RE2::PartialMatch(a.content_type, *types);
        if (!by_name && !by_type) continue;
        const std::string what = a.file_name.empty() ? a.content_type : a.file_name;
        sink.report(info(), a.where, what, info().message + " (attached: " + what + ")");
      }
    if (!text_) return;
    for (const TextRange& m : text_->find_raw(ctx.message.body, ranges, &ctx.hits)) {
      const Sentence* sentence = ctx.document.sentence_at(m.begin);
      const TextRange around = sentence ? sentence->range : m;
      if (text_->unless().within(ctx.message.body, around)) continue;
      ctx.report_body(sink, info(), m);
    }
  }

 private:
  std::shared_ptr<const LazyRegex> names_, types_;  // compiled on the first message with attachments
  std::optional<TextMatcher> text_;
};

// The patterns under `key` as one regex, which `set` checks while the pack loads.
Expected<std::shared_ptr<const LazyRegex>> pattern_list(const RuleFields& fields, const std::string& key, PatternSet& set) {
  auto list = fields.strings(key);
  if (!list) return std::unexpected(list.error());
  if (list->empty()) return std::shared_ptr<const LazyRegex>{};
  auto regex = alternation({}, *list);
  if (!regex) return std::unexpected(fields.error_at(key, regex.error().message));
  auto re = std::make_shared<const LazyRegex>(std::move(*regex));
  set.compile_soon(re, fields.error_at(key, "bad pattern: "), PatternSet::Need::on_match);
  return re;
}

}  // namespace

Expected<std::unique_ptr<Rule>> make_attachment_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto names = pattern_list(fields, "file-names", set);
  if (!names) return std::unexpected(names.error());
  auto types = pattern_list(fields, "content-types", set);
  if (!types) return std::unexpected(types.error());
  std::optional<TextMatcher> text;
  if (fields.has("phrases") || fields.has("patterns")) {
    auto matcher = TextMatcher::make(fields, set, TextMatcher::Search::always);
    if (!matcher) return std::unexpected(matcher.error());
    text = std::move(*matcher);
  } else if (fields.has("unless") || fields.has("negation")) {
    return std::unexpected(fields.error_at("unless", "'unless' needs 'phrases' or 'patterns' to excuse"));
  }
  if (!*names && !*types && !text)
    return std::unexpected(fields.error_at(fields.node("id"), "an attachment rule needs file-names, content-types or phrases"));
  return std::make_unique<AttachmentRule>(std::move(info), *names, *types, std::move(text));
}

}  // namespace tactful::check

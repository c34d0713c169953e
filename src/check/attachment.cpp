#include "check/attachment.h"

#include <re2/re2.h>

#include "check/phrase_pattern.h"
#include "check/text_matcher.h"

namespace tactful::check {
namespace {

class AttachmentRule final : public Rule {
 public:
  AttachmentRule(RuleInfo info, std::shared_ptr<const re2::RE2> names, std::shared_ptr<const re2::RE2> types,
                 std::optional<TextMatcher> text)
      : Rule(std::move(info)), names_(std::move(names)), types_(std::move(types)), text_(std::move(text)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const auto ranges = ctx.message.regions_of(RegionKind::new_text);
    // A cue anywhere in the new text ("as you requested") excuses the files too.
    bool excused = false;
    if (text_)
      for (const TextRange& r : ranges)
        if (text_->unless().within(ctx.message.body, r)) excused = true;
    if (!excused)
      for (const Attachment& a : ctx.message.attachments) {
        const bool by_name = names_ && !a.file_name.empty() && RE2::PartialMatch(a.file_name, *names_);
        const bool by_type = types_ && RE2::PartialMatch(a.content_type, *types_);
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
  std::shared_ptr<const re2::RE2> names_, types_;
  std::optional<TextMatcher> text_;
};

Expected<std::shared_ptr<const re2::RE2>> compile_list(const RuleFields& fields, const std::string& key) {
  auto list = fields.strings(key);
  if (!list) return std::unexpected(list.error());
  if (list->empty()) return std::shared_ptr<const re2::RE2>{};
  auto regex = alternation({}, *list);
  if (!regex) return std::unexpected(fields.error_at(key, regex.error().message));
  auto re = compile_regex(*regex);
  if (!re) return std::unexpected(fields.error_at(key, re.error().message));
  return *re;
}

}  // namespace

Expected<std::unique_ptr<Rule>> make_attachment_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto names = compile_list(fields, "file-names");
  if (!names) return std::unexpected(names.error());
  auto types = compile_list(fields, "content-types");
  if (!types) return std::unexpected(types.error());
  std::optional<TextMatcher> text;
  if (fields.has("phrases") || fields.has("patterns")) {
    auto matcher = TextMatcher::make(fields, &set);
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

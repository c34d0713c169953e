#include "check/registry.h"

#include "check/attachment.h"
#include "check/duration.h"
#include "check/header.h"
#include "check/metric.h"
#include "check/phrase.h"
#include "check/placeholder.h"
#include "check/required.h"
#include "check/salutation.h"
#include "check/spelling.h"
#include "check/timing.h"

namespace tactful::check {
namespace {

const std::vector<RuleKind>& table() {
  static const std::vector<RuleKind> kinds = {
      {"phrase", {"phrases", "patterns", "unless", "unless-after", "negation", "window", "scope", "fix"},
       "words or patterns that must not occur (negation-aware)", make_phrase_rule},
      {"required", {"phrases", "patterns", "unless", "unless-after", "negation", "window", "all-of"},
       "something a message of these kinds must say", make_required_rule},
      {"attachment", {"file-names", "content-types", "phrases", "patterns", "unless", "unless-after", "negation", "window"},
       "files that must not be attached, and text offering them", make_attachment_rule},
      {"header", {"header", "missing", "empty", "patterns"}, "a header that must be present and specific",
       make_header_rule},
      {"metric", {"measure", "limit", "numerator", "denominator", "max-ratio", "min-count"},
       "word counts and ratios between word classes", make_metric_rule},
      {"placeholder", {"patterns", "scope"}, "template tokens left unfilled", make_placeholder_rule},
      {"duration", {"check", "limit", "near", "not-before", "not-after", "phrases", "patterns", "unless", "unless-after", "negation", "window"},
       "the length of the meeting asked for: over a limit, or not said", make_duration_rule},
      {"timing", {"since", "later-than", "error-later-than", "sooner-than", "phrases", "patterns", "unless", "unless-after", "negation", "window"},
       "how long after the interview or the first message it is sent", make_timing_rule},
      {"salutation", {"titles", "not-names", "nicknames", "role-words"}, "the greeting must name the recipient", make_salutation_rule},
      {"spelling", {"dictionaries", "optional-dictionaries", "dictionary-path", "max-suggestions", "words"},
       "words no dictionary, header or signature knows", make_spelling_rule},
  };
  return kinds;
}

}  // namespace

std::span<const RuleKind> rule_kinds() { return table(); }

const RuleKind* find_rule_kind(std::string_view name) {
  for (const RuleKind& kind : table())
    if (kind.name == name) return &kind;
  return nullptr;
}

}  // namespace tactful::check

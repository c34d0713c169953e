#include "engine/classify.h"

#include <re2/re2.h>

namespace tactful::engine {
namespace {

// Cues in the writer's own text. A thank-you thanks for a conversation that
// happened; a follow-up refers to an earlier unanswered message.
const RE2& thank_you_cues() {
  static const RE2 re(
      R"((?i)\b(thanks?( you)?( so much| very much| again| once again| a lot| a million)?( for| to you for) (taking|making|finding|carving out|setting aside|giving me|spending|meeting|speaking|talking|chatting|the (chat|call|conversation|meeting|coffee|time|insights?|advice|great|wonderful|helpful|informative|lovely|generous|candid)|our (chat|call|conversation|meeting|talk|discussion)|your (time|insights?|advice|generosity|candou?r|perspective|help) (yesterday|today|this|on|last|earlier|during|and|when)|sharing|walking me)|(it was|was) (great|a (real |true )?pleasure|wonderful|lovely|so helpful|really helpful|nice|good|an honou?r|a privilege) (to )?(speak|speaking|talk|talking|meet|meeting|chat|chatting|connect|connecting)|(really |truly )?(enjoyed|appreciated) (our|speaking|talking|meeting|chatting|the (chat|call|conversation|meeting|coffee)|learning)|(grateful|thankful) for (the|our|your) (time|chat|call|conversation|meeting)|after (our|we) (spoke|talked|met|chatted|conversation|call|chat|meeting)|our (conversation|chat|call|meeting) (yesterday|today|this|last|on)|when we (spoke|talked|met|chatted))\b)");
  return re;
}
const RE2& follow_up_cues() {
  static const RE2 re(
      R"((?i)\b(follow(ing)?[ -]?up|circl(e|ing) back|check(ing)? in (on|about|again|to see)|bump(ing)? (this|my)|resurfac(e|ing)|(my|the) (previous|earlier|last|original|prior) (e-?mail|message|note|request)|i (reached out|wrote|emailed|e-mailed|sent (you )?(a|an|my) (note|message|e-?mail)) (to you )?(last|a few|a couple|on|earlier|about|recently|a week|two weeks)|(haven'?t|have not|hadn'?t|did not|didn'?t) heard? back|in case (it|my (e-?mail|message|note)) (got|was|slipped|went)|slipped through|top of your inbox|wanted to (try|reach out) again|(sent|wrote) (you )?(a|an) (e-?mail|message|note) (last|a few|a couple|on|earlier))\b)");
  return re;
}
// Asking for a conversation that has not happened yet.
const RE2& request_cues() {
  static const RE2 re(
      R"((?i)\b((would|could|might|will) you (have|be (open|willing|available|up for|free)|consider|spare|mind)\b.{0,60}\b(minutes?|mins?|call|chat|coffee|conversation|meeting|zoom|phone)|(could|can|may|might) (i|we) (ask for|borrow|have|steal|book|schedule|set up|grab)\b.{0,40}\b(minutes?|mins?|call|chat|coffee|conversation|time)|(\d{1,2}|fifteen|twenty|thirty|ten)[- ](minute|min)s?\b.{0,20}\b(call|chat|conversation|coffee|meeting|zoom)|(brief|short|quick) (call|chat|conversation|phone call|video call|zoom))\b)");
  return re;
}
const RE2& thank_you_subject() {
  static const RE2 re(R"((?i)\b(thank(s| you)|grateful|appreciat(e|ion))\b)");
  return re;
}
const RE2& follow_up_subject() {
  static const RE2 re(R"((?i)(^\s*(re|aw|sv|fw|fwd)\s*:|\bfollow(ing)?[ -]?up\b|\bchecking in\b|\bcircling back\b))");
  return re;
}

}  // namespace

void warm_classify_patterns() {
  // Not request_cues: only a message that reads as a thank-you needs it,
  // and its compile was 6 % of a cold start's instructions.
  for (auto pattern : {&thank_you_cues, &follow_up_cues, &thank_you_subject, &follow_up_subject}) pattern();
}

MessageKind classify(const Message& message) {
  int thank = 0, follow = 0, request = 0;
  if (const Header* subject = message.header("Subject")) {
    if (RE2::PartialMatch(subject->value, thank_you_subject())) thank += 2;
    if (RE2::PartialMatch(subject->value, follow_up_subject())) follow += 1;
  }
  const auto regions = message.regions_of(RegionKind::new_text);
  const auto count = [&](const RE2& cues) {
    int n = 0;
    for (const TextRange& r : regions) {
      re2::StringPiece input(r.in(message.body).data(), r.size());
      while (RE2::FindAndConsume(&input, cues)) n += 2;
    }
    return n;
  };
  thank += count(thank_you_cues());
  follow += count(follow_up_cues());
  if (thank == 0 && follow == 0) return MessageKind::outreach;
  // A follow-up that says "thank you for your time" is still a follow-up when
  // it points at an earlier message; a thank-you may mention following up.
  if (follow > thank) return MessageKind::follow_up;
  // "Thank you for taking a moment with me at the meetup … would you have 20
  // minutes?" asks for a conversation still to come: an outreach. (Looked
  // for only here: its first search builds most of a DFA, half a
  // millisecond of every cold start when it was looked for always.)
  if (thank >= 2 && follow == 0) request = count(request_cues());
  if (thank >= 2 && request >= thank && follow == 0) return MessageKind::outreach;
  if (thank >= 2) return MessageKind::thank_you;
  return follow >= 2 ? MessageKind::follow_up : MessageKind::outreach;
}

}  // namespace tactful::engine

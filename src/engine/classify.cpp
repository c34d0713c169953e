#include "engine/classify.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "support/spare_core.h"

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

// Whether each of the thank-you and follow-up cues occurs in a text at all,
// in one pass for both: a message that holds neither (most outreach) or
// only the follow-up cues is then decided without their counting passes.
// Built on a thread of its own once a batch has classified
// kCueSetFromMessages messages, so that a cold start or an editor never
// compiles it or waits for it; until then (and should it fail) the cues are
// counted as before.
class CueSet {
 public:
  static constexpr int kCueSetFromMessages = 32;
  static constexpr std::int64_t kMemory = 1 << 20;

  // Builds the set here unless a thread has started it, and waits for it.
  bool build_now() {
    if (!started_.exchange(true)) build({thank_you_cues().pattern(), follow_up_cues().pattern()});
    for (int waited = 0; !ready_.load(std::memory_order_acquire) && !failed_.load() && waited < 10000; ++waited)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return ready_.load(std::memory_order_acquire) != nullptr;
  }

  // Null until built.
  const RE2::Set* get() {
    if (const RE2::Set* set = ready_.load(std::memory_order_acquire)) return set;
    if (seen_.fetch_add(1, std::memory_order_relaxed) + 1 >= kCueSetFromMessages && !started_.exchange(true)) {
      // The patterns are copied here: the thread may outlive the statics.
      std::vector<std::string> patterns = {thank_you_cues().pattern(), follow_up_cues().pattern()};
      try {
        SpareCoreThread([this, patterns = std::move(patterns)] { build(patterns); }).detach();  // not queued behind this lint
      } catch (const std::system_error&) {
        // No thread: the cues are counted as before.
      }
    }
    return nullptr;
  }

 private:
  void build(const std::vector<std::string>& patterns) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(kMemory);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    bool ok = true;
    for (const std::string& p : patterns) ok = ok && set->Add(p, nullptr) >= 0;
    if (!ok || !set->Compile()) {
      failed_.store(true);
      return;
    }
    ready_.store(set.release(), std::memory_order_release);  // kept for the process
  }

  std::atomic<const RE2::Set*> ready_{nullptr};
  std::atomic<bool> failed_{false};
  std::atomic<int> seen_{0};
  std::atomic<bool> started_{false};
};

CueSet& cue_set() {
  static CueSet* const set = new CueSet;  // never destroyed: its thread may still be building at exit
  return *set;
}

}  // namespace

void warm_classify_patterns() {
  // Not request_cues: only a message that reads as a thank-you needs it,
  // and its compile was 6 % of a cold start's instructions.
  for (auto pattern : {&thank_you_cues, &follow_up_cues, &thank_you_subject, &follow_up_subject}) pattern();
}

bool build_cue_set_now() { return cue_set().build_now(); }

MessageKind classify(const Message& message) { return classify(message, CueCounting::as_available); }

MessageKind classify(const Message& message, CueCounting counting) {
  int thank = 0, follow = 0, request = 0;
  if (const Header* subject = message.header("Subject")) {
    if (RE2::PartialMatch(subject->value, thank_you_subject())) thank += 2;
    if (RE2::PartialMatch(subject->value, follow_up_subject())) follow += 1;
  }
  const auto& regions = message.regions_of(RegionKind::new_text);
  const auto count = [&](const RE2& cues) {
    int n = 0;
    for (const TextRange& r : regions) {
      re2::StringPiece input(r.in(message.body).data(), r.size());
      while (RE2::FindAndConsume(&input, cues)) n += 2;
    }
    return n;
  };
  // Whether each kind of cue may occur: without the set's answer, both.
  bool any_thanks = true, any_follow_up = true, answered = false;
  if (const RE2::Set* set = counting == CueCounting::as_available ? cue_set().get() : nullptr) {
    any_thanks = any_follow_up = false;
    answered = true;
    std::vector<int> found;
    for (const TextRange& r : regions) {
      found.clear();
      RE2::Set::ErrorInfo error;
      const re2::StringPiece text(r.in(message.body).data(), r.size());
      if (!set->Match(text, &found, &error) && error.kind != RE2::Set::kNoError) {
        any_thanks = any_follow_up = true;  // out of memory: count as before
        answered = false;
        break;
      }
      for (const int i : found) (i == 0 ? any_thanks : any_follow_up) = true;
    }
  }
  if (any_thanks) thank += count(thank_you_cues());
  // Follow-up cues and no thanks anywhere: follow (two or more) > thank (0),
  // whatever their count.
  if (answered && any_follow_up && thank == 0) return MessageKind::follow_up;
  if (any_follow_up) follow += count(follow_up_cues());
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

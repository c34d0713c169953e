#include "check/duration.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "check/text_matcher.h"
#include "text/durations.h"

namespace tactful::check {
namespace {

// Words right before a length of time that make it something that happened
// or something else's length, not the meeting asked for: "I spent an hour
// reading", "your 45-minute talk", "within 24 hours". Rules add their own.
const std::vector<std::string>& builtin_not_before() {
  static const std::vector<std::string> cues = {
      "spent", "took", "lasted", "watched", "listened", "read", "reading", "drove", "driving",
      "waited", "waiting", "worked", "studied", "sat", "flew", "talked", "spoke", "chatted", "met", "attended", "ran", "walked", "presented", "gave", "enjoyed", "recorded", "hosted", "spoke for",
      "in the next", "within", "every", "each", "per", "after", "before", "in the past", "in the last", "over the past",
      "for the past", "for the last", "commute", "the first", "the last",
      "already", "ago", "i've been", "i have been", "we had", "practice", "practise"};
  return cues;
}
// Words right after one: "an hour ago", "two hours away", "the 45 minutes you gave me".
const std::vector<std::string>& builtin_not_after() {
  static const std::vector<std::string> cues = {
      "ago", "away", "behind", "ahead", "apart", "difference", "time difference", "drive",
      "commute", "flight", "walk from",
 "you spent", "you gave", "you took", "you shared",
      "you offered", "we spent", "we had", "of reading", "reading", "listening", "podcast", "webinar",
      "lecture", "keynote", "episode", "course", "shift", "of sleep", "of work", "of study", "of practice",
      "in advance", "from now"};
  return cues;
}

std::string format_minutes(double minutes) {
  char buffer[48];
  if (minutes >= 60 && std::fmod(minutes, 30) == 0)
    std::snprintf(buffer, sizeof buffer, minutes == 60 ? "%g hour" : "%g hours", minutes / 60);
  else
    std::snprintf(buffer, sizeof buffer, "%g minutes", std::round(minutes * 10) / 10);
  return buffer;
}

enum class Mode { over_limit, unstated };

class DurationRule final : public Rule {
 public:
  DurationRule(RuleInfo info, Mode mode, TextMatcher matcher, Cues not_before, Cues not_after, std::string limit_name,
               std::map<MessageKind, double> limits, int near)
      : Rule(std::move(info)), mode_(mode), matcher_(std::move(matcher)), not_before_(std::move(not_before)),
        not_after_(std::move(not_after)), limit_name_(std::move(limit_name)), limits_(std::move(limits)), near_(near) {}

  void check(const Context& ctx, Sink& sink) const override {
    if (mode_ == Mode::unstated) return check_unstated(ctx, sink);
    const auto fallback = limits_.find(ctx.kind);
    const double limit = ctx.settings.limit(limit_name_, ctx.kind, fallback == limits_.end() ? 30 : fallback->second);
    for (const Duration& d : requested_over(ctx.document, ctx.durations(), limit, &ctx.hits))
      ctx.report_body(sink, info(), d.range, describe(ctx.document, d, limit));
    // "Subject: Request for a 45-minute chat" asks too.
    if (const Header* subject = ctx.message.header("Subject")) {
      const Document doc = Document::of_ranges(subject->value, {{0, subject->value.size()}});
      for (const Duration& d : requested_over(doc, find_durations(doc), limit, nullptr)) {
        const TextRange src{subject->value_range.begin + d.range.begin,
                            std::min(subject->value_range.begin + d.range.end, subject->value_range.end)};
        sink.report(info(), src, std::string(d.range.in(doc.text())), describe(doc, d, limit));
      }
    }
  }

 private:
  // Lengths in `doc` over the limit that describe the meeting asked for.
  std::vector<Duration> requested_over(const Document& doc, const std::vector<Duration>& durations, double limit,
                                       const PatternHits* hits) const {
    std::vector<Duration> out;
    // Meeting words are looked for only once a length is over the limit, and
    // only in its sentence, where near_anchor looks: a long draft has many
    // lengths and many meeting words, and a search of the whole text for
    // each rule phrase cost more than the rest of the rule.
    const Sentence* searched = nullptr;
    bool searched_whole = false;
    std::vector<TextRange> anchors;
    for (const Duration& d : durations) {
      // A range counts by its upper end; "at least 30 minutes" is more than 30.
      const bool over = d.open_above ? d.minutes >= limit : d.minutes > limit;
      if (!over || !is_request_candidate(doc, d)) continue;
      const Sentence* sentence = doc.sentence_at(d.range.begin);
      if (sentence ? sentence != searched : !searched_whole) {
        anchors = matcher_.find(doc.text(), sentence ? within(doc.ranges(), sentence->range) : doc.ranges(), hits);
        searched = sentence;
        searched_whole = !sentence;
      }
      if (near_anchor(doc, d, anchors)) out.push_back(d);
    }
    return out;
  }

  // The parts of `ranges` inside `bounds`.
  static std::vector<TextRange> within(const std::vector<TextRange>& ranges, TextRange bounds) {
    std::vector<TextRange> out;
    for (const TextRange& r : ranges) {
      const std::size_t b = std::max(r.begin, bounds.begin), e = std::min(r.end, bounds.end);
      if (b < e) out.push_back({b, e});
    }
    return out;
  }

  std::string describe(const Document& doc, const Duration& d, double limit) const {
    return info().message + " (" + std::string(d.range.in(doc.text())) + " is " + (d.open_above ? "at least " : "") +
           format_minutes(d.minutes) + "; ask for " + format_minutes(limit) + " or less)";
  }

  // Not already ruled out as something other than a request.
  bool is_request_candidate(const Document& doc, const Duration& d) const {
    const std::string_view text = doc.text();
    return !owned_by_someone(doc, d) && !is_rate(doc, d) && !not_before_.before(text, d.range) &&
           !not_after_.after(text, d.range);
  }

  // "three hours every evening", "10 hours a week", "an hour daily": a habit,
  // not a meeting. Only right after the length ("45 minutes on a weekday" asks).
  static bool is_rate(const Document& doc, const Duration& d) {
    const auto& words = doc.words();
    auto word_is = [&](std::size_t i, std::initializer_list<std::string_view> options) {
      if (i >= words.size()) return false;
      const std::string_view w = doc.word_text(words[i]);
      for (std::string_view o : options)
        if (w.size() == o.size() && std::equal(w.begin(), w.end(), o.begin(), [](char a, char b) { return (a | 0x20) == b; }))
          return true;
      return false;
    };
    const std::size_t i = d.end_word;
    if (word_is(i, {"daily", "weekly", "nightly", "monthly", "apiece"})) return true;
    return word_is(i, {"a", "an", "per", "each", "every"}) &&
           word_is(i + 1, {"day", "week", "month", "year", "evening", "morning", "night", "afternoon", "weekday", "shift",
                           "weekend"});
  }

  // "your 45-minute talk", "their excellent hour-long podcast": the length of
  // something that belongs to someone. Only right before the length, so that
  // "pick your brain for an hour" stays a request.
  static bool owned_by_someone(const Document& doc, const Duration& d) {
    auto possessive = [&](std::size_t i) {
      const std::string_view w = doc.word_text(doc.words()[i]);
      for (std::string_view p : {"your", "his", "her", "their", "its", "our"})
        if (w.size() == p.size() && std::equal(w.begin(), w.end(), p.begin(), [](char a, char b) { return (a | 0x20) == b; }))
          return true;
      return false;
    };
    if (d.first_word >= 1 && possessive(d.first_word - 1)) return true;
    // One describing word between: "your excellent 90-minute keynote".
    if (d.first_word >= 2 && possessive(d.first_word - 2)) {
      const std::string_view between = doc.word_text(doc.words()[d.first_word - 1]);
      for (std::string_view w : {"for", "of", "to", "with", "about", "than", "at", "on", "time"})
        if (between == w) return false;
      return true;
    }
    return false;
  }

  // A meeting word (a rule phrase) within `near_` words of the duration, in its sentence.
  bool near_anchor(const Document& doc, const Duration& d, const std::vector<TextRange>& anchors) const {
    const Sentence* sentence = doc.sentence_at(d.range.begin);
    const auto& words = doc.words();
    const std::size_t lo = d.first_word >= static_cast<std::size_t>(near_) ? d.first_word - near_ : 0;
    const std::size_t hi = std::min(words.size(), d.end_word + near_);
    std::size_t from = words[lo].range.begin, to = words[hi - 1].range.end;
    if (sentence) {
      from = std::max(from, sentence->range.begin);
      to = std::min(to, sentence->range.end);
    }
    for (const TextRange& a : anchors) {
      if (a.end <= from || a.begin >= to) continue;
      return true;
    }
    return false;
  }

  void check_unstated(const Context& ctx, Sink& sink) const {
    const Document& doc = ctx.document;
    // A stated length settles it whatever the text asks, so it is looked for
    // before the requests (on a long draft, a search of every phrase).
    for (const Duration& d : ctx.durations())
      if (is_request_candidate(doc, d)) return;
    const std::vector<TextRange> requests = matcher_.find(doc.text(), doc.ranges(), &ctx.hits);
    if (requests.empty()) return;
    // A length given in the subject line ("15 minutes of your time?") is stated too.
    if (const Header* subject = ctx.message.header("Subject")) {
      const Document subject_doc = Document::of_ranges(subject->value, {{0, subject->value.size()}});
      if (!find_durations(subject_doc).empty()) return;
    }
    ctx.report_message(sink, info(),
                       info().message + " (it asks for '" + std::string(requests.front().in(doc.text())) +
                           "' but never says how long)");
  }

  Mode mode_;
  TextMatcher matcher_;
  Cues not_before_, not_after_;
  std::string limit_name_;
  std::map<MessageKind, double> limits_;
  int near_;
};

Expected<std::map<MessageKind, double>> read_limit(const RuleFields& fields, std::string& name) {
  std::map<MessageKind, double> out;
  const YAML::Node limit = fields.node("limit");
  if (!limit.IsDefined() || limit.IsNull()) return out;
  if (!limit.IsMap()) return std::unexpected(fields.error_at(limit, "'limit' must be a map: {name: max-meeting-minutes, all: 30}"));
  for (const auto& kv : limit) {
    const std::string key = kv.first.Scalar();
    if (key == "name") {
      name = kv.second.Scalar();
      continue;
    }
    double value;
    if (!kv.second.IsScalar() || !YAML::convert<double>::decode(kv.second, value) || value <= 0)
      return std::unexpected(fields.error_at(kv.second, "a limit must be a positive number of minutes"));
    if (key == "all") {
      for (MessageKind k : kAllKinds) out.emplace(k, value);
    } else if (auto kind = kind_from_string(key)) {
      out[*kind] = value;
    } else {
      return std::unexpected(fields.error_at(kv.first, "unknown key '" + key + "' in limit (name, all, outreach, follow-up, thank-you)"));
    }
  }
  return out;
}

}  // namespace

Expected<std::unique_ptr<Rule>> make_duration_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto check = fields.optional_string("check");
  if (!check) return std::unexpected(check.error());
  const std::string mode_name = check->value_or("over-limit");
  if (mode_name != "over-limit" && mode_name != "unstated")
    return std::unexpected(fields.error_at("check", "unknown check '" + mode_name + "' (over-limit or unstated)"));
  const Mode mode = mode_name == "unstated" ? Mode::unstated : Mode::over_limit;
  auto matcher = TextMatcher::make(fields, set, TextMatcher::Search::sometimes);
  if (!matcher) return std::unexpected(matcher.error());

  std::vector<std::string> lists[2];
  const char* keys[2] = {"not-before", "not-after"};
  const std::vector<std::string>* builtins[2] = {&builtin_not_before(), &builtin_not_after()};
  Cues cues[2];
  for (int i = 0; i < 2; ++i) {
    auto extra = fields.strings(keys[i]);
    if (!extra) return std::unexpected(extra.error());
    lists[i] = *builtins[i];
    lists[i].insert(lists[i].end(), extra->begin(), extra->end());
    auto made = Cues::make(lists[i], false, 4, &set);
    if (!made) return std::unexpected(fields.error_at(keys[i], made.error().message));
    cues[i] = std::move(*made);
  }
  auto near = fields.number("near");
  if (!near) return std::unexpected(near.error());
  // Range-check the number before making it an int: casting NaN or 1e300 is undefined.
  const double near_wanted = near->value_or(8);
  if (!(near_wanted >= 1 && near_wanted <= 40)) return std::unexpected(fields.error_at("near", "'near' must be between 1 and 40 words"));
  const int near_words = static_cast<int>(near_wanted);
  std::string limit_name = "max-meeting-minutes";
  auto limits = read_limit(fields, limit_name);
  if (!limits) return std::unexpected(limits.error());
  if (mode == Mode::unstated && fields.has("limit"))
    return std::unexpected(fields.error_at("limit", "'limit' belongs to check: over-limit"));
  return std::make_unique<DurationRule>(std::move(info), mode, std::move(*matcher), std::move(cues[0]), std::move(cues[1]),
                                        std::move(limit_name), std::move(*limits), near_words);
}

}  // namespace tactful::check

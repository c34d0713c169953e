#include "check/timing.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "check/text_matcher.h"
#include "text/relative_date.h"

namespace tactful::check {
namespace {

enum class Since { interview, original_message };

// A limit from the rule file, overridable by name in the config.
struct Limit {
  std::string name;
  double value = 0;
  double hours_per_unit = 1;  // the config value is in hours or in days
  bool set = false;
  double hours(const Context& ctx) const { return ctx.settings.limit(name, ctx.kind, value) * hours_per_unit; }
};

struct Evidence {
  Instant when;
  std::string source;  // "X-Interview-Date", "the attribution line", "the text: \"yesterday\""
  bool span = false;   // "last week": a lower bound
};

// Lines of a quoted reply that say when the quoted message was written:
// "On … wrote:", "Sent: …", "Date: …", with or without quote marks before.
const RE2& attribution_line() {
  static const RE2 re(R"((?i)^[\s>]*(?:\*?(?:sent|date)\*?\s*:|on\s.*\bwrote\s*:?\s*$|on\s.*\d{1,2}:\d{2}))");
  return re;
}

std::string describe_elapsed(double hours, bool days_only) {
  char buffer[64];
  if (days_only || hours >= 72) {
    const double days = std::round(hours / 12) / 2;  // nearest half day
    if (days == 0) return "the same day";
    std::snprintf(buffer, sizeof buffer, days == 1 ? "%g day" : "%g days", days);
  } else {
    std::snprintf(buffer, sizeof buffer, hours == 1 ? "%g hour" : "%g hours", std::round(hours * 2) / 2);
  }
  return buffer;
}

std::string describe_when(const Instant& t) { return t.date_only ? format_day(t) : format_instant(t); }

class TimingRule final : public Rule {
 public:
  TimingRule(RuleInfo info, Since since, TextMatcher matcher, Limit later, Limit error_later, Limit sooner)
      : Rule(std::move(info)), since_(since), matcher_(std::move(matcher)), later_(std::move(later)),
        error_later_(std::move(error_later)), sooner_(std::move(sooner)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const Settings& s = ctx.settings;
    if (!s.now) return;
    const Instant now = *s.now;
    const auto evidence = find_evidence(ctx, now);
    const char* event = since_ == Since::interview ? "the interview" : "the original message";
    if (!evidence) {
      sink.note(info(), std::string("no time for ") + event + " was found" +
                            (since_ == Since::interview ? " (--interview-date, X-Interview-Date, config or the text)"
                                                        : " (X-Original-Date, an attribution line or the text)") +
                            "; timing not checked");
      return;
    }
    const bool days_only = evidence->when.date_only;
    const double hours = days_only ? static_cast<double>(local_day(now) - local_day(evidence->when)) * 24
                                   : static_cast<double>(now.epoch - evidence->when.epoch) / 3600.0;
    const std::string facts = "sent " + std::string(evidence->span ? "at least " : "") +
                              describe_elapsed(hours, days_only) + (hours < 12 && days_only ? " as " : " after ") + event + " on " +
                              describe_when(evidence->when) + " (from " + evidence->source + "; sent " +
                              describe_when(now) + " from " + s.now_source + ")";
    if (hours < 0) {
      sink.note(info(), std::string(event) + " on " + describe_when(evidence->when) + " (from " + evidence->source +
                            ") is after the message was sent (" + describe_when(now) + "); timing not checked");
      return;
    }
    if (error_later_.set && hours > error_later_.hours(ctx)) {
      ctx.report_message(sink, info(), info().message + ": " + facts + "; more than " +
                                           describe_elapsed(error_later_.hours(ctx), false) + " is late",
                         Severity::error);
    } else if (later_.set && hours > later_.hours(ctx)) {
      ctx.report_message(sink, info(), info().message + ": " + facts + "; aim for " +
                                           describe_elapsed(later_.hours(ctx), false) + " or less");
    } else if (sooner_.set && hours < sooner_.hours(ctx)) {
      ctx.report_message(sink, info(), info().message + ": " + facts + "; wait at least " +
                                           describe_elapsed(sooner_.hours(ctx), false));
    } else {
      sink.note(info(), facts);
    }
  }

 private:
  std::optional<Evidence> find_evidence(const Context& ctx, const Instant& now) const {
    const Settings& s = ctx.settings;
    if (since_ == Since::interview && s.interview) return Evidence{*s.interview, s.interview_source};
    if (since_ == Since::original_message) {
      if (s.original_message) return Evidence{*s.original_message, s.original_source};
      if (auto e = from_attribution(ctx.message, now)) return e;
    }
    return from_text(ctx, now);
  }

  // The first dated attribution line: the newest message of the quoted thread.
  static std::optional<Evidence> from_attribution(const Message& message, const Instant& now) {
    for (const Region& region : message.regions) {
      if (region.kind != RegionKind::attribution && region.kind != RegionKind::quoted) continue;
      const std::string_view text = region.range.in(message.body);
      std::size_t pos = 0;
      for (int lines = 0; pos < text.size() && lines < 12; ++lines) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), attribution_line())) continue;
        if (auto when = find_written_date(line, now.utc_offset_minutes))
          return Evidence{*when, region.kind == RegionKind::attribution ? "the attribution line" : "the quoted attribution line"};
      }
    }
    return std::nullopt;
  }

  // A day named in a sentence that speaks of the event.
  std::optional<Evidence> from_text(const Context& ctx, const Instant& now) const {
    const Document& doc = ctx.document;
    for (const TextRange& m : matcher_.find(doc.text(), doc.ranges(), &ctx.hits)) {
      const Sentence* sentence = doc.sentence_at(m.begin);
      if (!sentence) continue;
      const auto dates = find_relative_dates(doc.text(), sentence->range, now);
      if (dates.empty()) continue;
      // The day nearest the words about the event: "for meeting me yesterday,
      // after I wrote last week" is about yesterday.
      auto distance = [&](const RelativeDate& r) {
        return r.range.begin >= m.end ? r.range.begin - m.end : m.begin >= r.range.end ? m.begin - r.range.end : 0;
      };
      const RelativeDate& d = *std::min_element(dates.begin(), dates.end(), [&](const RelativeDate& a, const RelativeDate& b) {
        return distance(a) < distance(b);
      });
      return Evidence{d.day, "the text: \"" + std::string(d.range.in(doc.text())) + "\"", d.span};
    }
    return std::nullopt;
  }

  Since since_;
  TextMatcher matcher_;
  Limit later_, error_later_, sooner_;
};

Expected<Limit> read_limit(const RuleFields& fields, const std::string& key) {
  Limit limit;
  const YAML::Node node = fields.node(key);
  if (!node.IsDefined() || node.IsNull()) return limit;
  const std::string shape = "'" + key + "' must be a map such as {name: thank-you-warning-hours, hours: 24} or {name: follow-up-min-days, days: 3}";
  if (!node.IsMap() || !node["name"] || !node["name"].IsScalar()) return std::unexpected(fields.error_at(node, shape));
  limit.name = node["name"].Scalar();
  for (const auto& kv : node) {
    const std::string k = kv.first.Scalar();
    if (k == "name") continue;
    if (k != "hours" && k != "days") return std::unexpected(fields.error_at(kv.first, "unknown key '" + k + "' in " + key + " (name, hours or days)"));
    if (!kv.second.IsScalar() || !YAML::convert<double>::decode(kv.second, limit.value) || limit.value < 0)
      return std::unexpected(fields.error_at(kv.second, "'" + k + "' must be a number"));
    limit.hours_per_unit = k == "days" ? 24 : 1;
    limit.set = true;
  }
  if (!limit.set) return std::unexpected(fields.error_at(node, shape));
  return limit;
}

}  // namespace

Expected<std::unique_ptr<Rule>> make_timing_rule(RuleInfo info, const RuleFields& fields, PatternSet& set) {
  auto since_name = fields.string("since");
  if (!since_name) return std::unexpected(since_name.error());
  if (*since_name != "interview" && *since_name != "original-message")
    return std::unexpected(fields.error_at("since", "unknown 'since' value '" + *since_name + "' (interview or original-message)"));
  const Since since = *since_name == "interview" ? Since::interview : Since::original_message;
  auto matcher = TextMatcher::make(fields, set, TextMatcher::Search::sometimes);
  if (!matcher) return std::unexpected(matcher.error());
  auto later = read_limit(fields, "later-than");
  if (!later) return std::unexpected(later.error());
  auto error_later = read_limit(fields, "error-later-than");
  if (!error_later) return std::unexpected(error_later.error());
  auto sooner = read_limit(fields, "sooner-than");
  if (!sooner) return std::unexpected(sooner.error());
  if (!later->set && !error_later->set && !sooner->set)
    return std::unexpected(fields.error_at(fields.node("since"), "a timing rule needs 'later-than', 'error-later-than' or 'sooner-than'"));
  return std::make_unique<TimingRule>(std::move(info), since, std::move(*matcher), std::move(*later),
                                      std::move(*error_later), std::move(*sooner));
}

}  // namespace tactful::check

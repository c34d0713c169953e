// What a rule sees of one lint run (the message, its tokens, its kind, the
// settings that tune rules, the one-pass pattern hits) and where it reports.
// Settings are plain data filled by the engine from the config and command
// line; rules never read files or know about the front ends.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "message/message.h"
#include "message/message_kind.h"
#include "support/time.h"
#include "text/document.h"
#include "text/durations.h"

namespace tactful::check {

class PatternHits;
struct RuleInfo;

struct Settings {
  // Named limits ("max-words", "max-meeting-minutes"); per-kind values win over
  // the value for all kinds.
  std::map<std::string, double> limits;
  std::map<std::string, std::map<MessageKind, double>> kind_limits;
  std::vector<std::string> personal_words;
  std::string recipient;  // configured recipient name
  std::optional<Instant> now;                // when the message is sent
  std::optional<Instant> interview;          // when the interview was
  std::optional<Instant> original_message;   // the message a follow-up follows
  std::string now_source, interview_source, original_source;  // what each came from

  double limit(const std::string& name, MessageKind kind, double fallback) const {
    if (auto it = kind_limits.find(name); it != kind_limits.end())
      if (auto k = it->second.find(kind); k != it->second.end()) return k->second;
    if (auto it = limits.find(name); it != limits.end()) return it->second;
    return fallback;
  }
};

// Where rules report. Ranges are in Message::source bytes.
class Sink {
 public:
  virtual ~Sink() = default;
  // `severity` overrides the rule's own for this finding (a late thank-you
  // escalates from warning to error); a severity set in the config still wins.
  virtual void report(const RuleInfo& rule, TextRange source_range, std::string excerpt,
                      std::string message = {}, std::vector<Fix> fixes = {},
                      std::optional<Severity> severity = std::nullopt) = 0;
  // A fact a rule learned or could not learn ("no interview time was found"),
  // shown in JSON output; not a finding.
  virtual void note(const RuleInfo& rule, std::string text) = 0;
};

struct Context {
  const Message& message;
  const Document& document;
  MessageKind kind;
  const Settings& settings;
  const PatternHits& hits;

  // Reports a finding over body bytes, converting to source bytes and
  // dropping fixes where the body does not map exactly onto the source.
  void report_body(Sink& sink, const RuleInfo& rule, TextRange body_range, std::string message = {},
                   std::vector<Fix> body_fixes = {}) const {
    std::vector<Fix> fixes;
    if (message_map_exact())
      for (Fix& f : body_fixes) fixes.push_back({std::move(f.title), this->message.to_source(f.range), std::move(f.replacement)});
    sink.report(rule, this->message.to_source(body_range), std::string(body_range.in(this->message.body)),
                std::move(message), std::move(fixes));
  }
  // Reports a finding about the whole message (Subject line, else line 1).
  void report_message(Sink& sink, const RuleInfo& rule, std::string message = {},
                      std::optional<Severity> severity = std::nullopt) const {
    const TextRange anchor = this->message.whole_message_anchor();
    sink.report(rule, anchor, std::string(anchor.in(this->message.source)), std::move(message), {}, severity);
  }
  bool message_map_exact() const { return this->message.map.exact(); }

  // The body's lengths of time, found on first use: two rules read them, and
  // the scan is a pass over every word. (Filled before a lint shares its
  // rules out between two threads, engine/linter.cpp, so it needs no lock.)
  const std::vector<Duration>& durations() const {
    if (!durations_) durations_ = find_durations(document);
    return *durations_;
  }

  mutable std::optional<std::vector<Duration>> durations_ = std::nullopt;
};

}  // namespace tactful::check

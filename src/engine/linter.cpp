#include "engine/linter.h"

#include <algorithm>
#include <exception>
#include <iterator>
#include <mutex>
#include <system_error>

#include "engine/classify.h"
#include "support/spare_core.h"
#include "text/document.h"

namespace tactful::engine {
namespace {

class CollectingSink final : public check::Sink {
 public:
  CollectingSink(const Config& config, const Message& message, LintResult& result)
      : config_(config), message_(message), result_(result) {}

  void report(const check::RuleInfo& rule, TextRange range, std::string excerpt, std::string message,
              std::vector<Fix> fixes, std::optional<Severity> severity) override {
    Diagnostic d;
    d.rule = rule.id;
    d.severity = severity.value_or(rule.severity);
    if (auto it = config_.rules.find(rule.id); it != config_.rules.end() && it->second.severity)
      d.severity = *it->second.severity;
    d.guideline = rule.guideline;
    d.message = message.empty() ? rule.message : std::move(message);
    d.range = {std::min(range.begin, message_.source.size()), std::min(range.end, message_.source.size())};
    d.excerpt = std::move(excerpt);
    d.fixes = std::move(fixes);
    d.link = rule.link;
    result_.diagnostics.push_back(std::move(d));
  }
  void note(const check::RuleInfo& rule, std::string text) override {
    result_.notes.push_back(rule.id + ": " + std::move(text));
  }

 private:
  const Config& config_;
  const Message& message_;
  LintResult& result_;
};

// Times come from the command line, then the message, then the config.
check::Settings settings_for(const Message& message, const Config& config, const LintOptions& options) {
  check::Settings s = config.settings;
  // Each header's time parsed once.
  const auto header_time = [&](const char* name) -> std::optional<Instant> {
    const Header* h = message.header(name);
    return h ? parse_time(h->value) : std::nullopt;
  };
  if (options.now) {
    s.now = options.now;
    s.now_source = "--now";
  } else if (const auto date = header_time("Date")) {
    s.now = date;
    s.now_source = "the Date header";
  } else {
    s.now = now_instant();
    s.now_source = "the clock";
  }
  if (options.interview) {
    s.interview = options.interview;
    s.interview_source = "--interview-date";
  } else if (const auto interview = header_time("X-Interview-Date")) {
    s.interview = interview;
    s.interview_source = "X-Interview-Date";
  } else if (const auto configured = config.interview ? parse_time(*config.interview) : std::nullopt) {
    s.interview = configured;
    s.interview_source = "the config";
  }
  if (const auto original = header_time("X-Original-Date")) {
    s.original_message = original;
    s.original_source = "X-Original-Date";
  }
  if (const Header* h = message.header("X-Recipient"); h && !h->value.empty()) s.recipient = h->value;
  return s;
}

std::string_view longest_line(std::string_view text) {
  std::string_view longest = text.substr(0, 0);
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end - begin > longest.size()) longest = text.substr(begin, end - begin);
    begin = end + 1;
  }
  return longest;
}

// Runs `rules` on this thread and one more, which take them from either end
// until they meet. Each rule's findings and notes are kept apart and joined
// in rule order, so the result is the one a single thread gets. Without a
// thread to be had, this one runs them all.
void check_on_two_threads(const std::vector<const check::Rule*>& rules, const check::Context& context,
                          const Config& config, const Message& message, LintResult& result) {
  std::vector<LintResult> parts(rules.size());
  std::mutex mutex;
  std::size_t front = 0, back = rules.size();
  const auto run = [&](bool from_back) {
    for (;;) {
      std::size_t i = 0;
      {
        std::lock_guard lock(mutex);
        if (front == back) return;
        i = from_back ? --back : front++;
      }
      CollectingSink sink(config, message, parts[i]);
      rules[i]->check(context, sink);
    }
  };
  std::exception_ptr helper_failed;
  SpareCoreThread helper;  // on the other core at once, not queued behind this one
  try {
    helper = SpareCoreThread([&] {
      try {
        run(true);
      } catch (...) {  // out of memory, mostly: rethrown on the lint's own thread
        helper_failed = std::current_exception();
      }
    });
  } catch (const std::system_error&) {
  }
  try {
    run(false);
  } catch (...) {
    if (helper.joinable()) helper.join();
    throw;
  }
  if (helper.joinable()) helper.join();
  if (helper_failed) std::rethrow_exception(helper_failed);
  for (LintResult& part : parts) {
    std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(result.diagnostics));
    std::move(part.notes.begin(), part.notes.end(), std::back_inserter(result.notes));
  }
}

}  // namespace

LintResult Linter::lint(const Message& message, const Config& config, const LintOptions& options) const {
  LintResult result;
  if (options.kind) {
    result.kind = *options.kind;
    result.kind_source = "--kind";
  } else if (const Header* h = message.header("X-Tactful-Kind"); h && kind_from_string(h->value)) {
    result.kind = *kind_from_string(h->value);
    result.kind_source = "header";
  } else if (config.kind) {
    result.kind = *config.kind;
    result.kind_source = "config";
  } else {
    result.kind = classify(message);
    result.kind_source = "detected";
  }

  for (const InputNotice& notice : message.notices) {
    Diagnostic d;
    d.rule = kInputRuleId;
    d.severity = Severity::warning;
    d.message = notice.message;
    d.range = {std::min(notice.range.begin, message.source.size()), std::min(notice.range.end, message.source.size())};
    result.diagnostics.push_back(std::move(d));
  }

  // A line no person writes (minified HTML, a binary blob read as text) is
  // not linted: say so as an error instead, so that `gate` holds the message.
  const double max_line = config.settings.limit(kMaxLineLengthLimit, result.kind, kDefaultMaxLineLength);
  if (const auto long_line = longest_line(message.body); long_line.size() > max_line) {
    Diagnostic d;
    d.rule = kInputRuleId;
    d.severity = Severity::error;
    d.message = "a line of the text is " + std::to_string(long_line.size()) + " bytes long, over the limit of " +
                std::to_string(static_cast<long long>(max_line)) + " (" + kMaxLineLengthLimit +
                " in the config's limits); the rules were not run";
    const TextRange at = message.to_source({static_cast<std::size_t>(long_line.data() - message.body.data()),
                                            static_cast<std::size_t>(long_line.data() - message.body.data())});
    d.range = {std::min(at.begin, message.source.size()), std::min(at.begin, message.source.size())};
    result.diagnostics.push_back(std::move(d));
    return result;
  }

  const Document document = Document::of(message);
  const check::PatternHits hits = rules_->patterns().match(message.body, document.ranges(), options.relinted, result.kind);
  const check::Settings settings = settings_for(message, config, options);
  const check::Context context{message, document, result.kind, settings, hits};
  std::vector<const check::Rule*> active;
  for (const auto& rule : rules_->rules()) {
    const check::RuleInfo& info = rule->info();
    if (!info.applies_to(result.kind)) continue;
    if (auto it = config.rules.find(info.id); it != config.rules.end() && !it->second.enabled) continue;
    active.push_back(rule.get());
  }
  if (options.split_rules && active.size() > 1) {
    (void)context.durations();  // the one cache two rules share, filled before they can race for it
    check_on_two_threads(active, context, config, message, result);
  } else {
    CollectingSink sink(config, message, result);
    for (const check::Rule* rule : active) rule->check(context, sink);
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.range.begin < b.range.begin;
  });
  return result;
}

}  // namespace tactful::engine

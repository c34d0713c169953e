#include "cli/common_options.h"

#include <unistd.h>

#include <cstdlib>

namespace tactful::cli {

void add_common_options(CLI::App& command, CommonOptions& o) {
  command.add_option("--format", o.format, "output format: human, json or lsp")->capture_default_str();
  command.add_option("--kind", o.kind, "auto, outreach, follow-up or thank-you")->capture_default_str();
  command.add_option("--config", o.config, "configuration file (default: nearest .tactful.yaml)");
  command.add_option("--rules", o.rules, "load rules from this folder instead of the installed pack");
  command.add_option("--now", o.now, "when the message is sent (ISO 8601)");
  command.add_option("--interview-date", o.interview_date, "when the interview took place (ISO 8601)");
  command.add_option("--fail-on", o.fail_on, "lowest severity that makes the exit status 1: error, warning, suggestion, never")
      ->capture_default_str();
  command.add_flag("-q,--quiet", o.quiet, "print nothing; only the exit status speaks");
  command.add_option("--max-mime-parts", o.mime.max_parts, "MIME parts read from one message; the rest are skipped with a notice")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  command.add_option("--max-mime-depth", o.mime.max_depth, "levels of nested MIME parts read; deeper ones are skipped with a notice")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
}

Expected<Prepared> prepare(const CommonOptions& o, const std::string& argv0) {
  Prepared p;
  if (!report::make_reporter(o.format, std::cout, {})) return fail("unknown --format '" + o.format + "' (human, json or lsp)");
  if (o.kind != "auto") {
    p.lint.kind = kind_from_string(o.kind);
    if (!p.lint.kind) return fail("unknown --kind '" + o.kind + "' (auto, outreach, follow-up or thank-you)");
  }
  if (!o.now.empty()) {
    p.lint.now = parse_time(o.now);
    if (!p.lint.now) return fail("--now '" + o.now + "' is not an ISO 8601 time such as 2026-11-17T09:30-08:00");
  }
  if (!o.interview_date.empty()) {
    p.lint.interview = parse_time(o.interview_date);
    if (!p.lint.interview)
      return fail("--interview-date '" + o.interview_date + "' is not an ISO 8601 time such as 2026-11-16T14:00");
  }
  if (o.fail_on != "never") {
    p.fail_on = severity_from_string(o.fail_on);
    if (!p.fail_on) return fail("unknown --fail-on '" + o.fail_on + "' (error, warning, suggestion or never)");
  }
  std::optional<std::string> config;
  if (!o.config.empty()) {
    if (access(o.config.c_str(), R_OK) != 0) return fail("cannot read the config file", o.config);
    config = o.config;
  }
  const std::string pack = o.rules.empty() ? engine::default_rule_pack(argv0) : o.rules;
  p.workspace = std::make_unique<engine::Workspace>(std::vector<std::string>{pack}, config);
  return p;
}

bool fails(const engine::LintResult& result, std::optional<Severity> fail_on) {
  if (!fail_on) return false;
  for (const Diagnostic& d : result.diagnostics)
    if (static_cast<int>(d.severity) <= static_cast<int>(*fail_on)) return true;
  return false;
}

report::ReporterOptions reporter_options_for(int fd, bool summary_table) {
  report::ReporterOptions options;
  const char* no_color = std::getenv("NO_COLOR");
  options.color = isatty(fd) && !(no_color && *no_color);
  options.summary_table = summary_table;
  return options;
}

}  // namespace tactful::cli

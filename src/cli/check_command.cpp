#include "cli/check_command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "message/reader.h"

namespace tactful::cli {

CLI::App* add_check_command(CLI::App& app, CheckOptions& o) {
  CLI::App* check = app.add_subcommand("check", "lint messages: files, folders, mbox files, or - for standard input");
  add_common_options(*check, o.common);
  check->add_option("-j,--jobs", o.jobs, "workers (default: one per core)");
  check->add_option("--max-size", o.max_size_mib, "largest message to read, in MiB")->capture_default_str();
  check->add_option("paths", o.paths, "files or folders to lint (- for standard input)")->required();
  return check;
}

int run_check(const CheckOptions& o, const std::string& argv0) {
  auto prepared = prepare(o.common, argv0);
  if (!prepared) {
    std::cerr << "tactful: error: " << prepared.error().to_string() << "\n";
    return kExitFailure;
  }
  auto inputs = expand_inputs(o.paths);
  if (!inputs) {
    std::cerr << "tactful: error: " << inputs.error().to_string() << "\n";
    return kExitFailure;
  }
  std::ostringstream discard;
  auto reporter = report::make_reporter(o.common.format, o.common.quiet ? static_cast<std::ostream&>(discard) : std::cout,
                                        reporter_options_for(STDOUT_FILENO, true));
  report::Totals totals;
  int status = kExitClean;
  for (const std::string& path : *inputs) {
    auto bytes = read_input(path, o.max_size_mib << 20);
    if (!bytes) {
      std::cerr << "tactful: error: " << bytes.error().to_string() << "\n";
      status = kExitFailure;
      continue;
    }
    const std::string folder = path == "-" ? "." : std::filesystem::path(path).parent_path().string();
    auto setup = prepared->workspace->for_folder(folder.empty() ? "." : folder);
    if (!setup) {
      std::cerr << "tactful: error: " << setup.error().to_string() << "\n";
      return kExitFailure;
    }
    for (const Message& message : read_messages(path, std::move(*bytes))) {
      const engine::LintResult result = setup->linter->lint(message, *setup->config, prepared->lint);
      ++totals.messages;
      for (const Diagnostic& d : result.diagnostics) {
        if (d.severity == Severity::error) ++totals.errors;
        else if (d.severity == Severity::warning) ++totals.warnings;
        else ++totals.suggestions;
      }
      if (fails(result, prepared->fail_on) && status == kExitClean) status = kExitFindings;
      reporter->message(message, result);
    }
  }
  reporter->finish(totals);
  return status;
}

}  // namespace tactful::cli

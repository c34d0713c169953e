// tactful: argv -> one command. The one place that turns failures into exit
// statuses; commands return their own status for what they decide.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/check_command.h"
#include "cli/exit_codes.h"
#include "cli/gate_command.h"
#include "cli/lsp_command.h"
#include "cli/rules_command.h"

namespace {

// Ends a check without running the destructors of its static regexes and
// its rule pack, which the operating system reclaims faster (about half a
// millisecond of a cold start), and without waiting on the thread that may
// still be compiling regexes ahead for messages that will not come. What is
// written is flushed first. Under AddressSanitizer the process ends as
// usual, so that its leak check still runs.
#if defined(__SANITIZE_ADDRESS__)
#define TACTFUL_END_AS_USUAL 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TACTFUL_END_AS_USUAL 1
#endif
#endif
int end_now(int status) {
#ifdef TACTFUL_END_AS_USUAL
  return status;
#else
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  _exit(status);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  using namespace tactful::cli;
  // Mail clients put their own sendmail flags (-f ADDR, -B8BITMIME) before
  // gate's `--`, which CLI11 would reject: gate parses its argv itself.
  if (argc > 1 && std::string_view(argv[1]) == "gate")
    return run_gate(std::vector<std::string>(argv + 2, argv + argc), argv[0]);

  CLI::App app{"tactful: a linter for informational-interview e-mails (outreach, follow-up, thank-you)", "tactful"};
  app.set_version_flag("--version", "tactful 0.1.0");
  app.require_subcommand(1);

  CheckOptions check_options;
  RulesOptions rules_options;
  LspOptions lsp_options;
  CLI::App* check = add_check_command(app, check_options);
  CLI::App* rules = add_rules_command(app, rules_options);
  CLI::App* explain = add_explain_command(app, rules_options);
  app.add_subcommand("gate", "pre-send check for mail pipelines: tactful gate [OPTIONS] -- COMMAND [ARG...]; "
                             "see tactful gate --help");
  CLI::App* lsp = add_lsp_command(app, lsp_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitClean : kExitFailure;
  }
  const std::string argv0 = argv[0];
  try {
    if (check->parsed()) return end_now(run_check(check_options, argv0));
    if (rules->parsed()) return run_rules(rules_options, argv0);
    if (explain->parsed()) return run_explain(rules_options, argv0);
    if (lsp->parsed()) return run_lsp(lsp_options, argv0);
  } catch (const std::bad_alloc&) {
    std::cerr << "tactful: error: out of memory\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "tactful: internal error: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitFailure;
}

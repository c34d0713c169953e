#include "cli/gate_command.h"

#include <strings.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <variant>

#include "cli/command_feeder.h"
#include "cli/exit_codes.h"
#include "cli/malloc_tuning.h"
#include "engine/warm_up.h"
#include "message/reader.h"

namespace tactful::cli {
namespace {

// Gate's own options. Only long names: a mail client's sendmail flags are all
// single-dash, so the two sets cannot collide.
enum class Takes { nothing, value };
struct GateOption {
  const char* name;
  Takes takes;
};
constexpr GateOption kOptions[] = {
    {"--rules", Takes::value},  {"--config", Takes::value},         {"--kind", Takes::value},
    {"--fail-on", Takes::value}, {"--now", Takes::value},           {"--interview-date", Takes::value},
    {"--format", Takes::value}, {"--max-size", Takes::value},       {"--quiet", Takes::nothing},
    {"--max-mime-parts", Takes::value}, {"--max-mime-depth", Takes::value}, {"--help", Takes::nothing},
};

// sendmail flags whose value may come as the next word (`-f jane@x.org`,
// `-N failure`); with the value attached (`-B8BITMIME`) they are one word.
bool sendmail_flag_takes_next_word(const std::string& word) {
  return word.size() == 2 && word[0] == '-' && std::strchr("BCFLNORVXfhpr", word[1]) != nullptr;
}

Expected<std::monostate> set_option(GateOptions& o, const std::string& name, const std::string& value) {
  CommonOptions& c = o.common;
  if (name == "--rules") c.rules = value;
  else if (name == "--config") c.config = value;
  else if (name == "--kind") c.kind = value;
  else if (name == "--fail-on") c.fail_on = value;
  else if (name == "--now") c.now = value;
  else if (name == "--interview-date") c.interview_date = value;
  else if (name == "--format") c.format = value;
  else if (name == "--quiet") c.quiet = true;
  else if (name == "--help") o.help = true;
  else if (name == "--max-mime-parts" || name == "--max-mime-depth") {
    char* end = nullptr;
    errno = 0;
    const long n = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno != 0 || n < 1 || n > 1000000)
      return fail(name + " '" + value + "' is not a whole number from 1 to 1000000");
    (name == "--max-mime-parts" ? c.mime.max_parts : c.mime.max_depth) = static_cast<int>(n);
  } else if (name == "--max-size") {
    char* end = nullptr;
    errno = 0;
    const unsigned long long mib = std::strtoull(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno != 0 || mib == 0 || mib > (1ull << 20))
      return fail("--max-size '" + value + "' is not a size in MiB such as 50");
    o.max_size_mib = static_cast<std::size_t>(mib);
  }
  return std::monostate{};
}

// All of standard input, or an error; never a part of it.
Expected<std::string> read_standard_input(std::size_t max_bytes) {
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
    if (n == 0) return bytes;
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(std::string("cannot read the message from standard input: ") + std::strerror(errno));
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes)
      return fail("the message is larger than " + std::to_string(max_bytes >> 20) +
                  " MiB; raise --max-size to check it");
  }
}

bool env_says_skip() {
  const char* v = std::getenv("TACTFUL_SKIP");
  if (!v) return false;
  for (const char* yes : {"1", "yes", "true"})
    if (strcasecmp(v, yes) == 0) return true;
  return false;
}

bool header_says_skip(const Message& m) {
  const Header* h = m.header("X-Tactful");
  return h && strcasecmp(h->value.c_str(), "skip") == 0;
}

int cannot_check(const std::string& why) {
  std::cerr << "tactful gate: cannot check the message, so it was not sent: " << why << "\n";
  return kExitTempFail;
}

}  // namespace

Expected<GateOptions> parse_gate_args(const std::vector<std::string>& args) {
  GateOptions o;
  bool separator = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") {
      o.command.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
      separator = true;
      break;
    }
    if (word.starts_with("--")) {
      const std::size_t eq = word.find('=');
      const std::string name = word.substr(0, eq);
      const GateOption* option = nullptr;
      for (const GateOption& candidate : kOptions)
        if (name == candidate.name) option = &candidate;
      if (!option) return fail("unknown gate option '" + name + "'; `tactful gate --help` lists them");
      std::string value;
      if (option->takes == Takes::nothing) {
        if (eq != std::string::npos) return fail("gate option '" + name + "' takes no value");
      } else if (eq != std::string::npos) {
        value = word.substr(eq + 1);
      } else if (i + 1 < args.size() && args[i + 1] != "--") {
        value = args[++i];
      } else {
        return fail("gate option '" + name + "' needs a value");
      }
      if (auto set = set_option(o, name, value); !set) return std::unexpected(set.error());
      continue;
    }
    if (word.size() > 1 && word[0] == '-') {
      o.sendmail_flags.push_back(word);
      if (sendmail_flag_takes_next_word(word) && i + 1 < args.size() && args[i + 1] != "--")
        o.sendmail_flags.push_back(args[++i]);
      continue;
    }
    return fail("unexpected '" + word + "' before '--'; write `tactful gate [OPTIONS] -- COMMAND [ARG...]`");
  }
  if (o.help) return o;
  if (!separator || o.command.empty())
    return fail("no command to pass the message on to; write `tactful gate [OPTIONS] -- COMMAND [ARG...]`");
  return o;
}

std::vector<std::string> gate_command_line(const GateOptions& o) {
  std::vector<std::string> argv;
  if (o.command.empty()) return argv;
  argv.push_back(o.command.front());
  argv.insert(argv.end(), o.sendmail_flags.begin(), o.sendmail_flags.end());
  argv.insert(argv.end(), o.command.begin() + 1, o.command.end());
  return argv;
}

std::string gate_usage() {
  return R"(Usage: tactful gate [OPTIONS] -- COMMAND [ARG...]

Reads one message on standard input and lints it. If nothing reaches
--fail-on, runs COMMAND with exactly the same bytes on its standard input and
exits with its status. Otherwise prints the report on standard error, does not
run COMMAND, and exits 1.

Words before `--` that are not gate options (sendmail flags such as
-B8BITMIME, -f ADDR, -N DSN, -R RET, -oi, inserted by mail clients) are passed
on to COMMAND, in order, right after its name.

Options (long names only):
  --rules DIR           load rules from DIR instead of the installed pack
  --config FILE         configuration file (default: nearest .tactful.yaml)
  --kind KIND           auto, outreach, follow-up or thank-you
  --fail-on SEVERITY    error (default), warning, suggestion or never
  --now TIME            when the message is sent (ISO 8601)
  --interview-date TIME when the interview took place (ISO 8601)
  --format FORMAT       report format on standard error: human, json or lsp
  --max-size MIB        largest message to accept (default 50)
  --max-mime-parts N    MIME parts read from the message (default 1000)
  --max-mime-depth N    levels of nested MIME parts read (default 32)
  --quiet               print no findings; only the exit status speaks
  --help                this text

To send a message unchecked on purpose: the header `X-Tactful: skip` (it is
kept in the message: gate never changes a byte), or TACTFUL_SKIP=1 in the
environment.

Exit status: COMMAND's; 1 blocked; 2 bad usage; 69 COMMAND could not be
started; 75 the message could not be checked (rules or config do not load,
unreadable input, too large). Nothing is sent in any of these cases.
)";
}

int run_gate(const std::vector<std::string>& args, const std::string& argv0) {
  auto parsed = parse_gate_args(args);
  if (!parsed) {
    std::cerr << "tactful gate: error: " << parsed.error().to_string() << "\n";
    return kExitFailure;
  }
  const GateOptions& o = *parsed;
  if (o.help) {
    std::cout << gate_usage();
    return kExitClean;
  }
  tune_malloc(1);  // one message, linted as `check` lints one
  const engine::WarmUp warm_up;

  auto bytes = read_standard_input(o.max_size_mib << 20);
  if (!bytes) return cannot_check(bytes.error().to_string());

  bool skip = env_says_skip();
  const char* skip_reason = "TACTFUL_SKIP is set";
  try {
    if (!skip) {
      // Usually one message; an mbox "From " line in front (some filters add
      // one) is split off as `check` would, and every message in it must pass.
      std::vector<Message> messages;
      for (InputEntry& entry : split_input("message", *bytes))
        messages.push_back(read_message(std::move(entry.path), entry.take_bytes(), entry.first_line, o.common.mime));
      if (!messages.empty() && header_says_skip(messages.front())) {
        skip = true;
        skip_reason = "the message has the header X-Tactful: skip";
      } else {
        auto prepared = prepare(o.common, argv0);
        if (!prepared) return cannot_check(prepared.error().to_string());
        auto setup = prepared->workspace->for_folder(".");
        if (!setup) return cannot_check(setup.error().to_string());
        std::unique_ptr<report::Reporter> reporter;
        if (!o.common.quiet)
          reporter = report::make_reporter(o.common.format, std::cerr, reporter_options_for(STDERR_FILENO, false));
        report::Totals totals;
        bool blocked = false;
        prepared->lint.split_rules = messages.size() == 1;  // as check does for one message
        for (const Message& message : messages) {
          const engine::LintResult result = setup->linter->lint(message, *setup->config, prepared->lint);
          blocked = blocked || fails(result, prepared->fail_on);
          ++totals.messages;
          for (const Diagnostic& d : result.diagnostics)
            ++(d.severity == Severity::error     ? totals.errors
               : d.severity == Severity::warning ? totals.warnings
                                                 : totals.suggestions);
          if (reporter) reporter->message(message, result);
        }
        if (reporter && totals.errors + totals.warnings + totals.suggestions > 0) reporter->finish(totals);
        if (blocked) {
          if (!o.common.quiet)
            std::cerr << "tactful gate: the message was NOT sent. Fix it, or send it anyway with the header "
                         "`X-Tactful: skip` or TACTFUL_SKIP=1.\n";
          return kExitFindings;
        }
      }
    }
  } catch (const std::bad_alloc&) {
    return cannot_check("out of memory");
  } catch (const std::exception& e) {
    return cannot_check(std::string("internal error: ") + e.what());
  }
  if (skip && !o.common.quiet) std::cerr << "tactful gate: sending unchecked: " << skip_reason << ".\n";

  const std::vector<std::string> argv = gate_command_line(o);
  const FeedResult fed = feed_command(argv, *bytes);
  if (!fed.started) {
    std::cerr << "tactful gate: cannot run '" << argv.front() << "': " << std::strerror(fed.start_errno)
              << "; the message was not sent.\n";
    return kExitUnavailable;
  }
  if (fed.aborted) {
    std::cerr << "tactful gate: writing to '" << argv.front()
              << "' failed, so it was stopped before it could send a partial message.\n";
    return kExitTempFail;
  }
  if (fed.written < bytes->size())
    std::cerr << "tactful gate: warning: '" << argv.front() << "' read only " << fed.written << " of "
              << bytes->size() << " bytes before it closed its input (exit status " << fed.status << ").\n";
  return fed.status;
}

}  // namespace tactful::cli

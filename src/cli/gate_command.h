// `tactful gate [OPTIONS] -- COMMAND [ARG...]`: a pre-send check for mail
// pipelines. Reads one whole message from standard input, lints it, and only
// if it passes runs COMMAND with exactly those bytes on its standard input.
//
// Mail clients (NeoMutt, Mutt, git send-email) split their sendmail command
// on blanks and insert sendmail flags (-B8BITMIME, -f ADDR, -N DSN, -R RET)
// before the first `--`. So gate parses its own argv instead of CLI11: its own
// options are long `--name[=VALUE]` ones, every other word before `--` is a
// sendmail flag, passed on to COMMAND in order, right after COMMAND's name.
//
// Knows nothing of how findings are made; calls the engine through prepare().
#pragma once

#include <string>
#include <vector>

#include "cli/common_options.h"
#include "support/error.h"

namespace tactful::cli {

struct GateOptions {
  CommonOptions common;
  std::size_t max_size_mib = 50;            // a message with attachments can be large
  std::vector<std::string> sendmail_flags;  // words before `--` that are not gate options
  std::vector<std::string> command;         // COMMAND [ARG...]
  bool help = false;
};

// `args` are the words after `gate`.
Expected<GateOptions> parse_gate_args(const std::vector<std::string>& args);
// The argv COMMAND is run with: its name, the sendmail flags, its own arguments.
std::vector<std::string> gate_command_line(const GateOptions& options);
std::string gate_usage();

// The whole subcommand; `args` are the words after `gate`. Returns the exit
// status: COMMAND's, or 1 (blocked), 2 (bad usage), 69 (COMMAND did not
// start), 75 (could not check).
int run_gate(const std::vector<std::string>& args, const std::string& argv0);

}  // namespace tactful::cli

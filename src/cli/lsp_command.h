// `tactful lsp`: the language server on standard input and output. Exit
// status 0 after `shutdown` then `exit`, 1 for an `exit` (or end of input)
// without `shutdown`, as the protocol asks; 2 for bad options.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace tactful::cli {

struct LspOptions {
  std::string rules;
  std::string config;
  bool stdio = true;  // vscode-languageclient passes --stdio; it is the only transport
  std::size_t max_message_mib = 16;  // larger frames are answered with an error and skipped
};

CLI::App* add_lsp_command(CLI::App& app, LspOptions& options);
int run_lsp(const LspOptions& options, const std::string& argv0);

}  // namespace tactful::cli

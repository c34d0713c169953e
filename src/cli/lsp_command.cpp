#include "cli/lsp_command.h"

#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/exit_codes.h"
#include "engine/warm_up.h"
#include "engine/workspace.h"
#include "lsp/transport.h"
#include "server/lsp_server.h"
#include "server/session.h"

namespace tactful::cli {

CLI::App* add_lsp_command(CLI::App& app, LspOptions& o) {
  CLI::App* lsp = app.add_subcommand("lsp", "run the language server on standard input/output");
  lsp->add_option("--rules", o.rules, "load rules from this folder instead of the installed pack");
  lsp->add_option("--config", o.config, "configuration file when the editor names none (default: nearest .tactful.yaml)");
  lsp->add_option("--max-message-size", o.max_message_mib, "largest LSP message to accept, in MiB")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{1024}));
  lsp->add_flag("--stdio", o.stdio, "talk over standard input/output (the default and only transport)");
  return lsp;
}

int run_lsp(const LspOptions& o, const std::string& argv0) {
  if (!o.config.empty() && access(o.config.c_str(), R_OK) != 0) {
    std::cerr << "tactful: error: " << o.config << ": cannot read the config file\n";
    return kExitFailure;
  }
  // A client that goes away must end the server through a failed write, not SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  const engine::WarmUp warm_up;
  server::ServerOptions options;
  options.pack_folders = {o.rules.empty() ? engine::default_rule_pack(argv0) : o.rules};
  if (!o.config.empty()) options.config = o.config;
  auto transport = std::make_shared<lsp::Transport>(lsp::fd_source(STDIN_FILENO), lsp::fd_sink(STDOUT_FILENO),
                                                    o.max_message_mib << 20);
  server::LspServer server(std::move(options), [transport](const lsp::json& message) {
    return transport->write(lsp::dump(message));
  });
  return server::serve(transport, server);
}

}  // namespace tactful::cli

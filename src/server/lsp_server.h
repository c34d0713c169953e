// The language server: a table of LSP method handlers over the open documents.
// It lints each buffer through engine::Workspace and engine::Linter (the same
// facade as `tactful check`, never a second code path), converts findings with
// lsp::to_lsp_diagnostic, and answers code actions, hover, pull diagnostics
// and the tactful.addWord / tactful.disableRule commands. It knows nothing of
// byte streams or threads: session.h feeds it parsed messages one at a time,
// and it hands every outgoing message to a `send` callback.
//
// Diagnostics are pushed (textDocument/publishDiagnostics) after every change,
// unless the client said it pulls them (textDocument/diagnostic): VS Code
// shows pushed and pulled diagnostics side by side, so doing both would show
// each finding twice. Pull clients get workspace/diagnostic/refresh instead
// when the configuration changes.
#pragma once

#include <chrono>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/workspace.h"
#include "lsp/convert.h"
#include "lsp/protocol.h"
#include "server/document_store.h"

namespace tactful::server {

struct ServerOptions {
  std::vector<std::string> pack_folders;  // the rule pack (installed, or --rules)
  std::optional<std::string> config;      // --config: used when the client names none
  std::string version = "0.1.0";
};

struct RpcError {
  lsp::ErrorCode code;
  std::string message;
};
using Reply = std::expected<lsp::json, RpcError>;

class LspServer {
 public:
  // Returns false when the client can no longer be written to.
  using Send = std::function<bool(const lsp::json& message)>;

  LspServer(ServerOptions options, Send send);

  // One message from the client: a request, a notification or a response.
  void handle(const lsp::json& message);
  // A frame that could not be read or was not JSON: answered with id null.
  void handle_bad_frame(lsp::ErrorCode code, const std::string& problem);
  // The input ended: like `exit`.
  void handle_end_of_input();
  void log_warning(const std::string& text);

  // Set by the session: true if a request with this id was cancelled before it
  // was handled (it is then answered with RequestCancelled).
  void set_cancel_probe(std::function<bool(const lsp::json& id)> probe) { cancelled_ = std::move(probe); }
  // Set by the session: true if a later didChange for this URI is already
  // waiting, so linting the current text would be wasted work.
  void set_pending_change_probe(std::function<bool(const std::string& uri)> probe) { change_pending_ = std::move(probe); }

  bool exited() const { return exited_; }
  int exit_code() const { return exit_code_; }
  lsp::PositionEncoding encoding() const { return encoding_; }

 private:
  struct MethodRow;
  static const std::vector<MethodRow>& methods();
  void dispatch(const lsp::json& message);

  // Lifecycle.
  Reply initialize(const lsp::json& params);
  Reply shutdown(const lsp::json& params);
  void initialized(const lsp::json& params);
  void exit(const lsp::json& params);
  void cancel_request(const lsp::json& params);
  // Document sync.
  void did_open(const lsp::json& params);
  void did_change(const lsp::json& params);
  void did_close(const lsp::json& params);
  void did_save(const lsp::json& params);
  void did_change_configuration(const lsp::json& params);
  // Features.
  Reply code_action(const lsp::json& params);
  Reply hover(const lsp::json& params);
  Reply pull_diagnostics(const lsp::json& params);
  Reply execute_command(const lsp::json& params);

  struct LintState {
    engine::Setup setup;                 // what linted it (rules for hover and actions)
    std::vector<Diagnostic> diagnostics;  // byte ranges into the document text
    lsp::json lsp_diagnostics = lsp::json::array();
  };

  void send(const lsp::json& message);
  void log(int type, const std::string& text);
  void apply_settings(const lsp::ServerSettings& settings);
  std::string folder_of(const OpenDocument& document) const;
  void refresh_config_stamp(const std::string& folder);
  LintState& lint(const OpenDocument& document);
  LintState& fresh_lint(const OpenDocument& document);
  void publish(const OpenDocument& document);
  void publish_owed();
  void relint_all();
  Expected<std::string> config_file_for(const lsp::json& argument);

  ServerOptions options_;
  Send send_;
  std::function<bool(const lsp::json&)> cancelled_ = [](const lsp::json&) { return false; };
  std::function<bool(const std::string&)> change_pending_ = [](const std::string&) { return false; };

  bool initialize_seen_ = false;
  bool shutdown_seen_ = false;
  bool exited_ = false;
  int exit_code_ = 1;
  lsp::PositionEncoding encoding_ = lsp::PositionEncoding::utf16;
  bool pull_client_ = false;
  bool refresh_support_ = false;
  int next_request_id_ = 1;
  std::string root_folder_;

  std::optional<std::string> config_setting_;  // from the client; overrides options_.config
  std::optional<MessageKind> kind_;
  std::unique_ptr<engine::Workspace> workspace_;
  std::map<std::string, std::string> config_stamps_;  // folder -> "path@mtime"
  // Setups that failed to load, by folder: retried when the config changes or
  // a few seconds later, not on every keystroke (loading takes ~100 ms).
  struct Failure {
    Error error;
    std::chrono::steady_clock::time_point when;
  };
  std::map<std::string, Failure> failed_setups_;

  DocumentStore documents_;
  std::map<std::string, LintState> lints_;  // by URI
  std::set<std::string> dirty_;             // changed since their last lint
  std::set<std::string> unpublished_;       // pushes put off while a newer change waited
  std::string last_uri_;                    // the document touched last
};

}  // namespace tactful::server

#include "server/lsp_server.h"

#include <strings.h>
#include <sys/stat.h>

#include <filesystem>

#include "engine/config.h"
#include "message/reader.h"
#include "server/code_actions.h"
#include "server/config_editor.h"

namespace tactful::server {
namespace {

namespace fs = std::filesystem;
using lsp::json;

// Documents over this size are not linted (the CLI's default --max-size).
constexpr std::size_t kMaxLintBytes = std::size_t{10} << 20;
constexpr auto kRetryFailedSetup = std::chrono::seconds(3);
constexpr int kLogWarning = 2;
constexpr int kLogInfo = 3;

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         strncasecmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

// Mail, plain text and Markdown: by language id, by extension, or by the
// names mutt, neomutt and aerc give their temporary files.
bool understood(const OpenDocument& d) {
  for (const char* id : {"mail", "plaintext", "markdown", "text", "eml", "email"})
    if (d.language_id == id) return true;
  const std::string name = fs::path(d.path.empty() ? d.uri : d.path).filename().string();
  for (const char* ext : {".eml", ".txt", ".md", ".markdown", ".msg"})
    if (has_suffix(name, ext)) return true;
  for (const char* prefix : {"mutt-", "neomutt-", "aerc-"})
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

// The name the message reader sees: it picks MIME or a plain draft by it.
std::string reader_path(const OpenDocument& d) {
  std::string path = d.path.empty() ? "untitled" : d.path;
  const bool known_ext = has_suffix(path, ".eml") || has_suffix(path, ".txt") || has_suffix(path, ".md") ||
                         has_suffix(path, ".msg");
  if (!known_ext && d.language_id == "markdown") path += ".md";
  if (!known_ext && (d.language_id == "plaintext" || d.language_id == "text")) path += ".txt";
  return path;
}

std::string mtime_stamp(const std::string& path) {
  if (path.empty()) return "-";
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return path + "@missing";
  return path + "@" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + ":" +
         std::to_string(st.st_size);
}

Diagnostic problem_diagnostic(const std::string& rule, const std::string& message) {
  Diagnostic d;
  d.rule = rule;
  d.severity = Severity::warning;
  d.message = message;
  d.range = {0, 0};
  return d;
}

template <class T>
Expected<T> params_as(const json& params) {
  return lsp::parse<T>(params);
}

std::string argument_string(const json& arguments, const char* key) {
  if (!arguments.is_array() || arguments.empty()) return {};
  const json& first = arguments.front();
  if (first.is_string()) return first.get<std::string>();
  if (first.is_object())
    if (auto it = first.find(key); it != first.end() && it->is_string()) return it->get<std::string>();
  return {};
}

}  // namespace

struct LspServer::MethodRow {
  std::string_view method;
  Reply (LspServer::*request)(const json&);
  void (LspServer::*notification)(const json&);
};

// THE table of what the server implements; `initialize` advertises these.
const std::vector<LspServer::MethodRow>& LspServer::methods() {
  static const std::vector<MethodRow> rows = {
      {"initialize", &LspServer::initialize, nullptr},
      {"shutdown", &LspServer::shutdown, nullptr},
      {"textDocument/codeAction", &LspServer::code_action, nullptr},
      {"textDocument/hover", &LspServer::hover, nullptr},
      {"textDocument/diagnostic", &LspServer::pull_diagnostics, nullptr},
      {"workspace/executeCommand", &LspServer::execute_command, nullptr},
      {"initialized", nullptr, &LspServer::initialized},
      {"exit", nullptr, &LspServer::exit},
      {"$/cancelRequest", nullptr, &LspServer::cancel_request},
      {"textDocument/didOpen", nullptr, &LspServer::did_open},
      {"textDocument/didChange", nullptr, &LspServer::did_change},
      {"textDocument/didClose", nullptr, &LspServer::did_close},
      {"textDocument/didSave", nullptr, &LspServer::did_save},
      {"workspace/didChangeConfiguration", nullptr, &LspServer::did_change_configuration},
  };
  return rows;
}

LspServer::LspServer(ServerOptions options, Send send) : options_(std::move(options)), send_(std::move(send)) {
  workspace_ = std::make_unique<engine::Workspace>(options_.pack_folders, options_.config);
}

void LspServer::send(const json& message) {
  if (!send_(message)) {
    // The client is gone: nothing more can be said to it.
    exited_ = true;
    exit_code_ = 1;
  }
}

void LspServer::log(int type, const std::string& text) {
  send(lsp::make_notification("window/logMessage", {{"type", type}, {"message", "tactful: " + text}}));
}

void LspServer::log_warning(const std::string& text) { log(kLogWarning, text); }

void LspServer::handle_bad_frame(lsp::ErrorCode code, const std::string& problem) {
  send(lsp::make_error(nullptr, code, problem));
}

void LspServer::handle_end_of_input() {
  exited_ = true;
  exit_code_ = shutdown_seen_ ? 0 : 1;
}

void LspServer::handle(const json& message) {
  dispatch(message);
  publish_owed();
}

void LspServer::dispatch(const json& message) {
  if (!message.is_object()) {
    send(lsp::make_error(nullptr, lsp::ErrorCode::invalid_request, "a JSON-RPC message must be an object"));
    return;
  }
  const auto method_it = message.find("method");
  const auto id_it = message.find("id");
  const bool has_id = id_it != message.end();
  // Errors about the message itself echo its id only when it is a valid one.
  const json reply_id = has_id && (id_it->is_string() || id_it->is_number_integer()) ? *id_it : json(nullptr);
  if (method_it == message.end()) {
    if (has_id && (message.contains("result") || message.contains("error"))) return;  // a reply to our request
    send(lsp::make_error(reply_id, lsp::ErrorCode::invalid_request, "a message without a method"));
    return;
  }
  if (!method_it->is_string()) {
    send(lsp::make_error(reply_id, lsp::ErrorCode::invalid_request, "'method' must be a string"));
    return;
  }
  const std::string method = method_it->get<std::string>();
  const json params = message.value("params", json::object());
  const MethodRow* row = nullptr;
  for (const MethodRow& r : methods())
    if (r.method == method) row = &r;

  if (!has_id) {  // a notification: never answered
    if (!row || !row->notification) return;  // unknown ones (and $/ ones) are ignored
    if (!initialize_seen_ && method != "exit") return;
    if (shutdown_seen_ && method != "exit") return;
    try {
      (this->*row->notification)(params);
    } catch (const std::exception& e) {
      log_warning(method + " failed: " + e.what());
    }
    return;
  }

  const json id = *id_it;
  if (!id.is_string() && !id.is_number_integer()) {
    send(lsp::make_error(nullptr, lsp::ErrorCode::invalid_request, "'id' must be an integer or a string"));
    return;
  }
  if (cancelled_(id)) {
    send(lsp::make_error(id, lsp::ErrorCode::request_cancelled, "cancelled"));
    return;
  }
  if (!initialize_seen_ && method != "initialize") {
    send(lsp::make_error(id, lsp::ErrorCode::server_not_initialized, "the server is not initialized yet"));
    return;
  }
  if (shutdown_seen_) {
    send(lsp::make_error(id, lsp::ErrorCode::invalid_request, "the server is shutting down"));
    return;
  }
  if (!row || !row->request) {
    send(lsp::make_error(id, lsp::ErrorCode::method_not_found, "tactful does not implement " + method));
    return;
  }
  Reply reply;
  try {
    reply = (this->*row->request)(params);
  } catch (const std::exception& e) {
    reply = std::unexpected(RpcError{lsp::ErrorCode::internal_error, method + " failed: " + e.what()});
  }
  if (reply) send(lsp::make_response(id, std::move(*reply)));
  else send(lsp::make_error(id, reply.error().code, reply.error().message));
}

// --- lifecycle -------------------------------------------------------------

Reply LspServer::initialize(const json& params) {
  if (initialize_seen_) return std::unexpected(RpcError{lsp::ErrorCode::invalid_request, "initialize was already sent"});
  auto p = params_as<lsp::InitializeParams>(params);
  if (!p) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, p.error().message});
  initialize_seen_ = true;
  // utf-8 and utf-32 spare us the UTF-16 conversion; take them when offered.
  encoding_ = lsp::PositionEncoding::utf16;
  for (const char* preferred : {"utf-8", "utf-32"}) {
    if (std::find(p->position_encodings.begin(), p->position_encodings.end(), preferred) != p->position_encodings.end()) {
      encoding_ = *lsp::position_encoding_from_string(preferred);
      break;
    }
  }
  pull_client_ = p->pull_diagnostics;
  refresh_support_ = p->diagnostic_refresh;
  if (p->root_uri) root_folder_ = lsp::uri_to_path(*p->root_uri);
  apply_settings(p->settings);

  json commands = json::array({kAddWordCommand, kDisableRuleCommand});
  json capabilities = {
      {"positionEncoding", lsp::to_string(encoding_)},
      {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
      {"hoverProvider", true},
      {"executeCommandProvider", {{"commands", commands}}},
      {"diagnosticProvider", {{"identifier", "tactful"}, {"interFileDependencies", false}, {"workspaceDiagnostics", false}}},
  };
  return json{{"capabilities", capabilities}, {"serverInfo", {{"name", "tactful"}, {"version", options_.version}}}};
}

Reply LspServer::shutdown(const json&) {
  shutdown_seen_ = true;
  return json(nullptr);
}

void LspServer::initialized(const json&) {}

void LspServer::exit(const json&) {
  exited_ = true;
  exit_code_ = shutdown_seen_ ? 0 : 1;
}

// The session answers cancelled requests that are still queued; one that
// already ran has been answered, so there is nothing left to do here.
void LspServer::cancel_request(const json&) {}

// --- configuration ---------------------------------------------------------

void LspServer::apply_settings(const lsp::ServerSettings& settings) {
  bool changed = false;
  if (settings.config) {
    std::optional<std::string> config;
    if (!settings.config->empty()) {
      fs::path path = *settings.config;
      if (path.is_relative() && !root_folder_.empty()) path = fs::path(root_folder_) / path;
      config = path.lexically_normal().string();
    }
    if (config != config_setting_) {
      config_setting_ = config;
      changed = true;
    }
  }
  if (settings.kind) {
    std::optional<MessageKind> kind;
    if (*settings.kind != "auto" && !settings.kind->empty()) {
      kind = kind_from_string(*settings.kind);
      if (!kind) log_warning("unknown kind '" + *settings.kind + "' (auto, outreach, follow-up, thank-you); using auto");
    }
    if (kind != kind_) {
      kind_ = kind;
      changed = true;
    }
  }
  if (changed || !workspace_) {
    workspace_ = std::make_unique<engine::Workspace>(options_.pack_folders,
                                                     config_setting_ ? config_setting_ : options_.config);
    config_stamps_.clear();
    failed_setups_.clear();
  }
}

void LspServer::did_change_configuration(const json& params) {
  auto p = params_as<lsp::DidChangeConfigurationParams>(params);
  if (!p) {
    log_warning("ignored workspace/didChangeConfiguration: " + p.error().message);
    return;
  }
  if (!p->settings) return;  // no `tactful` section: nothing of ours changed
  const auto old_config = config_setting_;
  const auto old_kind = kind_;
  apply_settings(*p->settings);
  if (old_config != config_setting_ || old_kind != kind_) relint_all();
}

// The config that governs `folder` now; a different file, or the same file
// changed on disk, makes the workspace forget what it cached.
void LspServer::refresh_config_stamp(const std::string& folder) {
  const std::optional<std::string>& explicit_config = config_setting_ ? config_setting_ : options_.config;
  const std::string path = explicit_config ? *explicit_config : engine::find_config(folder);
  const std::string stamp = mtime_stamp(path);
  auto [it, inserted] = config_stamps_.try_emplace(folder, stamp);
  if (!inserted && it->second != stamp) {
    workspace_->invalidate();
    failed_setups_.clear();
    config_stamps_.clear();
    config_stamps_[folder] = stamp;
  }
}

std::string LspServer::folder_of(const OpenDocument& document) const {
  if (!document.path.empty()) return fs::path(document.path).parent_path().string();
  if (!root_folder_.empty()) return root_folder_;
  return ".";
}

// --- linting ---------------------------------------------------------------

LspServer::LintState& LspServer::lint(const OpenDocument& document) {
  LintState& state = lints_[document.uri];
  dirty_.erase(document.uri);
  state.diagnostics.clear();
  state.lsp_diagnostics = json::array();
  if (!understood(document)) return state;

  const std::string folder = folder_of(document);
  if (document.text.size() > kMaxLintBytes) {
    state.diagnostics.push_back(problem_diagnostic(
        engine::kInputRuleId, "This document is over " + std::to_string(kMaxLintBytes >> 20) + " MiB; tactful does not check it."));
  } else {
    refresh_config_stamp(folder);
    Expected<engine::Setup> setup = fail("");
    const auto failed = failed_setups_.find(folder);
    if (failed != failed_setups_.end() && std::chrono::steady_clock::now() - failed->second.when < kRetryFailedSetup) {
      setup = std::unexpected(failed->second.error);
    } else {
      setup = workspace_->for_folder(folder);
      if (setup) failed_setups_.erase(folder);
      else failed_setups_[folder] = {setup.error(), std::chrono::steady_clock::now()};
    }
    if (!setup) {
      state.setup = {};
      state.diagnostics.push_back(problem_diagnostic("config", "tactful could not load its configuration: " + setup.error().to_string()));
    } else {
      state.setup = *setup;
      const Message message = read_message(reader_path(document), document.text);
      engine::LintOptions options;
      options.kind = kind_;
      options.relinted = true;
      state.diagnostics = setup->linter->lint(message, *setup->config, options).diagnostics;
    }
  }
  const LineIndex index(document.text);
  for (const Diagnostic& d : state.diagnostics) state.lsp_diagnostics.push_back(lsp::to_lsp_diagnostic(d, index, encoding_));
  return state;
}

LspServer::LintState& LspServer::fresh_lint(const OpenDocument& document) {
  auto it = lints_.find(document.uri);
  if (it == lints_.end() || dirty_.contains(document.uri)) return lint(document);
  return it->second;
}

void LspServer::publish(const OpenDocument& document) {
  if (change_pending_(document.uri)) {
    dirty_.insert(document.uri);        // the next change will lint and publish
    unpublished_.insert(document.uri);  // ... or publish_owed will
    return;
  }
  unpublished_.erase(document.uri);
  if (pull_client_) {
    dirty_.insert(document.uri);  // linted when the client pulls
    return;
  }
  const LintState& state = lint(document);
  lsp::PublishDiagnosticsParams p{document.uri, document.version, state.lsp_diagnostics};
  send(lsp::make_notification("textDocument/publishDiagnostics", p));
}

// A push put off because a newer change waited is owed until that change
// publishes. It may never: it can turn out malformed or be refused, and a
// request in between lints the text without pushing. So once nothing newer
// waits, the push is made here, or the client keeps the diagnostics of an
// older text.
void LspServer::publish_owed() {
  if (unpublished_.empty() || shutdown_seen_ || exited_) return;
  for (const std::string& uri : std::vector<std::string>(unpublished_.begin(), unpublished_.end())) {
    if (change_pending_(uri)) continue;
    unpublished_.erase(uri);
    if (const OpenDocument* d = documents_.find(uri)) publish(*d);
  }
}

void LspServer::relint_all() {
  for (const auto& [uri, document] : documents_.all()) publish(document);
  if (pull_client_ && refresh_support_)
    send(lsp::make_request("tactful-refresh-" + std::to_string(next_request_id_++), "workspace/diagnostic/refresh", nullptr));
}

// --- document sync ---------------------------------------------------------

void LspServer::did_open(const json& params) {
  auto p = params_as<lsp::DidOpenTextDocumentParams>(params);
  if (!p) {
    log_warning("ignored textDocument/didOpen: " + p.error().message);
    return;
  }
  if (p->text_document.text.size() > DocumentStore::kMaxDocument) {
    log_warning("ignored a document over the size cap: " + p->text_document.uri);
    return;
  }
  documents_.open(p->text_document);
  last_uri_ = p->text_document.uri;
  publish(*documents_.find(p->text_document.uri));
}

void LspServer::did_change(const json& params) {
  auto p = params_as<lsp::DidChangeTextDocumentParams>(params);
  if (!p) {
    log_warning("ignored textDocument/didChange: " + p.error().message);
    return;
  }
  for (const std::string& w : documents_.change(p->uri, p->version, p->content_changes, encoding_)) log_warning(w);
  if (OpenDocument* d = documents_.find(p->uri)) {
    last_uri_ = p->uri;
    dirty_.insert(p->uri);
    publish(*d);
  }
}

void LspServer::did_close(const json& params) {
  auto p = params_as<lsp::TextDocumentParams>(params);
  if (!p) return;
  const std::string& uri = p->text_document.uri;
  documents_.close(uri);
  lints_.erase(uri);
  dirty_.erase(uri);
  if (!pull_client_) send(lsp::make_notification("textDocument/publishDiagnostics", lsp::PublishDiagnosticsParams{uri}));
}

// The buffer is what counts; saving changes nothing but a config next to it may
// have been saved too, which the next lint notices by itself.
void LspServer::did_save(const json& params) {
  auto p = params_as<lsp::TextDocumentParams>(params);
  if (!p) return;
  if (OpenDocument* d = documents_.find(p->text_document.uri)) publish(*d);
}

// --- features --------------------------------------------------------------

Reply LspServer::pull_diagnostics(const json& params) {
  auto p = params_as<lsp::TextDocumentParams>(params);
  if (!p) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, p.error().message});
  const OpenDocument* d = documents_.find(p->text_document.uri);
  if (!d) return json{{"kind", "full"}, {"items", json::array()}};
  return json{{"kind", "full"}, {"items", fresh_lint(*d).lsp_diagnostics}};
}

Reply LspServer::code_action(const json& params) {
  auto p = params_as<lsp::CodeActionParams>(params);
  if (!p) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, p.error().message});
  if (!p->only.empty() && std::none_of(p->only.begin(), p->only.end(), [](const std::string& k) {
        return k == "quickfix" || std::string_view("quickfix").starts_with(k + ".") || k.empty();
      }))
    return json::array();
  const OpenDocument* d = documents_.find(p->text_document.uri);
  if (!d) return json::array();
  const LintState& state = fresh_lint(*d);
  std::vector<json> requested = p->diagnostics;
  if (requested.empty()) {
    // No diagnostics in the context: take ours that touch the range.
    const LineIndex index(d->text);
    const TextRange asked = lsp::to_text_range(index, p->range, encoding_);
    for (std::size_t i = 0; i < state.diagnostics.size(); ++i) {
      const TextRange r = state.diagnostics[i].range;
      if (r.begin <= asked.end && asked.begin <= r.end) requested.push_back(state.lsp_diagnostics[i]);
    }
  }
  const check::RuleSet* rules = state.setup.linter ? &state.setup.linter->rules() : nullptr;
  json result = json::array();
  for (const lsp::CodeAction& a : code_actions(d->uri, requested, state.lsp_diagnostics, rules)) result.push_back(a);
  return result;
}

Reply LspServer::hover(const json& params) {
  auto p = params_as<lsp::TextDocumentPositionParams>(params);
  if (!p) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, p.error().message});
  const OpenDocument* d = documents_.find(p->text_document.uri);
  if (!d) return json(nullptr);
  const LintState& state = fresh_lint(*d);
  if (!state.setup.linter) return json(nullptr);
  const LineIndex index(d->text);
  const std::size_t offset = lsp::to_offset(index, p->position, encoding_);
  std::string markdown;
  std::optional<lsp::Range> range;
  std::set<std::string> shown;
  for (const Diagnostic& diag : state.diagnostics) {
    const bool over = diag.range.contains(offset) || (diag.range.empty() && offset == diag.range.begin) ||
                      (offset == diag.range.end && !diag.range.empty());
    if (!over || !shown.insert(diag.rule).second) continue;
    const check::Rule* rule = state.setup.linter->rules().find(diag.rule);
    if (!rule) continue;
    if (!markdown.empty()) markdown += "\n---\n\n";
    markdown += hover_markdown(rule->info(), diag.message);
    if (!range) range = lsp::to_range(index, diag.range, encoding_);
  }
  if (markdown.empty()) return json(nullptr);
  return json(lsp::Hover{markdown, range});
}

// The .tactful.yaml a command writes: the configured one, else the nearest to
// the document, else a new one at the root folder (or the document's folder).
Expected<std::string> LspServer::config_file_for(const json& arguments) {
  if (config_setting_) return *config_setting_;
  if (options_.config) return *options_.config;
  std::string uri = argument_string(arguments, "uri");
  if (uri.empty()) uri = last_uri_;
  std::string folder;
  if (const OpenDocument* d = documents_.find(uri)) folder = folder_of(*d);
  else if (!lsp::uri_to_path(uri).empty()) folder = fs::path(lsp::uri_to_path(uri)).parent_path().string();
  if (!folder.empty())
    if (std::string found = engine::find_config(folder); !found.empty()) return found;
  if (!root_folder_.empty()) return (fs::path(root_folder_) / ".tactful.yaml").string();
  if (!folder.empty()) return (fs::path(folder) / ".tactful.yaml").string();
  return fail("no document or workspace folder to put a .tactful.yaml in");
}

Reply LspServer::execute_command(const json& params) {
  auto p = params_as<lsp::ExecuteCommandParams>(params);
  if (!p) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, p.error().message});
  auto target = config_file_for(p->arguments);
  if (!target) return std::unexpected(RpcError{lsp::ErrorCode::request_failed, target.error().to_string()});
  Expected<bool> changed = false;
  std::string done;
  if (p->command == kAddWordCommand) {
    const std::string word = argument_string(p->arguments, "word");
    if (word.empty()) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, "tactful.addWord takes {\"word\": ...}"});
    changed = edit_config_file(*target, [&](const std::string& text) { return add_word_to_config(text, word, *target); });
    done = "added '" + word + "' to " + *target;
  } else if (p->command == kDisableRuleCommand) {
    const std::string rule = argument_string(p->arguments, "rule");
    if (rule.empty()) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, "tactful.disableRule takes {\"rule\": ...}"});
    // Refuse ids the rules do not know: the config would no longer load.
    bool known = false;
    for (const auto& [uri, state] : lints_)
      if (state.setup.linter && state.setup.linter->rules().find(rule)) known = true;
    if (!known) {
      auto setup = workspace_->for_folder(fs::path(*target).parent_path().string());
      known = setup && setup->linter->rules().find(rule);
    }
    if (!known) return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, "no rule '" + rule + "'"});
    changed = edit_config_file(*target, [&](const std::string& text) { return disable_rule_in_config(text, rule, *target); });
    done = "turned off " + rule + " in " + *target;
  } else {
    return std::unexpected(RpcError{lsp::ErrorCode::invalid_params, "unknown command '" + p->command + "'"});
  }
  if (!changed) return std::unexpected(RpcError{lsp::ErrorCode::request_failed, changed.error().to_string()});
  if (*changed) {
    log(kLogInfo, done);
    workspace_->invalidate();
    config_stamps_.clear();
    failed_setups_.clear();
  }
  relint_all();
  return json(nullptr);
}

}  // namespace tactful::server

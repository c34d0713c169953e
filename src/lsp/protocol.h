// The parts of the Language Server Protocol (3.17) that tactful speaks, as
// plain structs shaped like the specification, each with its JSON conversion
// beside it. Units are said on the fields: a Position's `character` counts in
// the encoding negotiated at `initialize` (UTF-16 unless the client offered
// utf-8 or utf-32). Knows nothing of linting, documents or the server's state;
// nlohmann-json exceptions stay inside this adapter (`parse` returns Expected).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/error.h"

namespace tactful::lsp {

using json = nlohmann::json;

// JSON-RPC 2.0 and LSP error codes.
enum class ErrorCode : int {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
  request_failed = -32803,
  request_cancelled = -32800,
};

struct Position {
  int line = 0;       // 0-based
  int character = 0;  // 0-based, in the negotiated position encoding
  friend bool operator==(const Position&, const Position&) = default;
};
void to_json(json& j, const Position& p);
void from_json(const json& j, Position& p);

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};
void to_json(json& j, const Range& r);
void from_json(const json& j, Range& r);

struct TextDocumentIdentifier {
  std::string uri;
};
void from_json(const json& j, TextDocumentIdentifier& t);

struct TextDocumentItem {
  std::string uri;
  std::string language_id;  // "mail", "plaintext", "markdown", Neovim's "text"
  int version = 0;
  std::string text;
};
void from_json(const json& j, TextDocumentItem& t);

// One edit of `didChange`: with a range, replace it; without, the whole text.
struct TextDocumentContentChangeEvent {
  std::optional<Range> range;
  std::string text;
};
void from_json(const json& j, TextDocumentContentChangeEvent& c);

struct DidOpenTextDocumentParams {
  TextDocumentItem text_document;
};
void from_json(const json& j, DidOpenTextDocumentParams& p);

struct DidChangeTextDocumentParams {
  std::string uri;
  std::optional<int> version;
  std::vector<TextDocumentContentChangeEvent> content_changes;  // applied in order
};
void from_json(const json& j, DidChangeTextDocumentParams& p);

struct TextDocumentParams {  // didClose, didSave, textDocument/diagnostic
  TextDocumentIdentifier text_document;
};
void from_json(const json& j, TextDocumentParams& p);

struct TextDocumentPositionParams {  // hover
  TextDocumentIdentifier text_document;
  Position position;
};
void from_json(const json& j, TextDocumentPositionParams& p);

// What the editor setups send as initializationOptions and in
// workspace/didChangeConfiguration. An absent key changes nothing.
struct ServerSettings {
  std::optional<std::string> config;  // a .tactful.yaml for every document; "" = the nearest one
  std::optional<std::string> kind;    // "auto", "outreach", "follow-up", "thank-you"
};
void from_json(const json& j, ServerSettings& s);

struct InitializeParams {
  std::optional<std::string> root_uri;           // rootUri, else the first workspace folder
  std::vector<std::string> position_encodings;   // capabilities.general.positionEncodings
  bool pull_diagnostics = false;                 // capabilities.textDocument.diagnostic present
  bool diagnostic_refresh = false;               // capabilities.workspace.diagnostics.refreshSupport
  ServerSettings settings;                       // initializationOptions
};
void from_json(const json& j, InitializeParams& p);

// workspace/didChangeConfiguration: `{settings: {tactful: {...}}}`, or Helix's
// flat `{settings: {config, kind}}`; anything else leaves `settings` empty.
struct DidChangeConfigurationParams {
  std::optional<ServerSettings> settings;
};
void from_json(const json& j, DidChangeConfigurationParams& p);

struct CodeActionParams {
  TextDocumentIdentifier text_document;
  Range range;                     // Neovim 0.7 sends bytes here; use only as a fallback
  std::vector<json> diagnostics;   // the client's copies of ours, `code` and `data` intact
  std::vector<std::string> only;   // requested kinds; empty: any
};
void from_json(const json& j, CodeActionParams& p);

struct ExecuteCommandParams {
  std::string command;
  json arguments = json::array();
};
void from_json(const json& j, ExecuteCommandParams& p);

struct CancelParams {
  json id;
};
void from_json(const json& j, CancelParams& p);

struct TextEdit {
  Range range;
  std::string new_text;
};
void to_json(json& j, const TextEdit& e);

struct WorkspaceEdit {
  std::map<std::string, std::vector<TextEdit>> changes;  // by document URI
};
void to_json(json& j, const WorkspaceEdit& e);

struct Command {
  std::string title;
  std::string command;
  json arguments = json::array();
};
void to_json(json& j, const Command& c);

struct CodeAction {
  std::string title;
  std::string kind = "quickfix";
  std::vector<json> diagnostics;
  std::optional<WorkspaceEdit> edit;
  std::optional<Command> command;
  bool is_preferred = false;
};
void to_json(json& j, const CodeAction& a);

struct Hover {
  std::string markdown;
  std::optional<Range> range;
};
void to_json(json& j, const Hover& h);

struct PublishDiagnosticsParams {
  std::string uri;
  std::optional<int> version;
  json diagnostics = json::array();  // from lsp::to_lsp_diagnostic
};
void to_json(json& j, const PublishDiagnosticsParams& p);

// Converts `j` to T; a missing field or wrong type is an Error, not a throw.
template <class T>
Expected<T> parse(const json& j) {
  try {
    return j.get<T>();
  } catch (const json::exception& e) {
    return fail(e.what());
  }
}

// JSON-RPC envelopes.
json make_response(const json& id, json result);
json make_error(const json& id, ErrorCode code, const std::string& message);
json make_notification(const std::string& method, json params);
json make_request(const json& id, const std::string& method, json params);
// Parses one message body; nullopt when it is not JSON (never throws).
std::optional<json> parse_message(std::string_view body);
// Serialises without throwing on invalid UTF-8 (replaced by U+FFFD).
std::string dump(const json& message);

// file:// URIs. `uri_to_path` is empty for another scheme; percent escapes decoded.
std::string uri_to_path(const std::string& uri);
std::string path_to_uri(const std::string& absolute_path);

}  // namespace tactful::lsp

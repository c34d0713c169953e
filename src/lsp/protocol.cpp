#include "lsp/protocol.h"

namespace tactful::lsp {
namespace {

// A field that may be absent or null.
template <class T>
std::optional<T> optional_field(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

const json* object_at(const json& j, std::initializer_list<const char*> path) {
  const json* node = &j;
  for (const char* key : path) {
    if (!node->is_object()) return nullptr;
    auto it = node->find(key);
    if (it == node->end()) return nullptr;
    node = &*it;
  }
  return node;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void to_json(json& j, const Position& p) { j = {{"line", p.line}, {"character", p.character}}; }
void from_json(const json& j, Position& p) {
  j.at("line").get_to(p.line);
  j.at("character").get_to(p.character);
}

void to_json(json& j, const Range& r) { j = {{"start", r.start}, {"end", r.end}}; }
void from_json(const json& j, Range& r) {
  j.at("start").get_to(r.start);
  j.at("end").get_to(r.end);
}

void from_json(const json& j, TextDocumentIdentifier& t) { j.at("uri").get_to(t.uri); }

void from_json(const json& j, TextDocumentItem& t) {
  j.at("uri").get_to(t.uri);
  t.language_id = optional_field<std::string>(j, "languageId").value_or("");
  t.version = optional_field<int>(j, "version").value_or(0);
  j.at("text").get_to(t.text);
}

void from_json(const json& j, TextDocumentContentChangeEvent& c) {
  c.range = optional_field<Range>(j, "range");
  j.at("text").get_to(c.text);
}

void from_json(const json& j, DidOpenTextDocumentParams& p) { j.at("textDocument").get_to(p.text_document); }

void from_json(const json& j, DidChangeTextDocumentParams& p) {
  const json& doc = j.at("textDocument");
  doc.at("uri").get_to(p.uri);
  p.version = optional_field<int>(doc, "version");
  j.at("contentChanges").get_to(p.content_changes);
}

void from_json(const json& j, TextDocumentParams& p) { j.at("textDocument").get_to(p.text_document); }

void from_json(const json& j, TextDocumentPositionParams& p) {
  j.at("textDocument").get_to(p.text_document);
  j.at("position").get_to(p.position);
}

void from_json(const json& j, ServerSettings& s) {
  if (!j.is_object()) return;
  if (auto it = j.find("config"); it != j.end()) s.config = it->is_string() ? it->get<std::string>() : std::string();
  if (auto it = j.find("kind"); it != j.end() && it->is_string()) s.kind = it->get<std::string>();
}

void from_json(const json& j, InitializeParams& p) {
  p.root_uri = optional_field<std::string>(j, "rootUri");
  if (!p.root_uri) {
    if (auto it = j.find("workspaceFolders"); it != j.end() && it->is_array() && !it->empty())
      p.root_uri = optional_field<std::string>(it->front(), "uri");
  }
  if (const json* encodings = object_at(j, {"capabilities", "general", "positionEncodings"});
      encodings && encodings->is_array())
    for (const json& e : *encodings)
      if (e.is_string()) p.position_encodings.push_back(e.get<std::string>());
  const json* pull = object_at(j, {"capabilities", "textDocument", "diagnostic"});
  p.pull_diagnostics = pull && pull->is_object();
  const json* refresh = object_at(j, {"capabilities", "workspace", "diagnostics", "refreshSupport"});
  p.diagnostic_refresh = refresh && refresh->is_boolean() && refresh->get<bool>();
  if (auto it = j.find("initializationOptions"); it != j.end() && it->is_object()) {
    // Some clients nest the settings as they do for didChangeConfiguration.
    const json& options = it->contains("tactful") && (*it)["tactful"].is_object() ? (*it)["tactful"] : *it;
    options.get_to(p.settings);
  }
}

void from_json(const json& j, DidChangeConfigurationParams& p) {
  p.settings.reset();
  auto it = j.find("settings");
  if (it == j.end() || !it->is_object()) return;
  if (auto t = it->find("tactful"); t != it->end()) {
    if (t->is_object()) p.settings = t->get<ServerSettings>();
    return;
  }
  // Helix sends the server's `config` table as it is.
  if (it->contains("config") || it->contains("kind")) p.settings = it->get<ServerSettings>();
}

void from_json(const json& j, CodeActionParams& p) {
  j.at("textDocument").get_to(p.text_document);
  j.at("range").get_to(p.range);
  if (const json* diagnostics = object_at(j, {"context", "diagnostics"}); diagnostics && diagnostics->is_array())
    for (const json& d : *diagnostics) p.diagnostics.push_back(d);
  if (const json* only = object_at(j, {"context", "only"}); only && only->is_array())
    for (const json& k : *only)
      if (k.is_string()) p.only.push_back(k.get<std::string>());
}

void from_json(const json& j, ExecuteCommandParams& p) {
  j.at("command").get_to(p.command);
  if (auto it = j.find("arguments"); it != j.end() && it->is_array()) p.arguments = *it;
}

void from_json(const json& j, CancelParams& p) { p.id = j.at("id"); }

void to_json(json& j, const TextEdit& e) { j = {{"range", e.range}, {"newText", e.new_text}}; }

void to_json(json& j, const WorkspaceEdit& e) {
  json changes = json::object();
  for (const auto& [uri, edits] : e.changes) changes[uri] = edits;
  j = {{"changes", std::move(changes)}};
}

void to_json(json& j, const Command& c) {
  j = {{"title", c.title}, {"command", c.command}, {"arguments", c.arguments}};
}

void to_json(json& j, const CodeAction& a) {
  j = {{"title", a.title}, {"kind", a.kind}};
  if (!a.diagnostics.empty()) j["diagnostics"] = a.diagnostics;
  if (a.edit) j["edit"] = *a.edit;
  if (a.command) j["command"] = *a.command;
  if (a.is_preferred) j["isPreferred"] = true;
}

void to_json(json& j, const Hover& h) {
  j = {{"contents", {{"kind", "markdown"}, {"value", h.markdown}}}};
  if (h.range) j["range"] = *h.range;
}

void to_json(json& j, const PublishDiagnosticsParams& p) {
  j = {{"uri", p.uri}, {"diagnostics", p.diagnostics}};
  if (p.version) j["version"] = *p.version;
}

json make_response(const json& id, json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json make_error(const json& id, ErrorCode code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
}

json make_notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

json make_request(const json& id, const std::string& method, json params) {
  json j{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}};
  if (!params.is_null()) j["params"] = std::move(params);
  return j;
}

std::optional<json> parse_message(std::string_view body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded()) return std::nullopt;
  return j;
}

std::string dump(const json& message) { return message.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string uri_to_path(const std::string& uri) {
  static constexpr std::string_view kScheme = "file://";
  if (uri.size() < kScheme.size() || uri.compare(0, kScheme.size(), kScheme) != 0) return {};
  std::string_view rest = std::string_view(uri).substr(kScheme.size());
  // file://host/path: only an empty host or localhost is a local file.
  const std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return {};
  const std::string_view host = rest.substr(0, slash);
  if (!host.empty() && host != "localhost") return {};
  rest = rest.substr(slash);
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size()) {
      const int hi = hex_value(rest[i + 1]), lo = hex_value(rest[i + 2]);
      if (hi >= 0 && lo >= 0) {
        path += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    if (rest[i] == '?' || rest[i] == '#') break;
    path += rest[i];
  }
  return path;
}

std::string path_to_uri(const std::string& absolute_path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : absolute_path) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                       c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace tactful::lsp

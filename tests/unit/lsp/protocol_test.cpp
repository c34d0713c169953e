#include "lsp/protocol.h"

#include <catch2/catch.hpp>

namespace tactful::lsp {

TEST_CASE("initialize params yield the encodings and pull support and settings", "[lsp][protocol]") {
  const json j = json::parse(R"({
    "rootUri": "file:///srv/mail/ann",
    "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]},
                     "textDocument": {"diagnostic": {}},
                     "workspace": {"diagnostics": {"refreshSupport": true}}},
    "initializationOptions": {"config": "/srv/mail/ann/.tactful.yaml", "kind": "thank-you"}})");
  auto p = parse<InitializeParams>(j);
  REQUIRE(p);
  CHECK(p->root_uri == "file:///srv/mail/ann");
  CHECK(p->position_encodings == std::vector<std::string>{"utf-8", "utf-16"});
  CHECK(p->pull_diagnostics);
  CHECK(p->diagnostic_refresh);
  CHECK(p->settings.config == "/srv/mail/ann/.tactful.yaml");
  CHECK(p->settings.kind == "thank-you");
}

TEST_CASE("a bare initialize has utf-16 left to the default and no settings", "[lsp][protocol]") {
  auto p = parse<InitializeParams>(json::parse(R"({"processId": null, "rootUri": null, "capabilities": {}})"));
  REQUIRE(p);
  CHECK_FALSE(p->root_uri);
  CHECK(p->position_encodings.empty());
  CHECK_FALSE(p->pull_diagnostics);
  CHECK_FALSE(p->settings.config);
}

TEST_CASE("didChangeConfiguration takes the tactful section or Helix's flat one or nothing", "[lsp][protocol]") {
  auto nested = parse<DidChangeConfigurationParams>(json::parse(R"({"settings": {"tactful": {"kind": "outreach"}}})"));
  REQUIRE(nested);
  REQUIRE(nested->settings);
  CHECK(nested->settings->kind == "outreach");
  CHECK_FALSE(nested->settings->config);

  auto flat = parse<DidChangeConfigurationParams>(json::parse(R"({"settings": {"config": "/x.yaml"}})"));
  REQUIRE(flat->settings);
  CHECK(flat->settings->config == "/x.yaml");

  for (const char* other : {R"({"settings": {"editor": {}}})", R"({"settings": null})", R"({})"}) {
    auto none = parse<DidChangeConfigurationParams>(json::parse(other));
    REQUIRE(none);
    CHECK_FALSE(none->settings);
  }
}

TEST_CASE("content changes with and without a range", "[lsp][protocol]") {
  auto p = parse<DidChangeTextDocumentParams>(json::parse(R"({
    "textDocument": {"uri": "file:///a.txt", "version": 4},
    "contentChanges": [{"range": {"start": {"line": 1, "character": 2}, "end": {"line": 1, "character": 5}}, "text": "x"},
                       {"text": "whole"}]})"));
  REQUIRE(p);
  CHECK(p->version == 4);
  REQUIRE(p->content_changes.size() == 2);
  REQUIRE(p->content_changes[0].range);
  CHECK(p->content_changes[0].range->end == Position{1, 5});
  CHECK_FALSE(p->content_changes[1].range);
}

TEST_CASE("malformed params are an Error and not an exception", "[lsp][protocol]") {
  CHECK_FALSE(parse<TextDocumentPositionParams>(json::parse(R"({"textDocument": {}, "position": {"line": 0}})")));
  CHECK_FALSE(parse<DidOpenTextDocumentParams>(json::parse(R"({"textDocument": {"uri": 5, "text": ""}})")));
  CHECK_FALSE(parse<Range>(json::parse("[1, 2]")));
}

TEST_CASE("code actions and hovers serialise in the spec's shape", "[lsp][protocol]") {
  CodeAction a;
  a.title = "Replace";
  a.edit = WorkspaceEdit{{{"file:///a.txt", {TextEdit{{{0, 1}, {0, 3}}, "new"}}}}};
  a.is_preferred = true;
  const json j = a;
  CHECK(j["kind"] == "quickfix");
  CHECK(j["edit"]["changes"]["file:///a.txt"][0]["newText"] == "new");
  CHECK(j["edit"]["changes"]["file:///a.txt"][0]["range"]["end"]["character"] == 3);
  CHECK(j["isPreferred"] == true);
  CHECK_FALSE(j.contains("command"));

  const json h = Hover{"**x**", Range{{2, 0}, {2, 4}}};
  CHECK(h["contents"]["kind"] == "markdown");
  CHECK(h["range"]["start"]["line"] == 2);
}

TEST_CASE("file URIs decode percent escapes and round-trip", "[lsp][protocol]") {
  CHECK(uri_to_path("file:///srv/mail/ann/My%20Drafts/z%C3%B6e.eml") == "/srv/mail/ann/My Drafts/zöe.eml");
  CHECK(uri_to_path("file://localhost/tmp/a.txt") == "/tmp/a.txt");
  CHECK(uri_to_path("untitled:Untitled-1").empty());
  CHECK(uri_to_path("file://server/share/a.txt").empty());
  const std::string path = "/tmp/Zoë's draft #2.txt";
  CHECK(uri_to_path(path_to_uri(path)) == path);
}

TEST_CASE("a body that is not JSON parses to nothing", "[lsp][protocol]") {
  CHECK_FALSE(parse_message("{\"a\":"));
  CHECK(parse_message("[1]"));
  CHECK(dump(json("\xff")).size() > 0);  // invalid UTF-8 is replaced, never thrown
}

}  // namespace tactful::lsp

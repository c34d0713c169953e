#include "server/lsp_server.h"

#include <catch2/catch.hpp>

#include "server/code_actions.h"
#include "server/session.h"

namespace tactful::server {
namespace {

using lsp::json;

// A server over the transcript rule pack, recording what it sends.
struct Harness {
  std::vector<json> sent;
  LspServer server{ServerOptions{{std::string(TACTFUL_SOURCE_DIR) + "/tests/lsp/rules"}, std::nullopt},
                   [this](const json& m) {
                     sent.push_back(m);
                     return true;
                   }};

  void request(int id, const std::string& method, json params = json::object()) {
    server.handle({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
  }
  void notify(const std::string& method, json params = json::object()) {
    server.handle({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  std::vector<json> published() const {
    std::vector<json> out;
    for (const json& m : sent)
      if (m.value("method", "") == "textDocument/publishDiagnostics") out.push_back(m["params"]);
    return out;
  }
};

json open_params(const std::string& text) {
  return {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}};
}

}  // namespace

TEST_CASE("exit after shutdown is status 0 and without it 1", "[server][lsp_server]") {
  Harness with;
  with.request(1, "initialize", {{"capabilities", json::object()}});
  with.request(2, "shutdown");
  with.notify("exit");
  CHECK(with.server.exited());
  CHECK(with.server.exit_code() == 0);

  Harness without;
  without.request(1, "initialize", {{"capabilities", json::object()}});
  without.notify("exit");
  CHECK(without.server.exited());
  CHECK(without.server.exit_code() == 1);

  Harness eof;
  eof.server.handle_end_of_input();
  CHECK(eof.server.exit_code() == 1);
}

TEST_CASE("a request cancelled while it waited is answered RequestCancelled", "[server][lsp_server]") {
  Harness h;
  h.server.set_cancel_probe([](const json& id) { return id == 7; });
  h.request(1, "initialize", {{"capabilities", json::object()}});
  h.request(7, "shutdown");
  REQUIRE(h.sent.size() == 2);
  CHECK(h.sent[1]["error"]["code"] == -32800);
  CHECK_FALSE(h.server.exited());
}

TEST_CASE("the queue cancels only requests still waiting in it", "[server][session]") {
  MessageQueue queue;
  queue.push({MessageQueue::Item::Kind::message, json{{"id", 3}, {"method", "textDocument/hover"}}});
  queue.cancel(3);
  queue.cancel(4);  // never queued: nothing to remember
  CHECK(queue.take_cancelled(3));
  CHECK_FALSE(queue.take_cancelled(3));
  CHECK_FALSE(queue.take_cancelled(4));
}

TEST_CASE("at the end of input without exit the queue keeps only initialize and shutdown", "[server][session]") {
  MessageQueue queue;
  using Kind = MessageQueue::Item::Kind;
  queue.push({Kind::message, json{{"id", 1}, {"method", "initialize"}}});
  queue.push({Kind::message, json{{"method", "textDocument/didChange"}, {"params", json::object()}}});
  queue.push({Kind::message, json{{"id", 2}, {"method", "shutdown"}}});
  queue.push({Kind::message, json{{"id", 3}, {"method", "textDocument/hover"}}});
  queue.push({Kind::bad_frame, nullptr});
  queue.end_of_input("cut off");
  CHECK(queue.pop().message["method"] == "initialize");
  CHECK(queue.pop().message["method"] == "shutdown");
  const MessageQueue::Item end = queue.pop();
  CHECK(end.kind == Kind::end);
  CHECK(end.text == "cut off");
}

TEST_CASE("at the end of input after exit the queue keeps everything in order", "[server][session]") {
  MessageQueue queue;
  using Kind = MessageQueue::Item::Kind;
  queue.push({Kind::message, json{{"id", 1}, {"method", "initialize"}}});
  queue.push({Kind::bad_frame, nullptr, lsp::ErrorCode::invalid_request, "too big"});
  queue.push({Kind::message, json{{"id", 3}, {"method", "textDocument/hover"}}});
  queue.push({Kind::message, json{{"id", 2}, {"method", "shutdown"}}});
  queue.push({Kind::message, json{{"method", "exit"}}});
  queue.end_of_input("");
  CHECK(queue.pop().message["method"] == "initialize");
  CHECK(queue.pop().text == "too big");
  CHECK(queue.pop().message["method"] == "textDocument/hover");
  CHECK(queue.pop().message["method"] == "shutdown");
  CHECK(queue.pop().message["method"] == "exit");
  CHECK(queue.pop().kind == Kind::end);
}

TEST_CASE("the queue knows when a newer change for a document waits", "[server][session]") {
  MessageQueue queue;
  queue.push({MessageQueue::Item::Kind::message,
              json{{"method", "textDocument/didChange"}, {"params", {{"textDocument", {{"uri", "file:///a.txt"}}}}}}});
  CHECK(queue.has_change_for("file:///a.txt"));
  CHECK_FALSE(queue.has_change_for("file:///b.txt"));
  queue.pop();
  CHECK_FALSE(queue.has_change_for("file:///a.txt"));
}

TEST_CASE("a change with a newer one waiting is not linted and the newer one publishes", "[server][lsp_server]") {
  Harness h;
  bool newer_waiting = false;
  h.server.set_pending_change_probe([&](const std::string&) { return newer_waiting; });
  h.request(1, "initialize", {{"capabilities", json::object()}});
  h.notify("textDocument/didOpen", open_params("Are you hiring?\n"));
  REQUIRE(h.published().size() == 1);
  newer_waiting = true;
  h.notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}, {"version", 2}}},
                                      {"contentChanges", {{{"text", "Fine.\n"}}}}});
  CHECK(h.published().size() == 1);
  newer_waiting = false;
  h.notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}, {"version", 3}}},
                                      {"contentChanges", {{{"text", "Very unique.\n"}}}}});
  REQUIRE(h.published().size() == 2);
  CHECK(h.published()[1]["version"] == 3);
  CHECK(h.published()[1]["diagnostics"][0]["code"] == "very-unique");
}

TEST_CASE("a change that waited for a malformed one is still published", "[server][lsp_server]") {
  Harness h;
  bool newer_waiting = false;
  h.server.set_pending_change_probe([&](const std::string&) { return newer_waiting; });
  h.request(1, "initialize", {{"capabilities", json::object()}});
  h.notify("textDocument/didOpen", open_params("Are you hiring?\n"));
  newer_waiting = true;
  h.notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}, {"version", 2}}},
                                      {"contentChanges", {{{"text", "Very unique.\n"}}}}});
  REQUIRE(h.published().size() == 1);
  // A pull in between lints the new text but pushes nothing.
  h.request(2, "textDocument/diagnostic", {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}}}});
  REQUIRE(h.published().size() == 1);
  newer_waiting = false;
  h.notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///tmp/tactful-unit/d.txt"}, {"version", 3}}},
                                      {"contentChanges", "not a list"}});
  REQUIRE(h.published().size() == 2);
  CHECK(h.published()[1]["version"] == 2);
  CHECK(h.published()[1]["diagnostics"][0]["code"] == "very-unique");
}

TEST_CASE("a document over the lint cap gets one finding that says so", "[server][lsp_server]") {
  Harness h;
  h.request(1, "initialize", {{"capabilities", json::object()}});
  std::string huge;
  while (huge.size() < (std::size_t{11} << 20)) huge += "Are you hiring? ";
  h.notify("textDocument/didOpen", open_params(huge));
  const std::vector<json> published = h.published();
  REQUIRE(published.size() == 1);
  const json& diagnostics = published[0]["diagnostics"];
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0]["code"] == "input");
  CHECK_THAT(diagnostics[0]["message"].get<std::string>(), Catch::Contains("MiB"));
}

TEST_CASE("a handler that meets bad params answers InvalidParams and the server goes on", "[server][lsp_server]") {
  Harness h;
  h.request(1, "initialize", {{"capabilities", json::object()}});
  h.request(2, "textDocument/codeAction", {{"textDocument", 5}});
  REQUIRE(h.sent.size() == 2);
  CHECK(h.sent[1]["error"]["code"] == -32602);
  h.request(3, "shutdown");
  CHECK(h.sent[2]["result"].is_null());
}

}  // namespace tactful::server

namespace tactful::server {

TEST_CASE("queued messages with odd types do not break the look-ahead", "[server][session]") {
  MessageQueue queue;
  queue.push({MessageQueue::Item::Kind::message, lsp::json{{"method", 5}}});
  queue.push({MessageQueue::Item::Kind::message,
              lsp::json{{"method", "textDocument/didChange"}, {"params", {{"textDocument", {{"uri", 7}}}}}}});
  queue.push({MessageQueue::Item::Kind::message, lsp::json::array({1, 2})});
  CHECK_FALSE(queue.has_change_for("file:///a.txt"));
}

TEST_CASE("code actions skip fixes that are not objects in client data", "[server][code_actions]") {
  const lsp::json requested = {{"code", "r"}, {"source", "tactful"}, {"data", {{"rule", "r"}, {"fixes", {1, "x", nullptr}}}}};
  CHECK(code_actions("file:///a.txt", {requested}, lsp::json::array(), nullptr).empty());
}

}  // namespace tactful::server

// The language server's dispatcher on random requests: each input line is
// one message (not JSON: a bad frame), after an `initialize` and a `didOpen`
// of a draft so that changes, hovers and code actions have a document to work
// on, with positions far out of range, wrong types and unknown methods.
// `workspace/executeCommand` is left out: its commands write files.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "server/lsp_server.h"

using namespace tactful;
using json = nlohmann::json;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::rule_pack();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  server::ServerOptions options;
  options.pack_folders = {fuzz::rule_pack_folder()};
  std::size_t sent = 0;
  server::LspServer server(options, [&](const json& message) {
    FUZZ_CHECK(message.is_object());
    ++sent;
    return true;
  });
  server.handle(json::parse(R"({"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}})"));
  server.handle(json::parse(R"({"jsonrpc":"2.0","method":"initialized","params":{}})"));
  server.handle(json::parse(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":
      {"uri":"file:///nonexistent/tactful-fuzz/draft.txt","languageId":"mail","version":1,
       "text":"Subject: Hi\n\nDear [Name],\n\nI would love a job on your team. Could we talk for an hour?\n\nBest,\nRaj\n"}}})"));
  for (std::size_t begin = 0; begin < input.size() && !server.exited();) {
    std::size_t end = input.find('\n', begin);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(begin, end - begin);
    begin = end + 1;
    json message = json::parse(line, nullptr, false);
    if (message.is_discarded()) {
      server.handle_bad_frame(lsp::ErrorCode::parse_error, "not JSON");
      continue;
    }
    if (message.is_object() && message.value("method", json()).is_string() &&
        message["method"].get<std::string>() == "workspace/executeCommand")
      continue;
    server.handle(message);
  }
  if (!server.exited()) server.handle_end_of_input();
  FUZZ_CHECK(sent >= 1);  // at least the answer to initialize
  return 0;
}

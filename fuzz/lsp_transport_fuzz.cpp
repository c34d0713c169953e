// The LSP framing on arbitrary byte streams, delivered in chunks of sizes the
// input chooses (an editor's pipe can split anywhere): wrong, missing, huge or
// negative Content-Length values, missing blank lines, bodies that are not
// JSON. Reading must end, never hold more than the cap, and keep going after
// a bad frame as the server does.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "lsp/transport.h"

using namespace tactful;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::size_t chunk = 1 + data[0] % 64;  // bytes per read() of the source
  const std::string_view stream(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t at = 0;
  lsp::ByteSource source = [&](char* buffer, std::size_t room) -> std::size_t {
    const std::size_t n = std::min({room, chunk, stream.size() - at});
    std::copy_n(stream.data() + at, n, buffer);
    at += n;
    return n;
  };
  std::string written;
  lsp::ByteSink sink = [&](std::string_view bytes) {
    written.append(bytes);
    return true;
  };
  // A small cap, so that the over-the-limit paths are reached with small inputs.
  constexpr std::size_t kCap = 4096;
  lsp::Transport transport(source, sink, kCap);
  for (int frames = 0; frames < 100000; ++frames) {
    const lsp::Frame frame = transport.read();
    if (frame.status == lsp::Frame::Status::eof) break;
    if (frame.status == lsp::Frame::Status::error) {
      FUZZ_CHECK(!frame.problem.empty());
      continue;
    }
    FUZZ_CHECK(frame.body.size() <= kCap);
    if (!nlohmann::json::accept(frame.body)) transport.recover(frame.body);
  }
  // Whatever was read, every byte of the stream was consumed or dropped.
  FUZZ_CHECK(at == stream.size());
  transport.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}");
  FUZZ_CHECK(written.find("Content-Length: 38\r\n\r\n") == 0);
  return 0;
}

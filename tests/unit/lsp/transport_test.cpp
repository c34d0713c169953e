#include "lsp/transport.h"

#include <catch2/catch.hpp>

#include <string>

namespace tactful::lsp {
namespace {

// A transport over fixed input, handed out in chunks of `chunk` bytes to
// exercise headers and bodies split across reads.
struct Pipe {
  std::string input;
  std::size_t at = 0;
  std::size_t chunk = 7;
  std::string output;

  Transport transport(std::size_t max = Transport::kDefaultMaxMessage) {
    return Transport(
        [this](char* buffer, std::size_t size) {
          const std::size_t n = std::min({size, chunk, input.size() - at});
          input.copy(buffer, n, at);
          at += n;
          return n;
        },
        [this](std::string_view bytes) {
          output.append(bytes);
          return true;
        },
        max);
  }
};

std::string framed(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

}  // namespace

TEST_CASE("a framed message is read whole even when it arrives in small pieces", "[lsp][transport]") {
  Pipe pipe{framed(R"({"a":1})") + framed(R"({"b":"é"})")};
  Transport t = pipe.transport();
  Frame first = t.read();
  REQUIRE(first.status == Frame::Status::message);
  CHECK(first.body == R"({"a":1})");
  Frame second = t.read();
  REQUIRE(second.status == Frame::Status::message);
  CHECK(second.body == R"({"b":"é"})");
  CHECK(t.read().status == Frame::Status::eof);
}

TEST_CASE("Content-Type and the header name's case do not matter", "[lsp][transport]") {
  Pipe pipe{"content-LENGTH: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"};
  Transport t = pipe.transport();
  Frame f = t.read();
  REQUIRE(f.status == Frame::Status::message);
  CHECK(f.body == "{}");
}

TEST_CASE("a header block without Content-Length is an error and reading goes on", "[lsp][transport]") {
  Pipe pipe{"Content-Type: text/plain\r\n\r\n" + framed("{}")};
  Transport t = pipe.transport();
  Frame bad = t.read();
  CHECK(bad.status == Frame::Status::error);
  CHECK_THAT(bad.problem, Catch::Contains("Content-Length"));
  CHECK(t.read().body == "{}");
}

TEST_CASE("a Content-Length that is not a number is an error", "[lsp][transport]") {
  for (const char* value : {"-5", "ten", "", "99999999999999999999"}) {
    Pipe pipe{std::string("Content-Length: ") + value + "\r\n\r\n" + framed("{}")};
    Transport t = pipe.transport();
    CHECK(t.read().status == Frame::Status::error);
    CHECK(t.read().body == "{}");
  }
}

TEST_CASE("a message over the cap is skipped up to the next header", "[lsp][transport]") {
  const std::string huge(5000, 'x');
  Pipe pipe{framed(huge) + framed("{}")};
  pipe.chunk = 1000;
  Transport t = pipe.transport(1024);
  Frame skipped = t.read();
  CHECK(skipped.status == Frame::Status::error);
  CHECK_THAT(skipped.problem, Catch::Contains("over the limit"));
  Frame next = t.read();
  REQUIRE(next.status == Frame::Status::message);
  CHECK(next.body == "{}");
}

TEST_CASE("a 17 MiB message is refused with the default 16 MiB cap without keeping it", "[lsp][transport]") {
  const std::string huge(std::size_t{17} << 20, 'y');
  Pipe pipe{framed(huge) + framed("{}")};
  pipe.chunk = 1 << 16;
  Transport t = pipe.transport();
  CHECK(t.read().status == Frame::Status::error);
  CHECK(t.read().body == "{}");
}

TEST_CASE("a length that is too short leaves garbage the next header is found behind", "[lsp][transport]") {
  Pipe pipe{"Content-Length: 3\r\n\r\n{\"a\":1}" + framed("{}")};
  Transport t = pipe.transport();
  CHECK(t.read().body == "{\"a");
  Frame next = t.read();
  REQUIRE(next.status == Frame::Status::message);
  CHECK(next.body == "{}");
  CHECK_THAT(next.problem, Catch::Contains("garbage"));
}

TEST_CASE("a length that is too long is recovered from by the caller", "[lsp][transport]") {
  const std::string second = framed(R"({"b":2})");
  Pipe pipe{"Content-Length: 25\r\n\r\n{\"a\":1}" + second};
  Transport t = pipe.transport();
  Frame swallowed = t.read();
  REQUIRE(swallowed.status == Frame::Status::message);
  CHECK(swallowed.body.size() == 25);
  REQUIRE(t.recover(swallowed.body));
  Frame next = t.read();
  REQUIRE(next.status == Frame::Status::message);
  CHECK(next.body == R"({"b":2})");
}

TEST_CASE("input that ends inside a body or a header is the end and not a hang", "[lsp][transport]") {
  {
    Pipe pipe{"Content-Length: 50\r\n\r\n{\"short\":"};
    Transport t = pipe.transport();
    Frame f = t.read();
    CHECK(f.status == Frame::Status::eof);
    CHECK_THAT(f.problem, Catch::Contains("inside a message body"));
  }
  {
    Pipe pipe{"Content-Len"};
    Transport t = pipe.transport();
    CHECK(t.read().status == Frame::Status::eof);
  }
}

TEST_CASE("an endless header line is cut off instead of filling memory", "[lsp][transport]") {
  std::string endless(100000, 'h');
  endless += "\r\n";
  endless += framed("{}");
  Pipe pipe{endless};
  pipe.chunk = 4096;
  Transport t = pipe.transport();
  Frame f = t.read();
  REQUIRE(f.status == Frame::Status::message);
  CHECK(f.body == "{}");
}

TEST_CASE("written messages carry their byte length", "[lsp][transport]") {
  Pipe pipe;
  Transport t = pipe.transport();
  REQUIRE(t.write(R"({"é":1})"));
  CHECK(pipe.output == "Content-Length: 8\r\n\r\n{\"é\":1}");
}

}  // namespace tactful::lsp

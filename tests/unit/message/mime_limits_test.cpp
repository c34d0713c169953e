// MIME structure limits: parts past the part limit and parts nested deeper
// than the depth limit are not read, and a notice (an `input` finding) says
// so. Both limits are MimeLimits fields; the defaults are 1000 and 32.
#include <catch2/catch.hpp>

#include <chrono>

#include "message/mime_reader.h"
#include "message/reader.h"

using namespace tactful;

namespace {

const std::string kHead = "From: raj@example.org\nTo: Ann <ann@example.org>\nSubject: s\nMIME-Version: 1.0\n";

std::string nested(int depth) {
  std::string out = kHead;
  for (int i = 0; i < depth; ++i) out += "Content-Type: multipart/mixed; boundary=\"b" + std::to_string(i) + "\"\n\n--b" + std::to_string(i) + "\n";
  out += "Content-Type: text/plain\n\nHello Ann.\n";
  for (int i = depth - 1; i >= 0; --i) out += "--b" + std::to_string(i) + "--\n";
  return out;
}

std::string many_parts(int count) {
  std::string out = kHead + "Content-Type: multipart/mixed; boundary=x\n\n";
  for (int i = 0; i < count; ++i) out += "--x\nContent-Type: application/octet-stream\n\npart " + std::to_string(i) + "\n";
  return out + "--x--\n";
}

bool has_notice(const Message& m, const std::string& text) {
  for (const InputNotice& n : m.notices)
    if (n.message.find(text) != std::string::npos) return true;
  return false;
}

Message mime(const std::string& source, const MimeLimits& limits = {}) {
  Message m;
  m.path = "m.eml";
  m.source = source;
  REQUIRE(read_mime(m, limits));
  return m;
}

}  // namespace

TEST_CASE("parts nested deeper than the depth limit are skipped with a notice", "[message][limits]") {
  CHECK_FALSE(has_notice(mime(nested(30)), "nest deeper"));
  CHECK(mime(nested(30)).body.find("Hello Ann") != std::string::npos);
  const Message deep = mime(nested(40));
  CHECK(has_notice(deep, "nest deeper than 32 levels"));
  CHECK(deep.body.find("Hello Ann") == std::string::npos);
  CHECK(has_notice(mime(nested(5), {.max_parts = 1000, .max_depth = 3}), "nest deeper than 3 levels"));
}

TEST_CASE("parts past the part limit are skipped with a notice", "[message][limits]") {
  CHECK_FALSE(has_notice(mime(many_parts(900)), "MIME parts"));
  const Message many = mime(many_parts(1200));
  CHECK(has_notice(many, "more than 1000 MIME parts"));
  CHECK(many.attachments.size() < 1000);
  CHECK(has_notice(mime(many_parts(20), {.max_parts = 10, .max_depth = 32}), "more than 10 MIME parts"));
}

TEST_CASE("a message nested ten thousand levels deep is read in bounded time", "[message][limits]") {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Message> read = read_messages("deep.eml", nested(10000));
  REQUIRE(read.size() == 1);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 20);
}

#include "message/mime_reader.h"

#include <catch2/catch.hpp>

#include "message/header_block.h"
#include "message/reader.h"
#include "helpers.h"

using namespace tactful;

TEST_CASE("a header value called plain is one GMime decodes to itself", "[message]") {
  std::vector<std::string> values = {
      "A question about your work",  "  two  spaces   inside  and around ",
      "Ann Lee <ann@example.org>",    "\"Lee, Ann\" <ann@example.org>, raj@example.com",
      "Re: [list] (comment) a=b; c",  "Mon, 05 Jan 2026 15:35:00 +0100",
      "question = answer ? maybe",    "tab\tinside",
  };
  for (InputEntry& input : test::corpus_messages())
    for (const RawHeader& field : scan_header_block(input.take_bytes(), false).fields) values.push_back(field.raw_value);
  std::size_t plain = 0;
  for (const std::string& value : values) {
    if (!header_text_is_plain(value)) continue;
    ++plain;
    INFO(value);
    CHECK(decode_header_text(value) == value);
  }
  CHECK(plain > 200);
}

TEST_CASE("a header value with an encoded word or a byte past ASCII is not called plain", "[message]") {
  for (const char* value : {"=?UTF-8?Q?Jos=C3=A9?= Ortiz", "Zo\xc3\xab Park", "a\x01", "broken =?x"})
    CHECK_FALSE(header_text_is_plain(value));
  CHECK(decode_header_text("=?UTF-8?Q?Jos=C3=A9?= Ortiz") == "Jos\xc3\xa9 Ortiz");
}

#include "message/simple_address.h"

#include <strings.h>

#include <catch2/catch.hpp>

#include "message/header_block.h"
#include "message/mime_reader.h"
#include "message/reader.h"
#include "helpers.h"

using namespace tactful;

namespace {

void check_same_as_gmime(const std::string& value, const std::vector<Address>& simple) {
  INFO(value);
  const std::vector<Address> gmime = parse_addresses(value);
  REQUIRE(simple.size() == gmime.size());
  for (std::size_t i = 0; i < simple.size(); ++i) {
    CHECK(simple[i].name == gmime[i].name);
    CHECK(simple[i].email == gmime[i].email);
  }
}

// Adds the To, From and Cc values of `messages` to `out`.
void add_address_values(std::vector<InputEntry> messages, std::vector<std::string>& out) {
  for (InputEntry& input : messages)
    for (const RawHeader& field : scan_header_block(input.take_bytes(), false).fields)
      for (const char* name : {"to", "from", "cc"})
        if (field.name.size() == std::string_view(name).size() && strncasecmp(field.name.c_str(), name, field.name.size()) == 0)
          out.push_back(field.raw_value);
}

}  // namespace

TEST_CASE("simple address lists are read without GMime exactly as GMime reads them", "[message]") {
  for (const std::string value : {
           "ann@example.org", "<ann@example.org>", "Ann Lee <ann.lee@mail.example.org>",
           "\"Ann Lee\" <ann@example.org>", "\"Lee, Ann\" <ann@example.org>", "\"Dr. Ann Lee\" <ann@example.org>",
           "Ann Lee<ann@example.org>", "  Ann Lee   <ann@example.org>  ", "Mary-Jane O'Neil <mj+tag@x-y.example.co.uk>",
           "ann@example.org, Raj Patel <raj@example.com>,\"Lee, Ann\" <ann@example.org>", "a_b%c@d.e",
       }) {
    const auto simple = parse_simple_addresses(value);
    INFO(value);
    REQUIRE(simple);
    check_same_as_gmime(value, *simple);
  }
}

TEST_CASE("address lists with comments, groups, escapes or other letters are left to GMime", "[message]") {
  for (const std::string value : {
           "", "Ann Lee", "ann@example.org (Ann Lee)", "Team: ann@example.org, raj@example.com;", "\"Ann \\\"AJ\\\" Lee\" <ann@example.org>",
           "Zo\xC3\xAB Park <zoe@example.org>", "ann@example.org,", ", ann@example.org", "ann@@example.org", "ann@localhost",
           "\"Lee, Ann <ann@example.org>", "Ann <ann@example.org", "ann.@example.org", "Ann  Lee <ann@example.org>",
           "=?UTF-8?Q?Ann?= <ann@example.org>", "Ann Lee <ann@example.org> extra", "<ann@example.org> <raj@example.com>",
           "<jd@xn--example.com>", "ann@mail.XN--bcher-kva.example",  // GMime decodes punycode
       }) {
    INFO(value);
    CHECK_FALSE(parse_simple_addresses(value));
  }
}

TEST_CASE("every corpus and generated address list the simple reader takes reads as GMime reads it", "[message]") {
  std::vector<std::string> values;
  add_address_values(test::corpus_messages(), values);
  add_address_values(test::generated_messages(12, 600000), values);
  std::size_t taken = 0;
  for (const std::string& value : values) {
    const std::string decoded = header_text_is_plain(value) ? value : decode_header_text(value);
    if (const auto simple = parse_simple_addresses(decoded)) {
      ++taken;
      check_same_as_gmime(decoded, *simple);
    }
  }
  CHECK(values.size() > 700);
  CHECK(taken * 10 > values.size() * 8);
}

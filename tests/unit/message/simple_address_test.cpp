#include "message/simple_address.h"

#include <strings.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "message/header_block.h"
#include "message/mime_reader.h"
#include "message/reader.h"

using namespace tactful;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void check_same_as_gmime(const std::string& value, const std::vector<Address>& simple) {
  INFO(value);
  const std::vector<Address> gmime = parse_addresses(value);
  REQUIRE(simple.size() == gmime.size());
  for (std::size_t i = 0; i < simple.size(); ++i) {
    CHECK(simple[i].name == gmime[i].name);
    CHECK(simple[i].email == gmime[i].email);
  }
}

// The To, From and Cc values of every message in `path` (an mbox or one message).
std::vector<std::string> address_values(const std::filesystem::path& path) {
  std::vector<std::string> out;
  for (InputEntry& input : split_input(path.string(), slurp(path)))
    for (const RawHeader& field : scan_header_block(input.take_bytes(), false).fields)
      for (const char* name : {"to", "from", "cc"})
        if (field.name.size() == std::string_view(name).size() && strncasecmp(field.name.c_str(), name, field.name.size()) == 0)
          out.push_back(field.raw_value);
  return out;
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
       }) {
    INFO(value);
    CHECK_FALSE(parse_simple_addresses(value));
  }
}

TEST_CASE("every corpus and generated address list the simple reader takes reads as GMime reads it", "[message]") {
  std::vector<std::string> values;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(TACTFUL_SOURCE_DIR) / "corpus"))
    if (entry.is_regular_file() && entry.path().extension() != ".expect")
      for (std::string& v : address_values(entry.path())) values.push_back(std::move(v));
  const std::filesystem::path mbox =
      std::filesystem::temp_directory_path() / ("tactful-simple-address-test-" + std::to_string(getpid()) + ".mbox");
  const std::string command = "python3 '" + (std::filesystem::path(TACTFUL_SOURCE_DIR) / "bench" / "generate.py").string() +
                              "' --seed 12 mbox '" + mbox.string() + "' 600000";
  REQUIRE(std::system(command.c_str()) == 0);
  for (std::string& v : address_values(mbox)) values.push_back(std::move(v));
  std::filesystem::remove(mbox);
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

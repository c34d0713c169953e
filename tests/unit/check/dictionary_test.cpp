// The Hunspell adapter: finding dictionaries, chaining them, remembering
// verdicts, and refusing to judge words when the first one will not load.
#include "check/dictionary.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace tactful;

namespace {

namespace fs = std::filesystem;

// A throw-away dictionary folder holding `name`.aff/.dic with the given words.
fs::path tiny_dictionary(const std::string& name, const std::vector<std::string>& words) {
  const fs::path dir = fs::temp_directory_path() / "tactful-dictionary-test";
  fs::create_directories(dir);
  std::ofstream(dir / (name + ".aff")) << "SET UTF-8\n";
  std::ofstream dic(dir / (name + ".dic"));
  dic << words.size() << "\n";
  for (const std::string& w : words) dic << w << "\n";
  return dir;
}

}  // namespace

TEST_CASE("a dictionary is found by name in the folders given, else the error says where it looked", "[spelling]") {
  const fs::path dir = tiny_dictionary("xx_TINY", {"the", "zyxwiq"});
  auto found = check::find_dictionary("xx_TINY", {"/nonexistent-folder", dir.string()});
  REQUIRE(found.has_value());
  CHECK(found->dic == (dir / "xx_TINY.dic").string());
  auto by_path = check::find_dictionary((dir / "xx_TINY.dic").string(), {});
  CHECK(by_path.has_value());
  auto missing = check::find_dictionary("xx_NONE", {"/nonexistent-folder"});
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().message.find("/nonexistent-folder") != std::string::npos);
  CHECK(missing.error().message.find("hunspell-xx-none") != std::string::npos);
}

TEST_CASE("a later dictionary accepts what the first one does not know", "[spelling]") {
  const fs::path dir = tiny_dictionary("xx_TINY", {"the", "zyxwiq"});
  auto us = check::find_dictionary("en_US", check::standard_dictionary_folders());
  REQUIRE(us.has_value());
  auto tiny = check::find_dictionary("xx_TINY", {dir.string()});
  check::Dictionary dictionary({*us, *tiny});
  REQUIRE(dictionary.ready());
  CHECK(dictionary.known("conversation"));
  CHECK(dictionary.known("zyxwiq"));
  CHECK_FALSE(dictionary.known("recieve"));
  CHECK(dictionary.cached_words() == 3);
  CHECK(dictionary.known("zyxwiq"));  // answered from the table
  CHECK(dictionary.cached_words() == 3);
  const auto suggestions = dictionary.suggest("recieve", 2);
  REQUIRE_FALSE(suggestions.empty());
  CHECK(suggestions.size() <= 2);
  CHECK(suggestions.front() == "receive");
}

TEST_CASE("a first dictionary that does not load is reported, not used", "[spelling]") {
  const fs::path dir = tiny_dictionary("xx_BROKEN", {"zyxwiq"});  // does not even know "the"
  auto broken = check::find_dictionary("xx_BROKEN", {dir.string()});
  REQUIRE(broken.has_value());
  check::Dictionary dictionary({*broken});
  CHECK_FALSE(dictionary.ready());
  CHECK(dictionary.trouble().find("xx_BROKEN") != std::string::npos);
}

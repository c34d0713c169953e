#include "check/word_table.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace tactful;

TEST_CASE("the word table remembers verdicts and suggestions per word", "[spelling]") {
  check::WordTable table;
  CHECK_FALSE(table.known("colour").has_value());
  table.set_known("colour", true);
  table.set_known("recieve", false);
  CHECK(table.known("colour") == std::optional<bool>(true));
  CHECK(table.known("recieve") == std::optional<bool>(false));
  CHECK_FALSE(table.suggestions("recieve").has_value());
  table.set_suggestions("recieve", {"receive"});
  REQUIRE(table.suggestions("recieve").has_value());
  CHECK(table.suggestions("recieve")->front() == "receive");
  CHECK(table.known("recieve") == std::optional<bool>(false));  // the verdict survives
  CHECK(table.size() == 2);
}

TEST_CASE("words that share their first eight bytes, and the empty word, are told apart", "[spelling]") {
  check::WordTable table;
  table.set_known("internationally", true);
  table.set_known("internationalism", false);
  table.set_known("", false);
  CHECK(table.known("internationally") == std::optional<bool>(true));
  CHECK(table.known("internationalism") == std::optional<bool>(false));
  CHECK_FALSE(table.known("international").has_value());
  CHECK(table.known(std::string_view()) == std::optional<bool>(false));
}

TEST_CASE("the word table can be filled from several threads at once", "[spelling]") {
  check::WordTable table;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&table, t] {
      for (int i = 0; i < 500; ++i) table.set_known("w" + std::to_string(i), t >= 0);
    });
  for (auto& th : threads) th.join();
  CHECK(table.size() == 500);
  CHECK(table.known("w499") == std::optional<bool>(true));
}

TEST_CASE("a verdict answered from the thread's recent verdicts is never another table's or an old one", "[spelling]") {
  check::WordTable first, second;
  first.set_known("colour", true);
  second.set_known("colour", false);
  for (int round = 0; round < 3; ++round) {  // the second and third rounds are answered from the recent verdicts
    CHECK(first.known("colour") == std::optional<bool>(true));
    CHECK(second.known("colour") == std::optional<bool>(false));
  }
  first.set_known("colour", false);
  CHECK(first.known("colour") == std::optional<bool>(false));
  CHECK(second.known("colour") == std::optional<bool>(false));
  // A word too long for the recent verdicts goes to the table each time.
  const std::string long_word(40, 'q');
  first.set_known(long_word, true);
  CHECK(first.known(long_word) == std::optional<bool>(true));
  CHECK(first.known(long_word) == std::optional<bool>(true));
  CHECK_FALSE(first.known(std::string(39, 'q')).has_value());
  // A new table has no verdicts, whatever this thread remembers of an old one.
  auto made = std::make_unique<check::WordTable>();
  made->set_known("fresh", true);
  CHECK(made->known("fresh") == std::optional<bool>(true));
  made = std::make_unique<check::WordTable>();
  CHECK_FALSE(made->known("fresh").has_value());
}

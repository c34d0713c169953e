#include "check/word_table.h"

#include <catch2/catch.hpp>

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

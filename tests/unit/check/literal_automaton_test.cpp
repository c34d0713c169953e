#include "check/literal_automaton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "check/literal_index.h"

using namespace tactful;

namespace {

check::FoundLiterals automaton_finds(const std::vector<std::string>& literals, const std::string& text) {
  const check::LiteralAutomaton automaton(literals);
  check::FoundLiterals found(literals.size(), 0);
  automaton.find(text, found);
  return found;
}

}  // namespace

TEST_CASE("the automaton finds literals that overlap, nest and share their ends", "[pattern_set]") {
  const std::vector<std::string> literals = {"he", "she", "his", "hers", "s", "ushers", "x", "sh"};
  CHECK(automaton_finds(literals, "ushers") == check::FoundLiterals{1, 1, 0, 1, 1, 1, 0, 1});
  CHECK(automaton_finds(literals, "this") == check::FoundLiterals{0, 0, 1, 0, 1, 0, 0, 0});
  CHECK(automaton_finds(literals, "") == check::FoundLiterals(literals.size(), 0));
  // Bytes outside every literal, and non-ASCII bytes, reset nothing wrongly.
  CHECK(automaton_finds({"café", "fé"}, "un café") == check::FoundLiterals{1, 1});
  CHECK(automaton_finds({"ab"}, "a\xFF" "b a-b") == check::FoundLiterals{0});
  // What is set already stays set; an empty literal is never reported.
  const check::LiteralAutomaton automaton({"", "q"});
  CHECK(automaton.narrow());
  check::FoundLiterals found = {0, 1};
  automaton.find("nothing", found);
  CHECK(found == check::FoundLiterals{0, 1});
}

TEST_CASE("the automaton and the literal index give the same answers on random text", "[pattern_set][fast-path]") {
  std::mt19937 random(11);
  // Up to thousands of bytes: long texts are scanned in pieces side by side.
  std::uniform_int_distribution<int> letter(0, 5), length(1, 6), count(1, 60), text_length(0, 3000);
  const std::string alphabet = "abcd' ";
  for (int round = 0; round < 300; ++round) {
    check::LiteralIndex index;
    std::vector<std::string> literals;
    for (int n = count(random); n > 0; --n) {
      std::string literal;
      for (int k = length(random); k > 0; --k) literal += alphabet[static_cast<std::size_t>(letter(random))];
      if (index.add(literal) == static_cast<int>(literals.size())) literals.push_back(literal);
    }
    std::string text;
    for (int k = text_length(random); k > 0; --k) text += alphabet[static_cast<std::size_t>(letter(random))];
    check::FoundLiterals by_index(literals.size(), 0);
    std::vector<int> newly_by_index;
    index.find(text, by_index, &newly_by_index);
    INFO(text);
    REQUIRE(automaton_finds(literals, text) == by_index);
    REQUIRE(check::LiteralAutomaton(literals).narrow());
    // Both list what they found, each literal once.
    const check::LiteralAutomaton automaton(literals);
    check::FoundLiterals by_automaton(literals.size(), 0);
    std::vector<int> newly_by_automaton;
    automaton.find(text, by_automaton, &newly_by_automaton);
    check::FoundLiterals listed(literals.size(), 0);
    for (const int i : newly_by_automaton) {
      CHECK_FALSE(listed[static_cast<std::size_t>(i)]);
      listed[static_cast<std::size_t>(i)] = 1;
    }
    CHECK(listed == by_index);
    std::sort(newly_by_index.begin(), newly_by_index.end());
    std::sort(newly_by_automaton.begin(), newly_by_automaton.end());
    CHECK(newly_by_index == newly_by_automaton);
  }
}

TEST_CASE("a literal is found wherever it lies in a text long enough to be scanned in pieces", "[pattern_set]") {
  // Wherever the cuts between the pieces fall, some offset puts the literal
  // across each of them, and the block boundaries of the buffered states too.
  const std::vector<std::string> literals = {"informational interview", "z"};
  const std::string filler(3000, 'i');
  for (std::size_t at = 0; at + literals[0].size() <= filler.size(); ++at) {
    std::string text = filler;
    text.replace(at, literals[0].size(), literals[0]);
    INFO("at " << at);
    REQUIRE(automaton_finds(literals, text) == check::FoundLiterals{1, 0});
  }
}

TEST_CASE("an automaton of tens of thousands of states answers as the index does", "[pattern_set][fast-path]") {
  std::mt19937 random(12);
  std::uniform_int_distribution<int> letter(0, 25);
  check::LiteralIndex index;
  std::vector<std::string> literals;
  for (int n = 0; n < 6000; ++n) {
    std::string literal;
    for (int k = 0; k < 8; ++k) literal += static_cast<char>('a' + letter(random));
    if (index.add(literal) == static_cast<int>(literals.size())) literals.push_back(literal);
  }
  const check::LiteralAutomaton automaton(literals);
  REQUIRE(automaton.states() >= (1u << 15));
  CHECK_FALSE(automaton.narrow());  // past 16-bit entries: the wide table answers
  std::string text;
  for (int n = 0; n < 300; ++n) text += literals[static_cast<std::size_t>(n * 17) % literals.size()] + " ";
  for (int k = 0; k < 20000; ++k) text += static_cast<char>('a' + letter(random));
  check::FoundLiterals by_index(literals.size(), 0), by_automaton(literals.size(), 0);
  index.find(text, by_index);
  automaton.find(text, by_automaton);
  CHECK(by_automaton == by_index);
  CHECK(std::count(by_index.begin(), by_index.end(), 1) >= 300);
}

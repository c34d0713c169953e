#include "check/literal_automaton.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "check/literal_index.h"

using namespace tactful;

namespace {

std::vector<bool> automaton_finds(const std::vector<std::string>& literals, const std::string& text) {
  const check::LiteralAutomaton automaton(literals);
  std::vector<bool> found(literals.size(), false);
  automaton.find(text, found);
  return found;
}

}  // namespace

TEST_CASE("the automaton finds literals that overlap, nest and share their ends", "[pattern_set]") {
  const std::vector<std::string> literals = {"he", "she", "his", "hers", "s", "ushers", "x", "sh"};
  CHECK(automaton_finds(literals, "ushers") == std::vector<bool>{true, true, false, true, true, true, false, true});
  CHECK(automaton_finds(literals, "this") == std::vector<bool>{false, false, true, false, true, false, false, false});
  CHECK(automaton_finds(literals, "") == std::vector<bool>(literals.size(), false));
  // Bytes outside every literal, and non-ASCII bytes, reset nothing wrongly.
  CHECK(automaton_finds({"café", "fé"}, "un café") == std::vector<bool>{true, true});
  CHECK(automaton_finds({"ab"}, "a\xFF" "b a-b") == std::vector<bool>{false});
  // What is set already stays set; an empty literal is never reported.
  const check::LiteralAutomaton automaton({"", "q"});
  CHECK(automaton.narrow());
  std::vector<bool> found = {false, true};
  automaton.find("nothing", found);
  CHECK(found == std::vector<bool>{false, true});
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
    std::vector<bool> by_index(literals.size(), false);
    std::vector<int> newly_by_index;
    index.find(text, by_index, &newly_by_index);
    INFO(text);
    REQUIRE(automaton_finds(literals, text) == by_index);
    REQUIRE(check::LiteralAutomaton(literals).narrow());
    // Both list what they found, each literal once.
    const check::LiteralAutomaton automaton(literals);
    std::vector<bool> by_automaton(literals.size(), false);
    std::vector<int> newly_by_automaton;
    automaton.find(text, by_automaton, &newly_by_automaton);
    std::vector<bool> listed(literals.size(), false);
    for (const int i : newly_by_automaton) {
      CHECK_FALSE(listed[static_cast<std::size_t>(i)]);
      listed[static_cast<std::size_t>(i)] = true;
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
    REQUIRE(automaton_finds(literals, text) == std::vector<bool>{true, false});
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
  std::vector<bool> by_index(literals.size(), false), by_automaton(literals.size(), false);
  index.find(text, by_index);
  automaton.find(text, by_automaton);
  CHECK(by_automaton == by_index);
  CHECK(std::count(by_index.begin(), by_index.end(), true) >= 300);
}

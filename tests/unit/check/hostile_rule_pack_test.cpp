// Rule packs come from anyone: a file that is huge, recursive (YAML aliases),
// deeply nested, or holds a pattern that would explode must be refused with an
// error that names the file (and line where there is one), quickly, or load
// and then match in linear time. Each case also bounds the wall time, so a
// hang fails the test instead of stalling the suite.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "check/rule_set.h"
#include "engine/config.h"
#include "helpers.h"

#include <unistd.h>

using namespace tactful;
namespace fs = std::filesystem;

namespace {

const std::string kHead =
    "id: x\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n";

struct Timed {
  Expected<std::shared_ptr<const check::RuleSet>> result;
  double seconds;
};

Timed load(const std::string& yaml) {
  const auto start = std::chrono::steady_clock::now();
  auto result = check::RuleSet::from_texts({{"x.yaml", yaml}});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return {std::move(result), seconds};
}

// A "billion laughs": nine levels of nine references each.
std::string alias_bomb(const std::string& indent) {
  std::string out = indent + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level < 9; ++level) {
    const std::string prev = "*l" + std::to_string(level - 1);
    out += indent + "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [" + prev;
    for (int i = 1; i < 9; ++i) out += ", " + prev;
    out += "]\n";
  }
  return out;
}

}  // namespace

TEST_CASE("an alias bomb in a rule file is refused quickly with a located error", "[check][limits]") {
  // Where the loader looks at every element (examples), and where it does not (an unknown key).
  const Timed in_examples = load(kHead + "phrases: [job]\nexamples:\n  fail: []\n  pass: []\nbomb:\n" + alias_bomb("  "));
  REQUIRE_FALSE(in_examples.result);
  CHECK(in_examples.result.error().file == "x.yaml");
  CHECK(in_examples.result.error().line > 0);
  CHECK(in_examples.seconds < 5);

  const Timed in_a_list = load(kHead + "examples: {fail: [], pass: []}\nx: &x [job, hire]\nphrases: &p [*x, *x]\n");
  REQUIRE_FALSE(in_a_list.result);
  CHECK(in_a_list.result.error().line > 0);
  CHECK(in_a_list.seconds < 5);

  // A list that contains itself.
  const Timed cycle = load(kHead + "examples: {fail: [], pass: []}\nphrases: &p [job, *p]\n");
  REQUIRE_FALSE(cycle.result);
  CHECK(cycle.result.error().line == 9);
  CHECK(cycle.seconds < 5);
  auto config = engine::parse_config("words: &w [a, *w]\nrules: &r {x: *r}\n", "p/.tactful.yaml");
  REQUIRE_FALSE(config);
  CHECK(config.error().line == 2);
}

TEST_CASE("deeply nested YAML in a rule file or a config is an error, not a stack overflow", "[check][limits]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const Timed rule = load(kHead + "examples: {fail: [], pass: []}\nphrases: " + deep + "\n");
  REQUIRE_FALSE(rule.result);
  CHECK(rule.result.error().file == "x.yaml");
  CHECK(rule.seconds < 5);
  auto config = engine::parse_config("words: " + deep + "\n", "p/.tactful.yaml");
  REQUIRE_FALSE(config);
  CHECK(config.error().file == "p/.tactful.yaml");
}

TEST_CASE("an alias bomb in a config does not expand", "[engine][limits]") {
  const auto start = std::chrono::steady_clock::now();
  auto config = engine::parse_config("bombs:\n" + alias_bomb("  ") + "words: *l8\n", "p/.tactful.yaml");
  REQUIRE_FALSE(config);  // an unknown key first; but even reading `words` must not take long
  auto words = engine::parse_config("x: &w [a, b]\n", "p/.tactful.yaml");
  CHECK_FALSE(words);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 5);
}

TEST_CASE("a pattern whose compiled form would explode is refused at its line", "[check][limits]") {
  const Timed nested = load(kHead + "examples: {fail: [], pass: []}\npatterns:\n  - '((((a{100}){100}){100}){100})'\n");
  REQUIRE_FALSE(nested.result);
  CHECK(nested.result.error().line == 10);
  CHECK(nested.result.error().message.find("bad pattern") != std::string::npos);
  CHECK(nested.seconds < 5);
}

TEST_CASE("a pattern that parses but compiles past RE2's memory bound is refused at its line", "[check][limits]") {
  // (\PL, not \pL: a rule's \pL is compiled as the cheap class, far smaller.)
  // Such patterns are parsed at load and compiled while the pack goes on
  // loading; the refusal must still stop the load, at the pattern's line.
  const Timed phrase = load(kHead + "examples: {fail: [], pass: []}\npatterns:\n  - '\\PL{1000} job'\n");
  REQUIRE_FALSE(phrase.result);
  CHECK(phrase.result.error().line == 10);
  CHECK(phrase.result.error().message.find("too large") != std::string::npos);
  std::string placeholder = kHead + "examples: {fail: [], pass: []}\npatterns:\n  - '\\[Name\\]'\n  - '\\PL{1000}'\n";
  placeholder.replace(placeholder.find("kind: phrase"), 12, "kind: placeholder");
  const Timed refused = load(placeholder);
  REQUIRE_FALSE(refused.result);
  CHECK(refused.result.error().line == 10);
  CHECK(refused.result.error().message.find("too large") != std::string::npos);
}

TEST_CASE("a pattern with bad syntax is refused at its line even when its words would prefilter it", "[check][limits]") {
  // "hiring manager" gives the prefilter its words; the class never closes.
  const Timed bad = load(kHead + "examples: {fail: [], pass: []}\npatterns:\n  - 'hiring manager [a-'\n");
  REQUIRE_FALSE(bad.result);
  CHECK(bad.result.error().line == 10);
  CHECK(bad.result.error().message.find("bad pattern") != std::string::npos);
}

TEST_CASE("a pattern over 64 KiB is refused, naming the limit", "[check][limits]") {
  std::string big = "patterns:\n  - '";
  for (int i = 0; i < 9000; ++i) big += "word" + std::to_string(i) + "|";
  big += "end'\n";
  const Timed huge = load(kHead + "examples: {fail: [], pass: []}\n" + big);
  REQUIRE_FALSE(huge.result);
  CHECK(huge.result.error().message.find("64 KiB") != std::string::npos);
  CHECK(huge.result.error().line == 10);
}

TEST_CASE("patterns that backtrack catastrophically elsewhere match in linear time (RE2)", "[check][limits]") {
  const auto rules = test::rules_from({test::phrase_rule("x", "patterns: ['(a+)+$', '(a|aa)+b', '(x+x+)+y', '(a+)+c']\n")});
  const std::string text = "Subject: s\n\nHi,\n\n" + std::string(90000, 'a') + "c " + std::string(5000, 'x') + "\n";
  const auto start = std::chrono::steady_clock::now();
  const auto result = test::lint(rules, text);
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 10);
  // Only "(a+)+c" can match (once, the whole run of a's); the others fail
  // after trying every split of the run, which is what backtracking engines hang on.
  CHECK(test::excerpts_of(result, "x").size() == 1);
}

TEST_CASE("a rule file over 1 MiB and a pack of more than 2000 rules are refused", "[check][limits]") {
  const fs::path folder = fs::temp_directory_path() / ("tactful-hostile-" + std::to_string(::getpid()));
  fs::create_directories(folder / "big");
  {
    std::ofstream big(folder / "big" / "x.yaml");
    big << kHead << "examples: {fail: [], pass: []}\nphrases: [job]\ndescription-padding: '" << std::string(1100000, 'a') << "'\n";
  }
  auto too_big = check::RuleSet::load({(folder / "big").string()});
  REQUIRE_FALSE(too_big);
  CHECK(too_big.error().file.find("x.yaml") != std::string::npos);
  CHECK(too_big.error().message.find("1 MiB") != std::string::npos);

  std::vector<std::pair<std::string, std::string>> many;
  for (int i = 0; i < 2001; ++i) many.emplace_back("r" + std::to_string(i), kHead + "examples: {fail: [], pass: []}\nphrases: [job]\n");
  auto too_many = check::RuleSet::from_texts(many);
  REQUIRE_FALSE(too_many);
  CHECK(too_many.error().message.find("2000") != std::string::npos);
  fs::remove_all(folder);
}

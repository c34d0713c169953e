#include "check/metric.h"

#include "helpers.h"

using namespace tactful;

namespace {

std::string ratio_rule(const std::string& numerator = "[i, me, my, Myself]") {
  return "id: self-focus\nkind: metric\nseverity: warning\nguideline: G8\napplies-to: [all]\nmessage: m\ndescription: d\n"
         "examples: {fail: [], pass: []}\nmeasure: ratio\nnumerator: " +
         numerator + "\ndenominator: [you, your, yourselves]\nmax-ratio: 2\nmin-count: 4\n";
}

std::string note_of(const std::string& text) {
  static const auto rules = test::rules_from({ratio_rule()});
  const auto result = test::lint(rules, text);
  for (const Diagnostic& d : result.diagnostics)
    if (d.rule == "self-focus") return d.message;
  return "";
}

}  // namespace

TEST_CASE("a ratio counts its words in any case and before an apostrophe, and nothing that only starts like them", "[check]") {
  CHECK(note_of("I'm sure I’ve told my MYSELF and me of it.").find("(5 first-person words to 0 second-person)") !=
        std::string::npos);
  // Words that begin with the same letters, or are longer than any counted word, do not count.
  CHECK(note_of("Imagine immense mysteries in myriad minds; mine? Index, yourselves, yourselvesx.").empty());
  CHECK(note_of("I think I can, and I hope my plan suits you and your team.").empty());  // 4 to 2: within 2 to 1
}

TEST_CASE("a ratio word longer than 64 bytes is an error at its line", "[check]") {
  const auto set = check::RuleSet::from_texts({{"rule0", ratio_rule("[i, " + std::string(65, 'a') + "]")}});
  REQUIRE_FALSE(set);
  CHECK(set.error().to_string().find("longer than 64 bytes") != std::string::npos);
}

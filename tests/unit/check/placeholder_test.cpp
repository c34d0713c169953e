#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "helpers.h"

using namespace tactful;
using test::excerpts_of;
using test::lint;
using test::rules_from;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string kShippedRule = std::string(TACTFUL_SOURCE_DIR) + "/rules/informational-interview/unfilled-placeholder.yaml";

// The same rule with its patterns joined into one: a pattern with an
// alternation at its top is searched in every text, as the whole rule was
// before it chose among its patterns per message.
std::string as_one_pattern(const std::string& rule_yaml) {
  YAML::Node rule = YAML::Load(rule_yaml);
  std::string joined;
  for (const auto& p : rule["patterns"]) joined += (joined.empty() ? "(?:" : "|(?:") + p.as<std::string>() + ")";
  rule["patterns"] = std::vector<std::string>{joined};
  YAML::Emitter out;
  out << rule;
  return out.c_str();
}

}  // namespace

// A placeholder rule searches each message with the alternation of only the
// patterns whose leading character ('[', '{', '<', ...) the message holds;
// what it finds must be what the whole alternation finds.
TEST_CASE("a placeholder rule finds what the alternation of all its patterns finds", "[check]") {
  const std::string yaml = slurp(kShippedRule);
  const auto rules = rules_from({yaml});
  const auto reference = rules_from({as_one_pattern(yaml)});
  const std::string id = YAML::Load(yaml)["id"].as<std::string>();
  std::vector<std::string> texts = {
      "Dear Ann,\nI enjoyed your talk.\n",
      "Hi [Name], could you spare 20 minutes?\n",
      "Hi {{first_name}}, I admire {company} and ${role} and <<Team>>.\n",
      "Dear Name,\nHello %FIRSTNAME%, from *|FNAME|* at XYZ Corp.\n",
      "I follow ___'s work; (blank) and (insert name) and <Company> too.\n",
      "[[wiki]] [ ] [x] [insert role] (company name) <first name> $first_name\n",
      "A [link](https://example.com) and <a@b.org> and (see above) and 100% sure.\n",
      "Nested [Name {{company}}] and {[x]} and <[Name]> and ([Name]).\n",
      "Two on one line: [Name][Company] {{a}}{{b}} %A%%B%\n",
      "Underscores ____ and _____________ and __init__ and a_b_c.\n",
      "Hi [Name\nacross a line], {{ unclosed and [unclosed\n",
      "",
  };
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(TACTFUL_SOURCE_DIR) + "/corpus"))
    if (entry.is_regular_file() && entry.path().extension() != ".expect") texts.push_back(slurp(entry.path().string()));
  std::size_t compared_findings = 0;
  for (const std::string& text : texts) {
    INFO(text.substr(0, 200));
    const auto found = excerpts_of(lint(rules, text), id);
    CHECK(found == excerpts_of(lint(reference, text), id));
    compared_findings += found.size();
  }
  CHECK(compared_findings > 20);  // the texts do hold placeholders
}

TEST_CASE("a placeholder rule whose patterns all need a character finds nothing in a text without any", "[check]") {
  const auto rules = rules_from({
      "id: brackets\nkind: placeholder\nseverity: error\nguideline: G10\napplies-to: [all]\nmessage: m\n"
      "description: d\nexamples: {fail: [], pass: []}\npatterns: ['\\[[A-Z]\\w*\\]', '\\{\\{\\w+\\}\\}']\n"});
  CHECK(excerpts_of(lint(rules, "Dear Ann, nothing to fill in here.\n"), "brackets").empty());
  CHECK(excerpts_of(lint(rules, "Dear [Name], hello {{company}}.\n"), "brackets") ==
        std::vector<std::string>{"[Name]", "{{company}}"});
  // A pattern that may begin without its first character (optional, or an
  // alternation at the top) is searched in every text.
  const auto loose = rules_from({
      "id: loose\nkind: placeholder\nseverity: error\nguideline: G10\napplies-to: [all]\nmessage: m\n"
      "description: d\nexamples: {fail: [], pass: []}\npatterns: ['\\[?NAME\\]?', '<X>|TBD']\n"});
  CHECK(excerpts_of(lint(loose, "Dear NAME, see you TBD.\n"), "loose") == std::vector<std::string>{"NAME", "TBD"});
}

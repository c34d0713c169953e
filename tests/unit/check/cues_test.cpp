#include "check/cues.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>

#include "check/pattern_set.h"
#include "helpers.h"

using namespace tactful;

TEST_CASE("clauses end at punctuation and at 'but'", "[check]") {
  const std::string text = "I am not sure, but are you hiring";
  const std::size_t at = text.find("are");
  CHECK(check::clause_start(text, at, 10) == text.find(" are"));
  const std::string plain = "one two three four five six seven";
  CHECK(check::clause_start(plain, plain.size(), 3) == plain.find("five"));
}

TEST_CASE("negation cues are found within the window before a match", "[check]") {
  auto cues = check::Cues::make({}, true, 6);
  REQUIRE(cues);
  const std::string text = "I'm not asking for a job, just advice.";
  const std::size_t at = text.find("asking");
  CHECK(cues->before(text, {at, at + 6}));
  const std::string far = "Not that it matters at all to anyone here really asking for a job.";
  const std::size_t far_at = far.find("asking");
  CHECK_FALSE(cues->before(far, {far_at, far_at + 6}));
}

namespace {

// The slow path: one regex of every cue, searched in the range.
bool whole_alternation_within(const RE2& re, std::string_view text, TextRange range) {
  return !check::find_all(re, text, range).empty();
}

std::unique_ptr<RE2> whole_alternation(const check::Cues& cues) {
  auto re = std::make_unique<RE2>(cues.alternation());
  REQUIRE(re->ok());
  return re;
}

// Every clause of `text` up to 12 words, as Cues::before sees them.
std::vector<TextRange> clauses_of(std::string_view text) {
  std::vector<TextRange> out;
  for (std::size_t at = 0; at < text.size(); at = text.find(' ', at + 1)) {
    if (at == std::string_view::npos) break;
    out.push_back({check::clause_start(text, at, 12), at});
  }
  return out;
}

}  // namespace

// Each cue has a regex of its own, which a range without its words never
// compiles; the answer must be that of one regex of all the cues, also
// where RE2's case folding goes beyond ASCII (KELVIN SIGN, LONG S).
TEST_CASE("cues answer as one regex of all of them does", "[check]") {
  const std::vector<std::pair<std::vector<std::string>, bool>> lists = {
      {{}, true},
      {{"regardless of", "irrespective of", "as you [asked|requested]", "kindly"}, false},
      {{"hardly *"}, true},
      {{"* *", "kindly"}, false},
  };
  const std::vector<std::string> clauses = {
      "I am not asking",        "I don't mean to",        "I don\xE2\x80\x99t mean to", "I can't say",
      "NEVER would I",          "just asking for advice", "regardless of the role",     "REGARDLESS OF",
      "as you requested",       "as you said",            "\xE2\x84\xAAindly",           "kindly",
      "no\xC5\xBFt a cue",      "hardly ever",            "",                           "isn\xE2\x80\x99t it",
      "independent of nothing", "the last thing I want",  "wondering whether",         "kin dly",
      "as you as\xE2\x84\xAA" "ed", "regardle\xC5\xBF\xC5\xBF of",
  };
  for (const auto& [phrases, negation] : lists) {
    auto cues = check::Cues::make(phrases, negation, 6);
    REQUIRE(cues);
    const auto whole = whole_alternation(*cues);
    for (const std::string& clause : clauses) {
      INFO("clause '" << clause << "'");
      CHECK(cues->within(clause, {0, clause.size()}) == whole_alternation_within(*whole, clause, {0, clause.size()}));
    }
  }
}

// The same over the shipped pack's cue lists and every clause of the corpus.
TEST_CASE("the pack's cues answer as one regex each on the corpus", "[check]") {
  std::vector<check::Cues> lists;
  const auto folder = std::filesystem::path(TACTFUL_SOURCE_DIR) / "rules" / "informational-interview";
  for (const auto& file : std::filesystem::directory_iterator(folder)) {
    if (file.path().extension() != ".yaml") continue;
    const YAML::Node root = YAML::LoadFile(file.path().string());
    const bool negation = root["negation"] && root["negation"].as<bool>();
    for (const char* key : {"unless", "unless-after"}) {
      std::vector<std::string> phrases;
      if (root[key])
        for (const auto& phrase : root[key]) phrases.push_back(phrase.as<std::string>());
      if (phrases.empty() && !(negation && std::string(key) == "unless")) continue;
      auto cues = check::Cues::make(phrases, negation && std::string(key) == "unless", 6);
      REQUIRE(cues);
      lists.push_back(std::move(*cues));
    }
  }
  REQUIRE(lists.size() >= 5);
  std::vector<std::unique_ptr<RE2>> wholes;
  for (const check::Cues& cues : lists) wholes.push_back(whole_alternation(cues));
  std::size_t ranges = 0, held = 0;
  for (const InputEntry& entry : test::corpus_messages()) {
    const Message message = read_message(entry.path, std::string(entry.bytes()));
    for (const TextRange& range : clauses_of(message.body)) {
      ++ranges;
      for (std::size_t i = 0; i < lists.size(); ++i) {
        const bool fast = lists[i].within(message.body, range);
        held += fast;
        if (fast != whole_alternation_within(*wholes[i], message.body, range))
          FAIL_CHECK(entry.path << ": '" << std::string(range.in(message.body)) << "' with "
                                << lists[i].alternation().substr(0, 80));
      }
    }
  }
  INFO(ranges << " clauses, " << held << " cue hits");
  CHECK(ranges > 1000);
  CHECK(held > 50);  // the comparison saw cues, not only their absence
}

TEST_CASE("a clause without a cue's words is answered without compiling the cues", "[check]") {
  auto cues = check::Cues::make({"regardless of"}, true, 6);
  REQUIRE(cues);
  const std::string clause = "I would love to hear about your work";
  CHECK_FALSE(cues->within(clause, {0, clause.size()}));
  CHECK_FALSE(cues->compiled());
  const std::string negated = "I would not want to take much of your time";
  CHECK(cues->within(negated, {0, negated.size()}));
  CHECK(cues->compiled());
}

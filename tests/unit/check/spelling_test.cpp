// The `spelling` kind: what it flags, what it must leave alone, the names a
// message vouches for, and its fixes. Needs the en_US Hunspell dictionary.
#include <catch2/catch.hpp>

#include "check/dictionary.h"
#include "check/rule_set.h"
#include "engine/linter.h"
#include "message/reader.h"

using namespace tactful;

namespace {

const std::string kRule = R"(id: spelling
kind: spelling
severity: warning
guideline: G12
applies-to: [all]
message: m
description: d
examples: {fail: [], pass: []}
dictionaries: [en_US]
optional-dictionaries: [en_GB]
words: [bootcamp mentee]
)";

std::shared_ptr<const check::RuleSet> rules() {
  static auto set = check::RuleSet::from_texts({{"spelling.yaml", kRule}});
  if (!set) FAIL(set.error().to_string());
  return *set;
}

std::vector<std::string> flagged(const std::string& text, engine::Config config = {}) {
  const Message message = read_message("draft.txt", text);
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  std::vector<std::string> out;
  for (const Diagnostic& d : engine::Linter(rules()).lint(message, config, options).diagnostics)
    if (d.rule == "spelling") out.push_back(d.excerpt);
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("misspelt lower-case and sentence-initial words are flagged", "[spelling]") {
  CHECK(flagged("Dear Sophie,\n\nI have three years of experiance in testing. Finaly, I am not asking for a job.\n") ==
        Words{"experiance", "Finaly"});
}

TEST_CASE("a flagged word carries the dictionary's suggestions as fixes", "[spelling]") {
  const Message message = read_message("draft.txt", "Hi Ravi,\n\nI would like to recieve your advice.\n");
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  const auto result = engine::Linter(rules()).lint(message, engine::Config{}, options);
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics[0];
  REQUIRE_FALSE(d.fixes.empty());
  CHECK(d.fixes.front().replacement == "receive");
  CHECK(d.range.in(message.source) == "recieve");
  CHECK(d.message.find("receive") != std::string::npos);
}

TEST_CASE("a capitalised misspelling is offered common words before names", "[spelling]") {
  const Message message = read_message("draft.txt", "Hi Ravi,\n\nFinaly, I am not asking for a job.\n");
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  const auto result = engine::Linter(rules()).lint(message, engine::Config{}, options);
  REQUIRE(result.diagnostics.size() == 1);
  REQUIRE_FALSE(result.diagnostics[0].fixes.empty());
  const std::string first = result.diagnostics[0].fixes.front().replacement;
  CHECK((first == "Finally" || first == "Final"));
}

TEST_CASE("capitalised unknown words inside a sentence are taken as names", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nA colleague, Tamsin Greer of Alcorá Foods, suggested I write.\n").empty());
}

TEST_CASE("a name known from the headers or signature may open a sentence", "[spelling]") {
  CHECK(flagged("To: Margaret Oyelaran <m@example.org>\n\nDear Margaret,\n\nOyelaran is a rare name. I enjoyed your talk.\n").empty());
  CHECK(flagged("Hi Ann,\n\nKestrelwick is where I work now.\n\nBest,\nHannah Cohen\nKestrelwick Labs\n").empty());
  CHECK(flagged("Hi Ann,\n\nKestrelwick is where I work now.\n") == Words{"Kestrelwick"});
}

TEST_CASE("a sentence may open with a name that has accents or is followed by a family name", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nPrzemysław suggested I write. Tamsin Greer agreed.\n").empty());
  CHECK(flagged("Hi Ann,\n\nTamsin agreed.\n") == Words{"Tamsin"});
}

TEST_CASE("e-mail domains make their parts known", "[spelling]") {
  CHECK(flagged("From: Hannah <h@kestrelwick-robotics.com>\n\nHi Ann,\n\nKestrelwick builds robots.\n").empty());
}

TEST_CASE("personal words from the config are known in any case", "[spelling]") {
  engine::Config config;
  config.settings.personal_words = {"kubectl", "Zyxwiq"};
  CHECK(flagged("Hi Ann,\n\nI use kubectl daily. Zyxwiq is my team.\n", config).empty());
  CHECK(flagged("Hi Ann,\n\nI use kubectl daily.\n") == Words{"kubectl"});
}

TEST_CASE("the rule's own words are known in any case", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nI finished a bootcamp and was a mentee there. Bootcamp life was hard.\n").empty());
}

TEST_CASE("links, addresses, numbers, acronyms and code-like tokens are skipped", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nSee https://exmaple.com/portfollio or www.acmee.io/xyzzy and mail me at qwrt_z@exmaple.org. "
                "I wrote the NLPQ tool, 3rd in 2025, using getUserNmae and snake_case_thing in `fooo barr`.\n")
            .empty());
}

TEST_CASE("words split by a hard-wrapped hyphen are judged joined", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nI am curious about the infor-\nmation you shared and the well-\nknown study.\n").empty());
  CHECK(flagged("Hi Ann,\n\nI would value a co-founder's view and a pre-screened list.\n").empty());
}

TEST_CASE("contractions with either apostrophe and British spellings pass", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nI don't want to take long, and I don’t mind when. I’d value your view on colour and "
                "programme design; I realise my favourite specialism is localisation.\n")
            .empty());
}

TEST_CASE("the greeting, quoted text and signature are not spell-checked", "[spelling]") {
  CHECK(flagged("Dear Anne,\n\nThanks for your note.\n\nOn Tue, Nov 17, 2026 at 9:02 AM Ann Lee <ann@example.com> wrote:\n"
                "> I recieved it.\n")
            .empty());
}

TEST_CASE("words of other scripts are not judged by an English dictionary", "[spelling]") {
  CHECK(flagged("Hi Ann,\n\nmy friend said спасибо and 谢谢 to you.\n").empty());
  CHECK(flagged("Hi Ann,\n\nthe list had ņ and ĉ in it.\n").empty());  // one letter is no word
}

TEST_CASE("a missing dictionary is a located load error", "[spelling]") {
  std::string bad = kRule;
  bad.replace(bad.find("[en_US]"), 7, "[xx_NOPE]");
  auto set = check::RuleSet::from_texts({{"spelling.yaml", bad}});
  REQUIRE_FALSE(set.has_value());
  CHECK(set.error().file == "spelling.yaml");
  CHECK(set.error().line == 9);
  CHECK(set.error().message.find("xx_NOPE") != std::string::npos);
}

TEST_CASE("an optional dictionary that is missing is left out quietly", "[spelling]") {
  std::string text = kRule;
  text.replace(text.find("[en_GB]"), 7, "[xx_NOPE]");
  CHECK(check::RuleSet::from_texts({{"spelling.yaml", text}}).has_value());
}

TEST_CASE("a name the message vouches for is accepted without loading Hunspell", "[spelling]") {
  // A dictionary of its own (en_US twice), so no other test has loaded it.
  std::string rule = kRule;
  rule.replace(rule.find("dictionaries: [en_US]"), 21, "dictionaries: [en_US, en_US]");
  ::setenv("TACTFUL_WORD_LISTS", (std::string(TACTFUL_BUILD_DIR) + "/word-lists").c_str(), 1);
  const auto set = check::RuleSet::from_texts({{"spelling.yaml", rule}});
  ::unsetenv("TACTFUL_WORD_LISTS");
  REQUIRE(set);
  const Message message = read_message("d.eml",
      "From: Przemysław Nowak <pn@example.org>\nSubject: s\n\nHi Ann,\n\nPrzemysław here. I read your post.\n\nBest,\nPrzemysław\n");
  engine::LintOptions options;
  options.kind = MessageKind::outreach;
  const auto result = engine::Linter(*set).lint(message, engine::Config{}, options);
  for (const Diagnostic& d : result.diagnostics) CHECK(d.rule != "spelling");
  auto files = check::find_dictionary("en_US", check::standard_dictionary_folders());
  REQUIRE(files);
  std::vector<check::DictionaryFiles> all = {*files, *files};
  if (auto british = check::find_dictionary("en_GB", check::standard_dictionary_folders())) all.push_back(*british);
  const auto dictionary = check::Dictionary::shared(all);
  CHECK(dictionary->cached_words() > 0);  // the rule did use this dictionary
  CHECK_FALSE(dictionary->hunspell_loaded(0));
}

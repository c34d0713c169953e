#include "check/phrase_pattern.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <algorithm>

#include "check/literal_view.h"

using namespace tactful;

namespace {
bool matches(const std::string& phrase, const std::string& text) {
  auto regex = check::alternation({phrase}, {});
  REQUIRE(regex);
  RE2 re(*regex);
  REQUIRE(re.ok());
  return RE2::PartialMatch(text, re);
}
}  // namespace

TEST_CASE("phrases match across spaces, line breaks and hyphens, case-insensitively", "[check]") {
  CHECK(matches("are you hiring", "So, Are  you\nhiring?"));
  CHECK(matches("follow-up", "a follow up note"));
  CHECK(matches("follow-up", "a followup note"));
  CHECK_FALSE(matches("are you hiring", "are you rehiring"));
}

TEST_CASE("groups, optional groups, one-word and multi-word gaps", "[check]") {
  CHECK(matches("[any|] openings", "openings"));
  CHECK(matches("[any|] openings", "any openings"));
  CHECK(matches("[a role|a position] on your team", "a position on your team"));
  CHECK(matches("consider me ... role", "consider me for the analyst role"));
  CHECK_FALSE(matches("consider me ... role", "consider me for one of the many open analyst role"));
  CHECK(matches("is * hiring", "is Acme hiring"));
}

TEST_CASE("apostrophes match both forms and '~' adds common endings", "[check]") {
  CHECK(matches("I'd be a great fit", "I’d be a great fit"));
  CHECK(matches("open~", "openings"));
  CHECK(matches("hire~", "hiring"));
  CHECK(matches("hire~", "hired"));
}

TEST_CASE("malformed phrases are errors, not silent rules", "[check]") {
  CHECK_FALSE(check::phrase_to_regex("[any openings"));
  CHECK_FALSE(check::phrase_to_regex("any] openings"));
  CHECK_FALSE(check::phrase_to_regex("... openings"));
  CHECK_FALSE(check::phrase_to_regex(""));
}

namespace {
check::Requirements required_of(const std::string& phrase) {
  check::Requirements required;
  REQUIRE(check::phrase_to_regex(phrase, required));
  return required;
}
}  // namespace

TEST_CASE("a phrase requires each of its words and one word of each group", "[check][prefilter]") {
  using R = check::Requirements;
  CHECK(required_of("are you hiring") == R{{"are"}, {"you"}, {"hiring"}, {"are you"}, {"you hiring"}});
  CHECK(required_of("follow-up") == R{{"follow"}, {"up"}});
  CHECK(required_of("[any|] openings") == R{{"openings"}});
  CHECK(required_of("[a role|a position] on your team") ==
        R{{"a role", "a position"}, {"on"}, {"your"}, {"team"}, {"role on", "position on"}, {"on your"}, {"your team"}});
  CHECK(required_of("consider me ... role") == R{{"consider"}, {"me"}, {"role"}, {"consider me"}});
  CHECK(required_of("open~ [role|job]") == R{{"open"}, {"role", "job"}});
  CHECK(required_of("hire~ now") == R{{"hir"}, {"now"}});
}

TEST_CASE("two plain words or groups of them in a row require one of their pairs", "[check][prefilter]") {
  using R = check::Requirements;
  CHECK(required_of("[how|why] you [got|moved]") ==
        R{{"how", "why"}, {"you"}, {"got", "moved"}, {"how you", "why you"}, {"you got", "you moved"}});
  // A group of several words pairs by the words its alternatives start and end with.
  CHECK(required_of("you [asked|kindly offered] to") ==
        R{{"you"}, {"asked", "kindly offered"}, {"to"}, {"you asked", "you kindly"}, {"asked to", "offered to"}});
  // An optional group, '...', '*' and the ending of a '~' word break a pair.
  CHECK(required_of("speak [up|] for me") == R{{"speak"}, {"for"}, {"me"}, {"for me"}});
  CHECK(required_of("ask ... for * role") == R{{"ask"}, {"for"}, {"role"}});
  CHECK(required_of("open~ role") == R{{"open"}, {"role"}});
  // A '~' word starts with its stem; a hyphen reads as a space or nothing,
  // an apostrophe as either of its forms.
  CHECK(required_of("now hire~") == R{{"now"}, {"hir"}, {"now hir"}});
  CHECK(required_of("follow-up call") == R{{"follow"}, {"up"}, {"call"}, {"follow up call", "followup call"}});
  CHECK(required_of("I'm glad") == R{{"glad"}, {"i'm glad", "i\xE2\x80\x99m glad"}});
  // The pair holds however the words are set apart.
  const RE2 re("(?i)\\b(?:" + *check::phrase_to_regex("for me") + ")\\b");
  for (const std::string text : {"for me", "FOR\n   me", "for\r\n\tme", "for–me", "for — me", "for/me", "for-me"}) {
    INFO(text);
    re2::StringPiece m;
    REQUIRE(re.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1));
    CHECK(check::literal_view(m).find("for me") != std::string::npos);
  }
}

TEST_CASE("every match of a phrase holds a literal of each clause it requires, however it is written", "[check][prefilter]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"I'm glad", {"I'm glad", "i’m GLAD", "I’m\n glad"}},
      {"follow-up call", {"follow-up call", "follow up call", "followup call", "Follow-Up\tcall", "follow\nup call"}},
      {"don't-stop [me|us] now", {"don't-stop me now", "don’t stop us\nnow", "DON'TSTOP me now"}},
      {"now hire~", {"now hiring", "NOW hired", "now hire"}},
      {"[isn't|is not] a job-related request", {"isn't a job-related request", "is not a job related request", "isn’t a jobrelated request"}},
  };
  for (const auto& [phrase, texts] : cases) {
    check::Requirements required;
    const auto regex = check::phrase_to_regex(phrase, required);
    REQUIRE(regex);
    const RE2 re("(?i)\\b(?:" + *regex + ")\\b");
    for (const std::string& text : texts) {
      INFO(phrase << " in " << text);
      re2::StringPiece m;
      REQUIRE(re.Match(text, 0, text.size(), RE2::UNANCHORED, &m, 1));
      const std::string view = check::literal_view(m);
      for (const auto& clause : required)
        CHECK(std::any_of(clause.begin(), clause.end(), [&](const std::string& l) { return view.find(l) != std::string::npos; }));
    }
  }
}

TEST_CASE("the narrowest clause has no common word, nor a pair of common words", "[check][prefilter]") {
  using R = check::Requirements;
  CHECK(check::narrowest_clause(R{{"the"}, {"gop"}}) == std::vector<std::string>{"gop"});
  // "pray(?:ing)?\s+for\s+(?:you|me|a)": the pairs are longer than "pray", but most mail says "for you".
  CHECK(check::narrowest_clause(R{{"pray"}, {"for"}, {"for you", "for me", "for a"}}) == std::vector<std::string>{"pray"});
  CHECK(check::narrowest_clause(R{{"as"}, {"as a"}, {"christian", "jew"}}) == std::vector<std::string>{"christian", "jew"});
  // A pair with one rare word is rare.
  CHECK(check::narrowest_clause(R{{"the grace"}, {"of"}}) == std::vector<std::string>{"the grace"});
  // When every clause is common, the longest still wins.
  CHECK(check::narrowest_clause(R{{"for you"}, {"as"}}) == std::vector<std::string>{"for you"});
}

TEST_CASE("words a lower-cased text cannot show require nothing", "[check][prefilter]") {
  // One letter is in every text; '*' is any word; (?i) folds non-ASCII
  // letters in ways ASCII lower-casing does not; a group with an
  // alternative that requires nothing requires nothing.
  CHECK(required_of("I'd").empty());
  CHECK(required_of("* *").empty());
  CHECK(required_of("café").empty());
  CHECK(required_of("[the job|a] role") == check::Requirements{{"role"}, {"job role", "a role"}});
}

TEST_CASE("a rule pattern's letter classes are compiled as the cheap ones, and match names as before", "[check]") {
  auto parts = check::alternative_regexes({}, {R"(\b(?:hi|dear)\s+\p{L}[\p{L}'’-]*)"});
  REQUIRE(parts);
  REQUIRE(parts->size() == 1);
  const std::string& regex = parts->front().regex;
  CHECK(regex.find("\\p{L}") == std::string::npos);
  RE2 cheap(regex), real(R"((?i)(?:\b(?:hi|dear)\s+\p{L}[\p{L}'’-]*))");
  REQUIRE(cheap.ok());
  CHECK(cheap.ProgramSize() * 4 < real.ProgramSize());
  for (const char* text : {"Hi Zoë,", "Dear O’Neil", "dear Ólafur", "Hi Иван", "hi 42", "Hi, there"})
    CHECK(RE2::PartialMatch(text, cheap) == RE2::PartialMatch(text, real));
}

TEST_CASE("an alternation is the regexes of the phrases and patterns joined, in order", "[check]") {
  // alternation() makes a raw pattern's regex without working out what it
  // requires; the regexes must be the ones alternative_regexes makes.
  const std::vector<std::string> phrases = {"are you hiring", "[any|] openings", "follow-up"};
  const std::vector<std::string> patterns = {R"(^\s*(re|fwd?)\s*:)", R"(\p{Lu}\w+ (Inc|LLC)\b)", "x{2,40}"};
  for (const auto& [p, q] : {std::pair{phrases, patterns}, {phrases, std::vector<std::string>{}}, {std::vector<std::string>{}, patterns}}) {
    auto parts = check::alternative_regexes(p, q);
    REQUIRE(parts);
    auto joined = check::alternation(p, q);
    REQUIRE(joined);
    CHECK(*joined == check::alternation_of(*parts));
  }
  CHECK_FALSE(check::alternation({}, {}));
}

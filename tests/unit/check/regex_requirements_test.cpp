#include "check/regex_requirements.h"

#include <catch2/catch.hpp>

using namespace tactful;
using R = check::Requirements;

TEST_CASE("a pattern requires its runs of letters that nothing makes optional", "[check][prefilter]") {
  CHECK(check::regex_requirements(R"(\bdead[- ]end\s+(?:job|role)\b)") ==
        R{{"dead"}, {"end"}, {"job", "role"}, {"dead end"}, {"end job", "end role"}});
  CHECK(check::regex_requirements(R"(\d{1,2}\s*(?:minutes?|mins?)\b)") == R{{"minute", "min"}});
  CHECK(check::regex_requirements(R"(\bsoul[- ](?:crushing|sucking)\b[^.!?]*)") ==
        R{{"soul"}, {"crushing", "sucking"}, {"soul crushing", "soul sucking"}});
  CHECK(check::regex_requirements(R"((?i:insert|add)\s+name)") == R{{"insert", "add"}, {"name"}, {"insert name", "add name"}});
  CHECK(check::regex_requirements(R"(politic(?-i:[A-Z])s)") == R{{"politic"}});
  CHECK(check::regex_requirements(R"((?P<w>vote)d?)") == R{{"vote"}});
}

TEST_CASE("optional, repeated and unknown parts require nothing of their own", "[check][prefilter]") {
  CHECK(check::regex_requirements(R"((?:very\s+)?toxic)") == R{{"toxic"}});
  CHECK(check::regex_requirements(R"(go+gle)") == R{{"go"}, {"gle"}});  // "go", more o, "gle"
  CHECK(check::regex_requirements(R"(ab{0,3}cd)") == R{{"cd"}});
  CHECK(check::regex_requirements(R"(x{2}yz)") == R{{"yz"}});
  CHECK(check::regex_requirements(R"([job]+ \x{2014} \p{L}+ \pL)").empty());
  CHECK(check::regex_requirements(R"(job|.)").empty());  // one alternative requires nothing
  CHECK(check::regex_requirements(R"(a{,2}b)").empty());  // '{' that is no quantifier is a literal
}

TEST_CASE("what the reader does not follow gives no requirements instead of wrong ones", "[check][prefilter]") {
  CHECK(check::regex_requirements(R"(\Qjob\E offer)").empty());
  CHECK(check::regex_requirements("(job)|(offer)") == R{{"job", "offer"}});  // a valid alternation
  CHECK(check::regex_requirements("job") == R{{"job"}});
  CHECK(check::regex_requirements("job)").empty());
  CHECK(check::regex_requirements("(job").empty());
  std::string deep(200, '(');
  deep += "job";
  deep.append(200, ')');
  CHECK(check::regex_requirements(deep).empty());  // deeper than it reads
}

TEST_CASE("runs apart by a gap require their pair as the literal view shows it", "[check][prefilter]") {
  CHECK(check::regex_requirements(R"(thank\s+(?:the\s+lord|jesus))") ==
        R{{"thank"}, {"the lord", "jesus"}, {"thank the", "thank jesus"}});
  CHECK(check::regex_requirements(R"(\bright[\s\-/]wing\b)") == R{{"right"}, {"wing"}, {"right wing"}});
  CHECK(check::regex_requirements(R"(job opening)") == R{{"job"}, {"opening"}, {"job opening"}});
  // No pair across an optional gap, a gap of other characters, a repeated
  // last letter or an optional word.
  CHECK(check::regex_requirements(R"(job\s*opening)") == R{{"job"}, {"opening"}});
  CHECK(check::regex_requirements(R"(job[_ ]opening)") == R{{"job"}, {"opening"}});
  CHECK(check::regex_requirements(R"(jobs?\s+opening)") == R{{"job"}, {"opening"}});
  CHECK(check::regex_requirements(R"(jo+\s+opening)") == R{{"jo"}, {"opening"}});
  CHECK(check::regex_requirements(R"(job\s+(?:new\s+)?opening)") == R{{"job"}, {"opening"}});
  CHECK(check::regex_requirements(R"(job[^a-z]opening)") == R{{"job"}, {"opening"}});
}

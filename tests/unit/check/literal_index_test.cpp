// The literal index is the prefilter's first stage: it must say of every
// literal exactly what a substring search says, or a rule would skip a text
// it matches. Checked on every corpus body against std::string::find.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "check/literal_index.h"
#include "message/reader.h"
#include "support/utf8.h"

using namespace tactful;

namespace {

namespace fs = std::filesystem;

std::vector<std::string> lowered_corpus_bodies() {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TACTFUL_SOURCE_DIR) / "corpus")) {
    const fs::path& p = entry.path();
    if (!entry.is_regular_file() || p.extension() == ".expect" || p.extension() == ".py" || p.filename() == "README.md")
      continue;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    for (const Message& m : read_messages(p.string(), bytes.str())) out.push_back(utf8::ascii_lower(m.body));
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool occurs(const std::string& text, const std::string& literal) { return text.find(literal) != std::string::npos; }

}  // namespace

TEST_CASE("the literal index finds exactly the literals a substring search finds, on every corpus body",
          "[literal_index][fast-path]") {
  const std::vector<std::string> bodies = lowered_corpus_bodies();
  REQUIRE(bodies.size() > 100);
  // Literals of every shape the prefilter makes and some it does not: whole
  // words of the corpus, their beginnings and ends, single bytes, words
  // sharing their first two bytes, and words no message holds.
  std::set<std::string> wanted = {"a",  "'",     "q",       "zz",         "th", "the", "them", "thematic",
                                  "ab", "abc",   "bc",      "b",          "job", "jobs", "hiring", "zqxj",
                                  "\n", "\xe2\x80\x99", "unobtainium", "internship"};
  for (std::size_t b = 0; b < bodies.size(); b += 7) {
    std::istringstream words(bodies[b]);
    std::string word;
    for (int k = 0; words >> word && k < 40; ++k) {
      wanted.insert(word);
      wanted.insert(word.substr(0, 3));
      if (word.size() > 2) wanted.insert(word.substr(word.size() - 2));
    }
  }
  check::LiteralIndex index;
  std::vector<std::string> literals;
  for (const std::string& literal : wanted) {
    REQUIRE(index.add(literal) == static_cast<int>(literals.size()));
    literals.push_back(literal);
  }
  REQUIRE(literals.size() > 500);

  std::size_t found_somewhere = 0, missing_somewhere = 0;
  for (const std::string& body : bodies) {
    check::FoundLiterals found(index.size(), 0);
    index.find(body, found);
    for (std::size_t i = 0; i < literals.size(); ++i) {
      INFO("literal '" << literals[i] << "' in a body of " << body.size() << " bytes");
      REQUIRE(found[i] == occurs(body, literals[i]));
      (found[i] ? found_somewhere : missing_somewhere) += 1;
    }
  }
  CHECK(found_somewhere > 1000);
  CHECK(missing_somewhere > 1000);
}

TEST_CASE("a literal at the very end of a text, or as long as the text, is found", "[literal_index]") {
  check::LiteralIndex index;
  const int end = index.add("ends");
  const int whole = index.add("x");
  const int longer = index.add("endsx");
  for (const std::string text : {"it ends", "x", "ends"}) {
    check::FoundLiterals found(index.size(), 0);
    index.find(text, found);
    CHECK(found[static_cast<std::size_t>(end)] == occurs(text, "ends"));
    CHECK(found[static_cast<std::size_t>(whole)] == occurs(text, "x"));
    CHECK_FALSE(found[static_cast<std::size_t>(longer)]);
  }
  check::FoundLiterals none(index.size(), 0);
  index.find("", none);
  CHECK(std::none_of(none.begin(), none.end(), [](bool b) { return b; }));
}

TEST_CASE("a literal added twice keeps its first number and an empty one is refused", "[literal_index]") {
  check::LiteralIndex index;
  CHECK(index.add("coffee") == 0);
  CHECK(index.add("call") == 1);
  CHECK(index.add("coffee") == 0);
  CHECK(index.add("") == -1);
  CHECK(index.size() == 2);
}

TEST_CASE("what a previous text found stays found", "[literal_index]") {
  check::LiteralIndex index;
  index.add("coffee");
  index.add("call");
  check::FoundLiterals found(index.size(), 0);
  index.find("a quick call", found);
  index.find("over coffee", found);
  CHECK(found == check::FoundLiterals{1, 1});
}

#include <catch2/catch.hpp>

#include "text/document.h"

using namespace tactful;

TEST_CASE("words and sentences carry byte ranges; hard-wrapped lines stay one sentence", "[text]") {
  const std::string text = "I’d love to\nlearn about José’s work. Is 3pm OK?\n\nThanks NASA.";
  const Document doc = Document::of_ranges(text, {{0, text.size()}});
  std::vector<std::string> words;
  for (const Word& w : doc.words()) words.emplace_back(doc.word_text(w));
  CHECK(words.front() == "I’d");
  CHECK(std::find(words.begin(), words.end(), "José’s") != words.end());
  REQUIRE(doc.sentences().size() == 3);
  CHECK(doc.sentences()[0].range.in(text).find("learn about") != std::string::npos);
  const Word& jose = doc.words()[5];
  CHECK(doc.word_text(jose) == "José’s");
  CHECK(jose.capitalized);
  CHECK_FALSE(jose.sentence_start);
  CHECK(doc.words()[0].sentence_start);
  const Word& nasa = doc.words().back();
  CHECK(nasa.all_caps);
}

TEST_CASE("word ranges are the words of a document of the same text", "[text]") {
  for (const std::string text :
       {"Dear Ms. O'Neil-Park,\nthanks for the call!", "Zoë Núñez <zoe@example.org>", "  spaced   out\n\nparagraphs  ",
        "3:30 p.m. on 12/4, e-mail me — or don’t.", "田中 さん and 李 Wei", ""}) {
    INFO(text);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    std::vector<TextRange> expected;
    for (const Word& w : doc.words()) expected.push_back(w.range);
    const std::vector<TextRange> found = word_ranges(text);
    REQUIRE(found.size() == expected.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      CHECK(found[i].begin == expected[i].begin);
      CHECK(found[i].end == expected[i].end);
    }
  }
}

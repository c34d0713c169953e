#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "helpers.h"
#include "text/code_like.h"
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

TEST_CASE("a word's capital, digit and all-caps flags are what ICU's character properties say, its ASCII flag what its bytes say, and its code flag what code_like says", "[text]") {
  // The flags as ICU's properties give them, code point by code point: the
  // tokenizer answers plain ASCII words without ICU and must agree.
  const auto expected = [](std::string_view s, bool& capitalized, bool& has_digit, bool& all_caps) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    capitalized = u.length() > 0 && u_isupper(u.char32At(0));
    has_digit = false;
    bool upper_only = true;
    int letters = 0;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
      const UChar32 cp = u.char32At(i);
      if (u_isdigit(cp)) has_digit = true;
      if (u_isalpha(cp)) {
        ++letters;
        if (!u_isupper(cp)) upper_only = false;
      }
    }
    all_caps = upper_only && letters >= 2;
  };
  std::mt19937 random(29);
  const std::vector<std::string> parts = {"a", "Z", "NASA", "iPhone", "3pm", "O'Neil", "don't", "B2B", "x86", "HR",
                                          "I", "e-mail", "Q3", "ABC's", "9", "Zoë", "ÉCOLE", "über", "co-op", "_id",
                                          "snake_case", "camelCase", "iOS", "Zoë_x", "étéOK", "@handle", "a.b"};
  int words = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string text = test::random_text(random, parts, {" ", "", "-", ". ", "'", "\n"}, 12);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    for (const Word& w : doc.words()) {
      bool capitalized, has_digit, all_caps;
      expected(doc.word_text(w), capitalized, has_digit, all_caps);
      INFO(std::string(doc.word_text(w)));
      CHECK(w.capitalized == capitalized);
      CHECK(w.has_digit == has_digit);
      CHECK(w.all_caps == all_caps);
      const std::string_view bytes = doc.word_text(w);
      CHECK(w.code_like == text::code_like(bytes));
      CHECK(w.ascii == std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
      ++words;
    }
  }
  CHECK(words > 1000);
}

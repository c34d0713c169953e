#include "text/ascii_sentences.h"

#include <catch2/catch.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "helpers.h"
#include "text/document.h"

using namespace tactful;
using tactful::test::every_string;

namespace {

// The oracle: ICU's own sentence break iterator, as the tokenizer used it.
std::vector<std::size_t> icu_ends(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
  REQUIRE(sentences);
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  sentences->setText(ut, status);
  std::vector<std::size_t> out;
  sentences->first();
  for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next())
    out.push_back(static_cast<std::size_t>(end));
  utext_close(ut);
  return out;
}

std::vector<std::size_t> fast_ends(const std::string& text) {
  std::vector<std::size_t> out;
  text::ascii_sentence_ends(text, out);
  return out;
}

std::vector<std::string> sentences_of(const std::string& text, const std::vector<std::size_t>& ends) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (const std::size_t end : ends) {
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace

TEST_CASE("plain ASCII is cut into the sentences ICU finds in it", "[text]") {
  const auto cut = [](const std::string& s) { return sentences_of(s, fast_ends(s)); };
  CHECK(cut("Hi Ann. Could we talk? Thanks!") == std::vector<std::string>{"Hi Ann. ", "Could we talk? ", "Thanks!"});
  // A lower-case word, a digit after '.', "U.S" and a comma continue the sentence.
  CHECK(cut("It is 3.5 (e.g. this), etc. and more.") == std::vector<std::string>{"It is 3.5 (e.g. this), etc. and more."});
  CHECK(cut("See p. 3 of it. Or p. 4. Then go.") == std::vector<std::string>{"See p. 3 of it. ", "Or p. ", "4. ", "Then go."});
  CHECK(cut("The U.S. Army is here.") == std::vector<std::string>{"The U.S. ", "Army is here."});
  // Closing quotes and brackets stay with the sentence they close; a line feed ends one.
  CHECK(cut("He said \"no.\" Then left.\n\nNext") ==
        std::vector<std::string>{"He said \"no.\" ", "Then left.\n", "\n", "Next"});
  CHECK(cut("").empty());
  CHECK(cut("no end") == std::vector<std::string>{"no end"});
}

TEST_CASE("every short string of the sentence classes is cut as ICU cuts it", "[text]") {
  // One character of each ASCII sentence-break class (lower, upper, numeric,
  // ATerm, STerm, Close, SContinue, Sp, LF, CR, Other), then the ones that
  // interact most, longer.
  std::size_t compared = 0;
  const auto compare = [&](const std::string& s) {
    INFO("'" << s << "'");
    const auto fast = fast_ends(s);
    const auto icu = icu_ends(s);
    if (fast != icu) REQUIRE(sentences_of(s, fast) == sentences_of(s, icu));
    ++compared;
  };
  const std::string alphabet = "aA1.?)\", \n\r#;";
  for (std::size_t length = 1; length <= 5; ++length) every_string(alphabet, length, compare);
  every_string("aA.! )\n", 7, compare);
  std::size_t expected = 0;
  for (std::size_t length = 1, power = 1; length <= 5; ++length) expected += power *= alphabet.size();
  CHECK(compared == expected + 7 * 7 * 7 * 7 * 7 * 7 * 7);
}

TEST_CASE("random printable ASCII is cut into ICU's sentences", "[text]") {
  std::mt19937 random(31);
  std::uniform_int_distribution<int> printable(0x20, 0x7E), length(1, 120), control(0, 40);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int n = length(random); n > 0; --n) {
      const int c = control(random);
      s += c == 0 ? '\n' : c == 1 ? '\t' : c == 2 ? '\x0B' : c == 3 ? '\x0C' : c == 4 ? '\r' : c == 5 ? '\x01'
         : c < 12 ? ' ' : c < 16 ? ". "[c % 2] : static_cast<char>(printable(random));
    }
    INFO("'" << s << "'");
    const auto fast = fast_ends(s);
    const auto icu = icu_ends(s);
    if (fast != icu) REQUIRE(sentences_of(s, fast) == sentences_of(s, icu));
  }
}

TEST_CASE("the tokenizer's sentences are ICU's, in ASCII ranges and in others", "[text]") {
  // Ranges of plain ASCII are cut without ICU, the others by ICU: either way
  // the sentences are those ICU finds in the range (its single line breaks
  // made spaces, as the tokenizer does).
  const std::vector<std::string> parts = {"Hi Ann.", "Thanks!", "e.g.", "U.S.", "3.5", "(see below)", "\"Yes.\"", "etc.",
                                          "Why?", "Zoë’s", "café.", "—", "résumé", "Ok", "it", "I", ",", ":"};
  const std::vector<std::string> gaps = {" ", "  ", "\n", "\n\n", ""};
  std::mt19937 random(5);
  for (int i = 0; i < 5000; ++i) {
    const std::string text = test::random_text(random, parts, gaps, 14);
    const std::string oracle_text = test::joined_as_the_tokenizer_joins(text);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    std::vector<std::size_t> got;
    for (const Sentence& s : doc.sentences()) got.push_back(s.range.end);
    INFO("'" << text << "'");
    REQUIRE(sentences_of(oracle_text, got) == sentences_of(oracle_text, icu_ends(oracle_text)));
  }
}

TEST_CASE("plain ASCII with CRLF line ends, blank lines and tabs is cut into ICU's sentences once its breaks are joined", "[text]") {
  // The tokenizer finds a range's line breaks eight bytes at a time and
  // joins each single one into a space ('\r' always): the sentences must be
  // ICU's in the text joined byte by byte
  // (test::unwrapped_as_the_tokenizer_unwraps).
  const std::vector<std::string> parts = {"Hi Ann.", "Thanks!", "e.g.", "3.5", "Why?", "Ok", "it", "I", ",", "word", "U.S."};
  const std::vector<std::string> gaps = {" ", "\r\n", "\r\n\r\n", "\n", "\n\n", "\t", "\r", "\n \t\n", "\n\r\n", "  "};
  std::mt19937 random(13);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = test::random_text(random, parts, gaps, 40);
    const std::string oracle_text = test::unwrapped_as_the_tokenizer_unwraps(text);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    std::vector<std::size_t> got;
    for (const Sentence& s : doc.sentences()) got.push_back(s.range.end);
    INFO("'" << text << "'");
    REQUIRE(sentences_of(oracle_text, got) == sentences_of(oracle_text, icu_ends(oracle_text)));
  }
}

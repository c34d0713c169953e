#include "text/ascii_words.h"

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

// The oracle: ICU's own word break iterator, keeping the pieces it marks as
// words (letters, numbers, kana, ideographs), as the tokenizer used to.
std::vector<TextRange> icu_words(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  static const std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
  REQUIRE(words);
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  words->setText(ut, status);
  std::vector<TextRange> out;
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next())
    if (words->getRuleStatus() != UBRK_WORD_NONE) out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
  utext_close(ut);
  return out;
}

std::vector<TextRange> fast_words(const std::string& text) {
  std::vector<TextRange> out;
  text::ascii_words(text, 0, out);
  return out;
}

std::vector<std::string> pieces(const std::string& text, const std::vector<TextRange>& ranges) {
  std::vector<std::string> out;
  for (const TextRange& r : ranges) out.emplace_back(r.in(text));
  return out;
}

}  // namespace

TEST_CASE("plain ASCII is cut into the words ICU finds in it", "[text]") {
  CHECK(pieces("can't stop, e.g. now", fast_words("can't stop, e.g. now")) ==
        std::vector<std::string>{"can't", "stop", "e.g", "now"});
  CHECK(pieces("1,000.5 at 3:30pm", fast_words("1,000.5 at 3:30pm")) == std::vector<std::string>{"1,000.5", "at", "3", "30pm"});
  CHECK(pieces("ann@acme.com _ __x", fast_words("ann@acme.com _ __x")) == std::vector<std::string>{"ann@acme.com", "__x"});
}

TEST_CASE("every short string of the joining characters is cut as ICU cuts it", "[text]") {
  // One character of each class that takes part in joining, and some that do not.
  const std::string alphabet = "aZ@1_.',;:-\"# ";
  std::size_t compared = 0;
  for (std::size_t length = 1; length <= 4; ++length)
    every_string(alphabet, length, [&](const std::string& s) {
      INFO("'" << s << "'");
      const auto fast = fast_words(s);
      const auto icu = icu_words(s);
      if (fast != icu) CHECK(pieces(s, fast) == pieces(s, icu));
      ++compared;
    });
  every_string("a1_.',", 6, [&](const std::string& s) {
    INFO("'" << s << "'");
    const auto fast = fast_words(s);
    const auto icu = icu_words(s);
    if (fast != icu) CHECK(pieces(s, fast) == pieces(s, icu));
    ++compared;
  });
  CHECK(compared == 14 + 14 * 14 + 14 * 14 * 14 + 14 * 14 * 14 * 14 + 6 * 6 * 6 * 6 * 6 * 6);
}

TEST_CASE("random printable ASCII is cut as ICU cuts it", "[text]") {
  std::mt19937 random(29);
  std::uniform_int_distribution<int> printable(0x20, 0x7E), length(1, 60), control(0, 30);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int n = length(random); n > 0; --n) {
      const int c = control(random);
      s += c == 0 ? '\n' : c == 1 ? '\t' : c == 2 ? '\x0B' : c == 3 ? '\x01' : static_cast<char>(printable(random));
    }
    INFO("'" << s << "'");
    const auto fast = fast_words(s);
    const auto icu = icu_words(s);
    if (fast != icu) REQUIRE(pieces(s, fast) == pieces(s, icu));
  }
}

TEST_CASE("a text mixing ASCII with other characters keeps ICU's words", "[text]") {
  // The tokenizer cuts the ASCII runs itself and gives ICU the rest: the
  // words must be those ICU finds in the whole text.
  const std::vector<std::string> parts = {
      "word", "I'd", "e.g.", "1,5", "x_y", "@", "’", "I’d", "José", "naïve", "e\xCC\x81", "\xCC\x81", "—", "–", "\xC2\xA0",
      "日本語", "ไทย", "\xF0\x9F\x98\x80", "\xE2\x80\x8B", "Zoë’s", "co-op", "(", ")", ".", ",", "'", "ß", "Ǆ", "١٢", "½"};
  const std::vector<std::string> gaps = {" ", "", "  ", "\t", " \xCC\x81", "\xC2\xA0", "-", "\n"};
  std::mt19937 random(7);
  for (int i = 0; i < 5000; ++i) {
    const std::string text = test::random_text(random, parts, gaps, 12);
    // Line breaks that the tokenizer would join into spaces are left out of
    // the oracle's text: a blank line only, which it keeps.
    const std::string oracle_text = test::joined_as_the_tokenizer_joins(text);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    std::vector<TextRange> got;
    for (const Word& w : doc.words()) got.push_back(w.range);
    INFO("'" << text << "'");
    REQUIRE(pieces(text, got) == pieces(oracle_text, icu_words(oracle_text)));
  }
}

TEST_CASE("plain ASCII with CRLF line ends, tabs, form feeds and control characters keeps ICU's words", "[text]") {
  // A plain-ASCII range is cut whole, and its line breaks are found eight
  // bytes at a time: its words must be those ICU finds once the breaks are
  // joined byte by byte (test::unwrapped_as_the_tokenizer_unwraps).
  const std::vector<std::string> parts = {"word", "Ann.", "I'd", "e.g.", "3.5", "x_y", "Hi", "(", ",", "Thanks!", "a"};
  const std::vector<std::string> gaps = {" ", "\r\n", "\r\n\r\n", "\n", "\t", "\r", "\n \t\n", "\f", "\v", "\x01", "\x0c ", "  "};
  std::mt19937 random(11);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = test::random_text(random, parts, gaps, 40);
    const std::string oracle_text = test::unwrapped_as_the_tokenizer_unwraps(text);
    const Document doc = Document::of_ranges(text, {{0, text.size()}});
    std::vector<TextRange> got;
    for (const Word& w : doc.words()) got.push_back(w.range);
    INFO("'" << text << "'");
    REQUIRE(pieces(text, got) == pieces(oracle_text, icu_words(oracle_text)));
  }
}

// The writer's new text cut into sentences and words (ICU segmentation), with
// byte ranges into Message::body. The only thing rules learn about language
// structure comes from here; no rule includes ICU.
#pragma once

#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful {

struct Word {
  TextRange range;          // bytes of the body
  bool capitalized = false; // first letter upper case
  bool sentence_start = false;
  bool has_digit = false;
  bool all_caps = false;
  bool ascii = false;  // every byte ASCII: no decoding, no typographic apostrophe, no other script
  bool code_like = false;  // camelCase, snake_case, a path or an address (text/code_like.h)
};

struct Sentence {
  TextRange range;
  std::size_t first_word = 0, word_count = 0;  // into Document::words
};

class Document {
 public:
  // Tokenises the new-text regions of `message`.
  static Document of(const Message& message);
  // Tokenises arbitrary ranges of `text` (tests, other scopes).
  static Document of_ranges(std::string_view text, const std::vector<TextRange>& ranges);

  std::string_view text() const { return text_; }
  const std::vector<TextRange>& ranges() const { return ranges_; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  std::string_view word_text(const Word& w) const { return w.range.in(text_); }
  // The sentence that holds `offset`, or nullptr.
  const Sentence* sentence_at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<TextRange> ranges_;
  std::vector<Word> words_;
  std::vector<Sentence> sentences_;
};

// The words' ranges of Document::of_ranges(text, {{0, text.size()}}),
// without its sentences (an ICU pass of their own): for names and headers.
std::vector<TextRange> word_ranges(std::string_view text);

}  // namespace tactful

// The only file that uses ICU break iterators. ICU works on the UTF-8 text in
// place through UText, so boundaries come back as byte offsets.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>

#include "support/byte_set.h"
#include "support/utf8.h"
#include "text/ascii_sentences.h"
#include "text/ascii_words.h"
#include "text/code_like.h"
#include "text/document.h"

namespace tactful {
namespace {

// Fewer bytes than English prose spends on a word (its space and stops
// included) and on a sentence: what the vectors reserve comes out a little
// large rather than too small.
constexpr std::size_t kBytesPerWord = 5;
constexpr std::size_t kBytesPerSentence = 60;

struct Iterators {
  std::unique_ptr<icu::BreakIterator> words, sentences;
  Iterators() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
    status = U_ZERO_ERROR;
    sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
  }
};

Iterators& iterators() {
  thread_local Iterators its;
  return its;
}

void classify(std::string_view text, Word& w) {
  const std::string_view s = w.range.in(text);
  // What the ICU properties below say of ASCII, in one pass without a call
  // per letter.
  // (code_like's too: a capital after a small letter, or a character of code.)
  bool ascii = true, has_digit = false, has_lower = false, code = false, after_lower = false;
  int ascii_letters = 0;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    if (b >= 'a' && b <= 'z') {
      has_lower = true;
      ++ascii_letters;
      after_lower = true;
      continue;
    }
    if (b >= 'A' && b <= 'Z') {
      ++ascii_letters;
      code = code || after_lower;
    } else if (b >= '0' && b <= '9') {
      has_digit = true;
    } else {
      code = code || in_byte_set(text::kCodeCharacters, c);
    }
    after_lower = false;
  }
  w.ascii = ascii;
  if (ascii) {
    w.capitalized = !s.empty() && s.front() >= 'A' && s.front() <= 'Z';
    w.has_digit = has_digit;
    w.all_caps = ascii_letters >= 2 && !has_lower;
    w.code_like = code;
    return;
  }
  w.code_like = text::code_like(s);
  std::size_t n;
  const char32_t first = utf8::decode(s, 0, n);
  w.capitalized = u_isupper(static_cast<UChar32>(first));
  bool all_caps = true;
  int letters = 0;
  for (std::size_t i = 0; i < s.size(); i += n) {
    const char32_t cp = utf8::decode(s, i, n);
    if (u_isdigit(static_cast<UChar32>(cp))) w.has_digit = true;
    if (u_isalpha(static_cast<UChar32>(cp))) {
      ++letters;
      if (!u_isupper(static_cast<UChar32>(cp))) all_caps = false;
    }
  }
  w.all_caps = all_caps && letters >= 2;
}

// The first index from `i` on whose byte is '\r' or below (a line break,
// a tab, a control character), or the end: eight bytes at a time, as such
// bytes are about one in fifty of mail.
std::size_t past_bytes_above_cr(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // A byte below 14 ('\r' + 1) among bytes below 0x80 sets its high bit
    // here; bytes of 0x80 and above never do (their ~x high bit is 0).
    if ((x - kOnes * 14) & ~x & kHighs) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) > '\r') ++i;
  return i;
}

// Appends the words of `range`, and its sentences when `sentences` is given.
void tokenize_range(std::string_view text, TextRange range, std::vector<Word>& words,
                    std::vector<Sentence>* sentences) {
  Iterators& its = iterators();
  if (!its.words || !its.sentences || range.empty()) return;
  // ICU ends a sentence at every line break; mail is hard-wrapped, so a single
  // break becomes a space (same byte length) and only blank lines end paragraphs.
  thread_local std::string unwrapped;
  unwrapped.assign(text.substr(range.begin, range.size()));
  for (std::size_t i = 0; i < unwrapped.size(); ++i) {
    i = past_bytes_above_cr(unwrapped, i);  // a line break, a tab or a control character, or the end
    if (i == unwrapped.size()) break;
    if (unwrapped[i] == '\r') unwrapped[i] = ' ';
    if (unwrapped[i] != '\n') continue;
    std::size_t k = i + 1;
    while (k < unwrapped.size() && (unwrapped[k] == ' ' || unwrapped[k] == '\t' || unwrapped[k] == '\r')) ++k;
    if (k < unwrapped.size() && unwrapped[k] != '\n') unwrapped[i] = ' ';
  }
  // Words: ICU never joins a word across a space or a line break, so each
  // run between them can be cut on its own. A range of plain ASCII (nearly
  // every one of English mail) is cut whole by ascii_words, which never joins
  // a word across a separator either; in any other range, each run is cut by
  // ascii_words when it is plain ASCII and by ICU otherwise.
  const std::size_t words_before = words.size();
  thread_local std::vector<TextRange> pieces;
  pieces.clear();
  UErrorCode status = U_ZERO_ERROR;
  UText* run_text = nullptr;
  static constexpr ByteSet kSeparators = byte_set(" \t\n\v\f");  // the bytes between runs
  const auto separates = [](char c) { return in_byte_set(kSeparators, c); };
  unsigned char high_bits = 0;  // one pass the compiler vectorises
  for (const char c : unwrapped) high_bits |= static_cast<unsigned char>(c);
  const bool all_ascii = high_bits < 0x80;
  if (all_ascii) text::ascii_words(unwrapped, 0, pieces);
  else for (std::size_t i = 0; i < unwrapped.size();) {
    if (separates(unwrapped[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    unsigned char high = 0;
    for (; j < unwrapped.size() && !separates(unwrapped[j]); ++j) high |= static_cast<unsigned char>(unwrapped[j]);
    if (high < 0x80) {
      text::ascii_words(std::string_view(unwrapped).substr(i, j - i), i, pieces);
    } else {
      status = U_ZERO_ERROR;
      run_text = utext_openUTF8(run_text, unwrapped.data() + i, static_cast<int64_t>(j - i), &status);
      if (U_SUCCESS(status)) {
        its.words->setText(run_text, status);
        int32_t start = its.words->first();
        for (int32_t end = its.words->next(); end != icu::BreakIterator::DONE; start = end, end = its.words->next())
          if (its.words->getRuleStatus() != UBRK_WORD_NONE)
            pieces.push_back({i + static_cast<std::size_t>(start), i + static_cast<std::size_t>(end)});
      }
    }
    i = j;
  }
  if (run_text) utext_close(run_text);  // the iterator keeps a clone of its own
  for (const TextRange& piece : pieces) {
    Word w;
    w.range = {range.begin + piece.begin, range.begin + piece.end};
    classify(text, w);
    words.push_back(w);
  }
  if (!sentences) return;

  // Sentences: cut by ascii_sentence_ends when the range is plain ASCII
  // (the same boundaries, for a fraction of ICU's cost), by ICU otherwise.
  thread_local std::vector<std::size_t> ends;
  ends.clear();
  if (all_ascii) {
    text::ascii_sentence_ends(unwrapped, ends);
  } else {
    status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, unwrapped.data(), static_cast<int64_t>(unwrapped.size()), &status);
    if (U_FAILURE(status)) return;
    its.sentences->setText(ut, status);
    its.sentences->first();
    for (int32_t end = its.sentences->next(); end != icu::BreakIterator::DONE; end = its.sentences->next())
      ends.push_back(static_cast<std::size_t>(end));
    utext_close(ut);
  }
  std::size_t start = 0;
  std::size_t wi = words_before;
  for (const std::size_t end : ends) {
    Sentence s;
    s.range = {range.begin + start, range.begin + end};
    s.first_word = wi;
    while (wi < words.size() && words[wi].range.begin < s.range.end) ++wi;
    s.word_count = wi - s.first_word;
    if (s.word_count > 0) words[s.first_word].sentence_start = true;
    sentences->push_back(s);
    start = end;
  }
}

}  // namespace

Document Document::of(const Message& message) {
  return of_ranges(message.body, message.regions_of(RegionKind::new_text));
}

Document Document::of_ranges(std::string_view text, const std::vector<TextRange>& ranges) {
  Document doc;
  doc.text_ = text;
  doc.ranges_ = ranges;
  // Room for the words and sentences prose of this many bytes holds, so that
  // the vectors are not grown (allocated and copied) a dozen times a message.
  std::size_t bytes = 0;
  for (const TextRange& r : ranges) bytes += r.size();
  doc.words_.reserve(bytes / kBytesPerWord + 1);
  doc.sentences_.reserve(bytes / kBytesPerSentence + 1);
  for (const TextRange& r : ranges) tokenize_range(text, r, doc.words_, &doc.sentences_);
  return doc;
}

std::vector<TextRange> word_ranges(std::string_view text) {
  // Names, headers and signatures are cut into words many times a message:
  // the words go through one vector a thread keeps, not a new one each time.
  thread_local std::vector<Word> words;
  words.clear();
  tokenize_range(text, {0, text.size()}, words, nullptr);
  std::vector<TextRange> out;
  out.reserve(words.size());
  for (const Word& w : words) out.push_back(w.range);
  return out;
}

const Sentence* Document::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                             [](std::size_t o, const Sentence& s) { return o < s.range.begin; });
  if (it == sentences_.begin()) return nullptr;
  --it;
  return it->range.contains(offset) ? &*it : nullptr;
}

}  // namespace tactful

// The text layer on arbitrary bytes (invalid UTF-8, lone surrogates written
// as CESU-8, very long lines): UTF-8 helpers, the line index in all three
// column units, ICU word and sentence segmentation, and name folding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "support/line_index.h"
#include "support/utf8.h"
#include "text/document.h"
#include "text/fold.h"

using namespace tactful;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);

  // Decoding always moves forward and stays inside the text.
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    utf8::decode(text, i, n);
    FUZZ_CHECK(n >= 1 && i + n <= text.size());
  }
  const std::string repaired = utf8::repair_in_place_copy(text);
  FUZZ_CHECK(repaired.size() == text.size());
  FUZZ_CHECK(utf8::is_valid(repaired));

  // offset -> position -> offset comes back to the start of the same code point
  // or the same line end; positions beyond a line or the text clamp.
  const LineIndex lines(text);
  FUZZ_CHECK(lines.line_count() >= 1);
  for (ColumnUnit unit : {ColumnUnit::byte, ColumnUnit::code_point, ColumnUnit::utf16}) {
    for (std::size_t offset = 0; offset <= text.size(); offset += 1 + offset / 8) {
      const LinePosition p = lines.position(offset, unit);
      FUZZ_CHECK(p.line >= 0 && p.line < lines.line_count() && p.column >= 0);
      const std::size_t back = lines.offset(p, unit);
      FUZZ_CHECK(back <= text.size());
    }
    FUZZ_CHECK(lines.offset({lines.line_count() + 5, 3}, unit) <= text.size());
    FUZZ_CHECK(lines.offset({0, 1 << 30}, unit) <= text.size());
    FUZZ_CHECK(lines.offset({-1, -1}, unit) <= text.size());
  }
  for (int line = 0; line < lines.line_count(); ++line) {
    const std::string_view l = lines.line_text(line);
    FUZZ_CHECK(l.data() >= text.data() && l.data() + l.size() <= text.data() + text.size());
  }

  // Segmentation works on repaired text, as Document::of gets it from readers.
  const Document document = Document::of_ranges(repaired, {{0, repaired.size()}});
  for (const Word& w : document.words()) FUZZ_CHECK(w.range.begin < w.range.end && w.range.end <= repaired.size());
  for (const Sentence& s : document.sentences())
    FUZZ_CHECK(s.first_word + s.word_count <= document.words().size());
  if (!document.words().empty()) document.sentence_at(document.words().back().range.begin);

  // Folding and edit distance are for words; keep their inputs word sized.
  const std::string word = repaired.substr(0, 64);
  text::fold(word);
  text::fold_case(word);
  text::plain_apostrophes(word);
  text::has_non_latin_letter(word);
  text::edit_distance(word, repaired.substr(repaired.size() > 64 ? repaired.size() - 64 : 0));
  return 0;
}

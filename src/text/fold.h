// Folding text for comparing names and words the way a reader would: case
// folded, accents dropped ("José" and "jose" fold alike), typographic
// apostrophes made plain. ICU does the work; callers get UTF-8 strings back.
// Knows nothing of messages or rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tactful::text {

// Case- and accent-folded form: "Núñez" -> "nunez", "Zoë" -> "zoe",
// "Łukasz" -> "lukasz", "O’Brien" -> "o'brien".
std::string fold(std::string_view word);

// Case-folded only, accents kept: "José" -> "josé".
std::string fold_case(std::string_view word);

// The word with its typographic apostrophes (’ ‘ ʼ) replaced by "'", so the
// two spellings of "don't" look the same to a dictionary.
std::string plain_apostrophes(std::string_view word);
// The same without a copy for a word that has none (nearly every word): the
// word itself, or the replaced word kept in `buffer`.
std::string_view plain_apostrophes(std::string_view word, std::string& buffer);

// Whether the word has a letter of a script other than Latin (Greek,
// Cyrillic, Han, ...), which an English dictionary cannot judge.
bool has_non_latin_letter(std::string_view word);

// Edit distance counted in code points, not bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace tactful::text

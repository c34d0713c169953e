// Numbers written as English words ("forty-five", "Thirty", "twenty two"),
// read with ICU's spell-out rules. A cheap vocabulary test comes first so the
// ICU parser only ever sees words that can be numbers, and a single word is
// read from a table a test holds to ICU (no formatter built for "thirty").
// Knows nothing of durations or rules; the only ICU user in text/ besides
// the tokenizer.
#pragma once

#include <optional>
#include <string_view>

namespace tactful {

// True for the words numbers are spelled with (one … nineteen, twenty …
// ninety, hundred), any case. "a", "an" and "half" are not number words here.
bool is_number_word(std::string_view word);

// The value of a spelled-out whole number: "forty-five", "forty five",
// "One hundred and twenty". Nullopt when any part is not a number word or
// the words do not make one number ("five forty").
std::optional<double> parse_number_words(std::string_view text);

// ICU's own reading of `text` (lower-cased, nothing else mended), which
// parse_number_words asks for all but single words: for the test that holds
// the two to each other.
std::optional<double> parse_number_words_with_icu(std::string_view text);

}  // namespace tactful

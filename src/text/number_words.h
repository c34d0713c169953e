// Numbers written as English words ("forty-five", "Thirty", "twenty two"),
// read with ICU's spell-out rules. A cheap vocabulary test comes first so the
// ICU parser only ever sees words that can be numbers. Knows nothing of
// durations or rules; the only ICU user in text/ besides the tokenizer.
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

// Builds the process's ICU spell-out formatter now (some 8 M instructions of
// parsing ICU's rules), so that the first message with "thirty minutes" in
// it does not wait for it (engine::WarmUp calls this on a spare thread).
void warm_number_words();

}  // namespace tactful

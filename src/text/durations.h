// Lengths of time written in the writer's words: "45 minutes", "forty-five
// minutes", "a quick 15-minute call", "20-30 minutes", "30–45 min", "between
// 20 and 40 minutes", "half an hour", "an hour and a half", "1.5 hrs",
// "90min", "a couple of hours", "an hour or two", "1h30". Only minutes and
// hours (and a whole or half day) are read: years and weeks never describe a
// meeting. Whether a length is a request is for the rule to decide.
#pragma once

#include <cstddef>
#include <vector>

#include "text/document.h"

namespace tactful {

struct Duration {
  TextRange range;                   // bytes of Document::text(), first to last word
  std::size_t first_word = 0, end_word = 0;  // [first, end) into Document::words()
  double minutes = 0;                // the upper end of a range
  bool open_above = false;           // "at least 30 minutes", "30+ minutes", "45 minutes or more"
  bool below = false;                // "under an hour", "less than 30 minutes": strictly less
};

// Every duration in the document's words, in order. Words are joined across
// blanks, hyphens and dashes but never across a sentence end.
std::vector<Duration> find_durations(const Document& document);

}  // namespace tactful

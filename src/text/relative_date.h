// Days named in running text, resolved against a reference time (when the
// message is sent): "yesterday", "this morning", "on Tuesday", "last week",
// "on November 12", "a few days ago". Timing rules use these as evidence of
// when an interview or an earlier message happened. Knows nothing of rules:
// deciding which sentence speaks of the interview is the caller's job.
#pragma once

#include <string_view>
#include <vector>

#include "support/text_range.h"
#include "support/time.h"

namespace tactful {

struct RelativeDate {
  TextRange range;        // the words, as byte offsets into the searched text
  Instant day;            // the day meant: midnight in the reference's zone, date_only
  int days_before = 0;    // whole calendar days before the reference's day
  bool span = false;      // "last week", "a few days ago": days_before is a likely lower end
};

// Every past day named inside `range` of `text`, in order. Days that fall
// after the reference (a plan, not a memory) and weekday names that could be
// today or a week ago ("on Tuesday", written on a Tuesday) are left out.
std::vector<RelativeDate> find_relative_dates(std::string_view text, TextRange range, const Instant& reference);

// Compiles the date regexes now rather than on the first search.
void warm_relative_date_patterns();

}  // namespace tactful

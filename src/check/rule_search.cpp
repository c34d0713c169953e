#include "check/rule_search.h"

#include <algorithm>

namespace tactful::check {

bool RuleSearch::find(std::string_view text, std::size_t begin, std::size_t end, TextRange* match) const {
  end = std::min(end, text.size());
  if (begin > end) return false;
  re2::StringPiece m;
  re2::StringPiece* wanted = match ? &m : nullptr;
  const bool found = relaxed_ ? relaxed_->Match(text, begin, end, RE2::UNANCHORED, wanted)
                              : plain_->Match(re2::StringPiece(text.data(), text.size()), begin, end, RE2::UNANCHORED,
                                              wanted, wanted ? 1 : 0);
  if (found && match) {
    const auto at = static_cast<std::size_t>(m.data() - text.data());
    *match = {at, at + m.size()};
  }
  return found;
}

void for_each_match(const RuleSearch& search, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit) {
  std::size_t pos = range.begin;
  const std::size_t end = std::min(range.end, text.size());
  TextRange m;
  while (pos <= end && search.find(text, pos, end, &m)) {
    if (!visit(m)) return;
    pos = m.end > m.begin ? m.end : m.end + 1;
  }
}

std::vector<TextRange> find_all(const RuleSearch& search, std::string_view text, TextRange range) {
  std::vector<TextRange> out;
  for_each_match(search, text, range, [&](TextRange m) {
    out.push_back(m);
    return true;
  });
  return out;
}

}  // namespace tactful::check

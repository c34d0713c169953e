#include "check/literal_automaton.h"

#include <algorithm>
#include <deque>

namespace tactful::check {

LiteralAutomaton::LiteralAutomaton(const std::vector<std::string>& literals) {
  for (const std::string& literal : literals)
    for (const char c : literal) {
      std::uint8_t& column = column_[static_cast<unsigned char>(c)];
      if (column == 0) column = static_cast<std::uint8_t>(columns_++);
    }
  // The trie: state 0 is the root; kNone marks a missing edge until the
  // breadth-first pass below fills every edge in (making it a DFA).
  constexpr std::uint32_t kNone = UINT32_MAX;
  next_.assign(columns_, kNone);
  std::vector<std::vector<std::uint32_t>> ends(1);
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (literals[i].empty()) continue;
    std::uint32_t state = 0;
    for (const char c : literals[i]) {
      const std::size_t edge = state * columns_ + column_[static_cast<unsigned char>(c)];
      if (next_[edge] == kNone) {
        next_[edge] = static_cast<std::uint32_t>(ends.size());
        ends.emplace_back();
        next_.resize(next_.size() + columns_, kNone);
      }
      state = next_[edge];
    }
    ends[state].push_back(static_cast<std::uint32_t>(i));
  }
  // Failure links in breadth-first order; each state's missing edges are its
  // failure state's, and its literals include its failure state's.
  std::vector<std::uint32_t> fail(ends.size(), 0);
  std::deque<std::uint32_t> queue;
  for (std::size_t c = 0; c < columns_; ++c) {
    std::uint32_t& to = next_[c];
    if (to == kNone) to = 0;
    else queue.push_back(to);
  }
  std::vector<std::uint32_t> order;
  while (!queue.empty()) {
    const std::uint32_t state = queue.front();
    queue.pop_front();
    order.push_back(state);
    for (std::size_t c = 0; c < columns_; ++c) {
      std::uint32_t& to = next_[state * columns_ + c];
      const std::uint32_t via_fail = next_[fail[state] * columns_ + c];
      if (to == kNone) {
        to = via_fail;
      } else {
        fail[to] = via_fail;
        queue.push_back(to);
      }
    }
  }
  for (const std::uint32_t state : order) {  // a failure state comes before the states that fail to it
    const auto& inherited = ends[fail[state]];
    ends[state].insert(ends[state].end(), inherited.begin(), inherited.end());
  }
  outputs_begin_.reserve(ends.size() + 1);
  for (const auto& e : ends) {
    outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    outputs_.insert(outputs_.end(), e.begin(), e.end());
  }
  outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
  // An edge into a state that ends literals says so in its high bit, so the
  // scan reads the table alone for every other byte.
  if (ends.size() < (std::size_t{1} << 15)) {
    narrow_next_.reserve(next_.size());
    for (const std::uint32_t to : next_)
      narrow_next_.push_back(static_cast<std::uint16_t>(to | (ends[to].empty() ? 0u : 1u << 15)));
    next_ = {};
  } else {
    for (std::uint32_t& to : next_)
      if (!ends[to].empty()) to |= 1u << 31;
  }
}

void LiteralAutomaton::find(std::string_view text, std::vector<bool>& found, std::vector<int>* newly) const {
  if (narrow()) scan(narrow_next_, text, found, newly);
  else scan(next_, text, found, newly);
}

template <typename Entry>
void LiteralAutomaton::scan(const std::vector<Entry>& next, std::string_view text, std::vector<bool>& found,
                            std::vector<int>* newly) const {
  constexpr Entry kEndsLiterals = Entry{1} << (sizeof(Entry) * 8 - 1);
  Entry state = 0;
  const std::size_t columns = columns_;
  for (const char c : text) {
    state = next[static_cast<std::size_t>(state & ~kEndsLiterals) * columns + column_[static_cast<unsigned char>(c)]];
    if (!(state & kEndsLiterals)) continue;
    const std::size_t ending = state & ~kEndsLiterals;
    for (std::uint32_t k = outputs_begin_[ending]; k < outputs_begin_[ending + 1]; ++k) {
      auto&& seen = found[outputs_[k]];
      if (seen) continue;
      seen = true;
      if (newly) newly->push_back(static_cast<int>(outputs_[k]));
    }
  }
}

}  // namespace tactful::check

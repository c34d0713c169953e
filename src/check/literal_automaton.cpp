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
    longest_ = std::max(longest_, literals[i].size());
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

void LiteralAutomaton::find(std::string_view text, FoundLiterals& found, std::vector<int>* newly) const {
  if (narrow()) scan(narrow_next_, text, found, newly);
  else scan(next_, text, found, newly);
}

template <typename Entry>
void LiteralAutomaton::scan(const std::vector<Entry>& next, std::string_view text, FoundLiterals& found,
                            std::vector<int>* newly) const {
  constexpr unsigned kFlagShift = sizeof(Entry) * 8 - 1;
  constexpr Entry kEndsLiterals = Entry{1} << kFlagShift;
  const Entry* table = next.data();
  const std::uint8_t* column = column_.data();
  const std::size_t columns = columns_;
  const auto step = [=](Entry state, char c) {
    return table[static_cast<std::size_t>(state & ~kEndsLiterals) * columns + column[static_cast<unsigned char>(c)]];
  };
  // Two things kept the plain loop (one byte, one step, a branch on the
  // step's flag) at a fifth of what the table allows: the flag's branch,
  // which mispredicts at the one byte in twenty that ends a literal, and each
  // step waiting for the load the step before chose. So the states that end
  // literals go to a buffer without a branch (its count grows by the flag),
  // read a block at a time; and a long text is cut into pieces scanned side
  // by side, so their loads overlap. Each piece after the first starts a
  // literal's length early, from the root, so that an occurrence across a
  // cut is seen whole by the later piece (an earlier one may see it too,
  // which changes nothing).
  constexpr std::size_t kPieces = 4;
  constexpr std::size_t kBlock = 256;
  std::array<Entry, kPieces * kBlock> ending;
  std::size_t ended = 0;
  const auto keep = [&](Entry state) {
    ending[ended] = state;
    ended += state >> kFlagShift;
  };
  // The literals the buffered states end are marked found, and those not
  // found before are listed, without a branch on each (whether a literal
  // is new is as unpredictable as where literals end).
  thread_local std::vector<int> listed;
  const auto flush = [&] {
    std::size_t outputs = 0;
    for (std::size_t i = 0; i < ended; ++i) {
      const std::size_t state = ending[i] & ~kEndsLiterals;
      outputs += outputs_begin_[state + 1] - outputs_begin_[state];
    }
    if (listed.size() < outputs) listed.resize(outputs);
    int* const list = listed.data();
    std::size_t n = 0;
    for (std::size_t i = 0; i < ended; ++i) {
      const std::size_t state = ending[i] & ~kEndsLiterals;
      for (std::uint32_t k = outputs_begin_[state]; k < outputs_begin_[state + 1]; ++k) {
        const std::uint32_t literal = outputs_[k];
        list[n] = static_cast<int>(literal);
        n += found[literal] == 0;
        found[literal] = 1;
      }
    }
    if (newly) newly->insert(newly->end(), list, list + n);
    ended = 0;
  };
  const std::size_t overlap = longest_ > 0 ? longest_ - 1 : 0;
  const std::size_t pieces = text.size() >= kPieces * (overlap + 64) ? kPieces : 1;
  std::array<const char*, kPieces> from{};
  std::array<std::size_t, kPieces> length{};
  const std::size_t piece = text.size() / pieces;
  for (std::size_t k = 0; k < pieces; ++k) {
    const std::size_t begin = k == 0 ? 0 : k * piece - overlap;
    const std::size_t end = k + 1 == pieces ? text.size() : (k + 1) * piece;
    from[k] = text.data() + begin;
    length[k] = end - begin;
  }
  std::array<Entry, kPieces> state{};
  std::size_t i = 0;
  if (pieces == kPieces) {
    // The first piece is the shortest; the others go on alone after it.
    for (; i < length[0]; flush())
      for (const std::size_t stop = std::min(length[0], i + kBlock); i < stop; ++i) {
        for (std::size_t k = 0; k < kPieces; ++k) {
          state[k] = step(state[k], from[k][i]);
          keep(state[k]);
        }
      }
  }
  for (std::size_t k = pieces == kPieces ? 1 : 0; k < pieces; ++k)
    for (std::size_t j = i; j < length[k]; flush())
      for (const std::size_t stop = std::min(length[k], j + kPieces * kBlock); j < stop; ++j) {
        state[k] = step(state[k], from[k][j]);
        keep(state[k]);
      }
}

}  // namespace tactful::check

#include "check/literal_automaton.h"

#include <algorithm>

namespace tactful::check {

LiteralAutomaton::LiteralAutomaton(const std::vector<std::string>& literals) {
  std::size_t literal_bytes = 0;
  for (const std::string& literal : literals) {
    literal_bytes += literal.size();
    for (const char c : literal) {
      std::uint8_t& column = column_[static_cast<unsigned char>(c)];
      if (column == 0) column = static_cast<std::uint8_t>(columns_++);
    }
  }
  // The trie: state 0 is the root; kNone marks a missing edge until the
  // breadth-first pass below fills every edge in (making it a DFA). Each
  // state's children are listed as they are made (first_child, sibling),
  // so that the pass need not look through every column for them.
  constexpr std::uint32_t kNone = UINT32_MAX;
  next_.reserve((literal_bytes + 1) * columns_);  // states: at most one a byte, and the root
  next_.assign(columns_, kNone);
  std::vector<std::vector<std::uint32_t>> ends(1);
  std::vector<std::uint32_t> first_child(1, kNone), sibling(1, kNone);
  std::vector<std::uint8_t> column_of(1, 0);  // the column of the edge into each state
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (literals[i].empty()) continue;
    longest_ = std::max(longest_, literals[i].size());
    std::uint32_t state = 0;
    for (const char c : literals[i]) {
      const std::uint8_t column = column_[static_cast<unsigned char>(c)];
      const std::size_t edge = state * columns_ + column;
      if (next_[edge] == kNone) {
        const auto child = static_cast<std::uint32_t>(ends.size());
        next_[edge] = child;
        ends.emplace_back();
        next_.resize(next_.size() + columns_, kNone);
        first_child.push_back(kNone);
        sibling.push_back(first_child[state]);
        first_child[state] = child;
        column_of.push_back(column);
      }
      state = next_[edge];
    }
    ends[state].push_back(static_cast<std::uint32_t>(i));
  }
  // Failure links in breadth-first order. A state's row is its failure
  // state's (complete by then, being shallower) with its own children's
  // edges put back, and its literals include its failure state's.
  const std::size_t states = ends.size();
  std::vector<std::uint32_t> fail(states, 0);
  std::vector<std::uint32_t> order;  // breadth-first, so also the queue
  order.reserve(states);
  for (std::uint32_t child = first_child[0]; child != kNone; child = sibling[child]) order.push_back(child);
  for (std::size_t c = 0; c < columns_; ++c)
    if (next_[c] == kNone) next_[c] = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::uint32_t state = order[k];
    std::uint32_t* const row = next_.data() + state * columns_;
    const std::uint32_t* const failure_row = next_.data() + fail[state] * columns_;
    std::copy(failure_row, failure_row + columns_, row);
    for (std::uint32_t child = first_child[state]; child != kNone; child = sibling[child]) {
      const std::uint8_t column = column_of[child];
      fail[child] = failure_row[column];
      row[column] = child;
      order.push_back(child);
    }
  }
  for (const std::uint32_t state : order) {  // a failure state comes before the states that fail to it
    const auto& inherited = ends[fail[state]];
    ends[state].insert(ends[state].end(), inherited.begin(), inherited.end());
  }
  outputs_begin_.reserve(states + 1);
  for (const auto& e : ends) {
    outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    outputs_.insert(outputs_.end(), e.begin(), e.end());
  }
  outputs_begin_.push_back(static_cast<std::uint32_t>(outputs_.size()));
  // An edge into a state that ends literals says so in its high bit, so the
  // scan reads the table alone for every other byte.
  if (states < (std::size_t{1} << 15)) {
    std::vector<std::uint16_t> flagged(states);
    for (std::size_t s = 0; s < states; ++s)
      flagged[s] = static_cast<std::uint16_t>(s | (ends[s].empty() ? 0u : 1u << 15));
    narrow_next_.resize(next_.size());
    for (std::size_t e = 0; e < next_.size(); ++e) narrow_next_[e] = flagged[next_[e]];
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

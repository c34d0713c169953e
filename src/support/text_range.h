// A half-open byte range [begin, end) into some text. Which text is said where
// the range is stored.
#pragma once

#include <cstddef>
#include <string_view>

namespace tactful {

struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  std::string_view in(std::string_view text) const {
    if (begin >= text.size()) return {};
    return text.substr(begin, (end < text.size() ? end : text.size()) - begin);
  }
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

}  // namespace tactful

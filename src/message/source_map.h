// Maps offsets in a decoded body back to offsets in the source bytes. Most
// bodies are a slice of the source (a constant shift); transfer-decoded or
// converted text keeps one source offset per body byte. Where decoding makes an
// exact map impossible (base64, multi-byte charsets) every offset maps to the
// start of the encoded part, and `exact()` is false so no fix is offered.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tactful {

class SourceMap {
 public:
  static SourceMap shifted(std::size_t source_begin) {
    SourceMap m;
    m.shift_ = source_begin;
    return m;
  }
  static SourceMap per_byte(std::vector<std::uint32_t> offsets) {
    SourceMap m;
    m.offsets_ = std::move(offsets);
    m.per_byte_ = true;
    return m;
  }
  static SourceMap fixed(std::size_t source_offset) {
    SourceMap m;
    m.shift_ = source_offset;
    m.fixed_ = true;
    return m;
  }

  std::size_t to_source(std::size_t body_offset) const {
    if (fixed_) return shift_;
    if (!per_byte_) return shift_ + body_offset;
    if (offsets_.empty()) return 0;
    if (body_offset >= offsets_.size()) return offsets_.back() + 1;
    return offsets_[body_offset];
  }
  bool exact() const { return !fixed_; }

 private:
  std::size_t shift_ = 0;
  bool fixed_ = false;
  bool per_byte_ = false;
  std::vector<std::uint32_t> offsets_;
};

}  // namespace tactful

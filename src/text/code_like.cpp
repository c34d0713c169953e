#include "text/code_like.h"

#include "support/byte_set.h"

namespace tactful::text {

bool code_like(std::string_view word) {
  static constexpr ByteSet kCodeChars = byte_set("_./:@\\#");
  bool after_lower = false;
  for (const char c : word) {
    if (in_byte_set(kCodeChars, c)) return true;
    if (after_lower && c >= 'A' && c <= 'Z') return true;
    after_lower = c >= 'a' && c <= 'z';
  }
  return false;
}

}  // namespace tactful::text

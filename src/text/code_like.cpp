#include "text/code_like.h"

namespace tactful::text {

bool code_like(std::string_view word) {
  bool after_lower = false;
  for (const char c : word) {
    if (in_byte_set(kCodeCharacters, c)) return true;
    if (after_lower && c >= 'A' && c <= 'Z') return true;
    after_lower = c >= 'a' && c <= 'z';
  }
  return false;
}

}  // namespace tactful::text

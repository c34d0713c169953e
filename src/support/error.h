// Errors a user can cause (a bad rule file, config or input), carried by value.
// Knows nothing of exit codes: main.cpp maps them, in one place.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace tactful {

struct Error {
  std::string file;  // empty when the error is not about a file
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based; 0 when unknown
  std::string message;

  // "file:line:col: message", leaving out what is unknown.
  std::string to_string() const {
    std::string out;
    // Appended piece by piece: GCC 12 warns (-Wrestrict) wrongly on ":" + std::to_string(...).
    if (!file.empty()) {
      out += file;
      if (line > 0) out.append(":").append(std::to_string(line));
      if (line > 0 && column > 0) out.append(":").append(std::to_string(column));
      out += ": ";
    }
    return out + message;
  }
};

template <class T>
using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(std::string message, std::string file = {},
                                   int line = 0, int column = 0) {
  return std::unexpected(Error{std::move(file), line, column, std::move(message)});
}

}  // namespace tactful

// Expands the paths given to `check` into the files to read: a directory is
// walked for *.eml, *.txt, *.md and maildir cur/ and new/ entries; "-" is
// standard input. Order is stable (sorted) so output is reproducible.
#pragma once

#include <string>
#include <vector>

#include "support/error.h"

namespace tactful::cli {

Expected<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths);
// Reads a whole file ("-" = standard input), refusing files over `max_bytes`.
Expected<std::string> read_input(const std::string& path, std::size_t max_bytes);

inline constexpr std::size_t kDefaultMaxMessageBytes = 10u << 20;  // 10 MiB per file

}  // namespace tactful::cli

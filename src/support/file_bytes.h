// A whole small file read with open(2), fstat(2) and read(2). For the files
// every start reads (the rule files, the pack snapshot): an ifstream and an
// ostringstream per file cost a cold start some 2 M instructions of stream
// set-up and copying for the shipped pack's nineteen files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace tactful {

enum class FileRead { ok, missing_or_unreadable, too_large };

// The bytes of the regular file at `path` into `out`, when it is at most
// `max_bytes` long.
FileRead read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& out);

}  // namespace tactful

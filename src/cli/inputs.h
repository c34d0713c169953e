// Expands the paths given to `check` into the files to read: a directory is
// walked for *.eml, *.txt, *.md and maildir cur/ and new/ entries; "-" is
// standard input. Order is stable (sorted) so output is reproducible.
#pragma once

#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "message/mbox_splitter.h"
#include "support/error.h"

namespace tactful::cli {

Expected<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths);
// Reads a whole file ("-" = standard input), refusing files over `max_bytes`.
Expected<std::string> read_input(const std::string& path, std::size_t max_bytes);

// An mbox file read a piece at a time: `check` holds the messages it is
// linting, not the file. `read_failed()` says, after the last entry, whether
// the file ended early because of a read error.
class MboxFile {
 public:
  // nullopt when `path` is standard input or a file that does not begin with
  // an mbox "From " line (it is then read whole, with read_input).
  static Expected<std::optional<MboxFile>> open(const std::string& path);

  std::optional<InputEntry> next() { return splitter_->next(); }
  bool read_failed() const { return file_->bad(); }

 private:
  MboxFile(std::unique_ptr<std::ifstream> file, const std::string& path);
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<MboxSplitter> splitter_;
};

inline constexpr std::size_t kDefaultMaxMessageBytes = 10u << 20;  // 10 MiB per file

}  // namespace tactful::cli

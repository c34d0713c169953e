// Turns the bytes of one input into messages: an mbox into one message per
// entry, anything else into one message, read as MIME or as a plain-text draft
// (optional header block or front matter). Reading never fails: what cannot be
// parsed is read as plain text with an InputNotice.
#pragma once

#include <string>
#include <vector>

#include <memory>
#include <string_view>

#include "message/message.h"
#include "message/mime_reader.h"

namespace tactful {

// `path` names the input in findings; ".eml" prefers MIME, ".txt"/".md" drafts.
std::vector<Message> read_messages(const std::string& path, std::string bytes);

// One entry of an input: a whole file, or one message of an mbox (path
// "FILE:N", `first_line` = lines before it in the file). Splitting is cheap and
// parsing is not, so batch runs split first and parse each entry in parallel.
// (`check` streams an mbox file through an MboxSplitter instead.)
struct InputEntry {
  std::string path;
  // The bytes the entry is a slice of: the whole file for a single message,
  // the message's own bytes for an entry of an mbox (MboxSplitter).
  std::shared_ptr<std::string> file;
  std::size_t offset = 0, size = 0;
  int first_line = 0;

  std::string_view bytes() const { return std::string_view(*file).substr(offset, size); }
  // The bytes as a string of their own (moved, not copied, when the entry is
  // the whole file and nothing else holds it).
  std::string take_bytes();
};
std::vector<InputEntry> split_input(const std::string& path, std::string bytes);

// One message (no mbox splitting); `first_line` counts lines before it in its
// file; `limits` bound the MIME structure read (`--max-mime-parts`, ...).
Message read_message(std::string path, std::string bytes, int first_line = 0, const MimeLimits& limits = {});

bool looks_like_mbox(std::string_view bytes);

}  // namespace tactful

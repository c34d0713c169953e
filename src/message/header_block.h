// Finds an RFC 5322-style header block ("Name: value" lines, folded
// continuations, ended by a blank line) at the start of some bytes and records
// where each field lies. Used by both readers so positions agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful {

struct RawHeader {
  std::string name;
  std::string raw_value;  // unfolded, not yet decoded, trimmed
  TextRange line;         // from the name to the end of its last line (no newline)
  TextRange value_range;  // raw value bytes (first line to last line)
};

struct HeaderBlock {
  std::vector<RawHeader> fields;
  std::size_t body_begin = 0;  // first byte after the blank line that ends the block
  bool found = false;
  bool malformed = false;      // a line in the block that is not a header
  std::size_t malformed_at = 0;
};

// One line of `s` from `begin`: `end` excludes "\r\n", `next` is where the
// following line starts.
struct Line {
  std::size_t begin, end, next;
};
Line line_at(std::string_view s, std::size_t begin);

// `s` without the blanks (spaces, tabs) at its ends, nor a '\r' at its end.
std::string_view trim_blanks(std::string_view s);

// `strict_names`: a draft's block must start with a header name that mail
// programs write (Subject, To, From, Date, Cc, X-...); an .eml accepts any name.
HeaderBlock scan_header_block(std::string_view source, bool strict_names);

// A draft may start with YAML front matter between "---" lines; its simple
// "key: value" pairs become headers (subject, to, date, interview-date ...).
HeaderBlock scan_front_matter(std::string_view source);

}  // namespace tactful

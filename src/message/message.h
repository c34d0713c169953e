// A message as the rules see it: the source bytes the user gave, its headers,
// the decoded text body with a map back to source offsets, its attachments and
// its regions (greeting, the writer's new text, quoted reply, signature).
// Produced by the readers in this folder; knows nothing of rules or output.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "message/source_map.h"
#include "support/text_range.h"

namespace tactful {

struct Header {
  std::string name;   // as written
  std::string value;  // unfolded, RFC 2047 decoded, trimmed
  TextRange line;     // source bytes of the whole header field (name to end of line)
  TextRange value_range;  // source bytes of the raw value
};

struct Address {
  std::string name;   // display name, decoded ("Ann Lee")
  std::string email;  // "ann@example.com"
};

struct Attachment {
  std::string file_name;     // decoded (RFC 2047/2231)
  std::string content_type;  // "application/pdf"
  std::size_t size = 0;      // decoded bytes
  TextRange where;           // source bytes to point a finding at (the part's headers)
};

enum class RegionKind { greeting, new_text, attribution, quoted, signature };

struct Region {
  RegionKind kind;
  TextRange range;  // bytes of Message::body
};

// A problem with the input itself, reported as a finding rather than a failure.
struct InputNotice {
  std::string message;
  TextRange range;  // source bytes
};

struct Message {
  std::string path;         // as the user named it ("-" for stdin, "box.mbox:3")
  std::string source;       // the bytes of this message, exactly as given
  int first_line = 0;       // lines before `source` in its file (mbox), for reporting

  bool has_header_block = false;  // an RFC 5322 head, a draft header block or front matter
  std::vector<Header> headers;
  std::vector<Address> to, cc, from;

  std::string body;  // UTF-8 text of the chosen text part
  SourceMap map;     // body offset -> source offset
  std::vector<Attachment> attachments;
  std::vector<Region> regions;  // set by find_regions (message/regions.h), which then calls index_regions
  std::vector<InputNotice> notices;

  const Header* header(std::string_view name) const;  // case-insensitive, first one
  // The ranges of one kind, in order. Kept per kind (index_regions): rules
  // ask for them several times a message, and a new vector each time was
  // a hundred thousand allocations a 10 MB batch.
  const std::vector<TextRange>& regions_of(RegionKind kind) const;
  // The writer's own ranges (greeting, new text, signature: no quotes), in order.
  const std::vector<TextRange>& writers_regions() const { return writers_regions_; }
  // Fills what regions_of and writers_regions answer from `regions`.
  void index_regions();

  // Where a finding about the whole message points: the Subject line, else line 1.
  TextRange whole_message_anchor() const;
  // Source range for a body range, for reporting.
  TextRange to_source(TextRange body_range) const;

 private:
  std::array<std::vector<TextRange>, 5> regions_by_kind_;  // by RegionKind
  std::vector<TextRange> writers_regions_;
};

}  // namespace tactful

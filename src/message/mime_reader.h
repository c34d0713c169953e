// The one adapter over GMime: RFC 5322/MIME parsing, transfer decoding,
// charset conversion, RFC 2047/2231 decoding and address lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful {

// How much MIME structure is read: parts past `max_parts` and parts nested
// deeper than `max_depth` are skipped with an InputNotice saying so.
struct MimeLimits {
  int max_parts = 1000;
  int max_depth = 32;
};

// Parses `message.source` as MIME and fills headers, addresses, body (+ map),
// attachments. Returns false when GMime cannot make a message of it, leaving
// `message` untouched so the caller can read it as plain text.
bool read_mime(Message& message, const MimeLimits& limits = {});

// RFC 2047 decoding of a raw header value ("=?UTF-8?Q?Jos=C3=A9?=").
std::string decode_header_text(std::string_view raw);

// Whether `raw` is printable ASCII without an encoded word, which
// decode_header_text returns unchanged: most values are, and they need no GMime.
bool header_text_is_plain(std::string_view raw);

// "Ann Lee <ann@x.org>, raj@y.com" -> [{Ann Lee, ann@x.org}, {"", raj@y.com}]
std::vector<Address> parse_addresses(std::string_view raw);

}  // namespace tactful

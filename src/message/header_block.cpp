#include "message/header_block.h"

#include <strings.h>

#include <array>

namespace tactful {
namespace {

constexpr std::array<std::string_view, 17> kDraftHeaderNames = {
    "subject", "to", "from", "cc", "bcc", "date", "reply-to", "in-reply-to", "references",
    "message-id", "mime-version", "content-type", "content-transfer-encoding", "sender",
    "return-path", "received", "user-agent"};

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

bool known_draft_name(std::string_view name) {
  if (name.size() > 2 && (name[0] == 'X' || name[0] == 'x') && name[1] == '-') return true;
  for (std::string_view known : kDraftHeaderNames)
    if (known.size() == name.size() && strncasecmp(known.data(), name.data(), name.size()) == 0)
      return true;
  return false;
}

// Length of "Name:" at the line start, or 0 if the line is not a header field.
std::size_t field_name_length(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_name_char(line[i])) ++i;
  if (i == 0 || i >= line.size() || line[i] != ':') return 0;
  return i;
}

}  // namespace

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Line line_at(std::string_view s, std::size_t begin) {
  std::size_t nl = s.find('\n', begin);
  std::size_t next = nl == std::string_view::npos ? s.size() : nl + 1;
  std::size_t end = nl == std::string_view::npos ? s.size() : nl;
  if (end > begin && s[end - 1] == '\r') --end;
  return {begin, end, next};
}

HeaderBlock scan_header_block(std::string_view s, bool strict_names) {
  HeaderBlock block;
  block.fields.reserve(16);  // a message's usual headers, without growing the vector four times
  std::size_t pos = 0;
  // An mbox "From " separator or a BOM is not part of the header block.
  if (s.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < s.size()) {
    const Line line = line_at(s, pos);
    const std::string_view text = s.substr(line.begin, line.end - line.begin);
    if (text.empty()) {  // the blank line that ends the block
      if (!block.fields.empty()) block.body_begin = line.next;
      break;
    }
    if ((text[0] == ' ' || text[0] == '\t') && !block.fields.empty()) {
      RawHeader& last = block.fields.back();
      last.raw_value += ' ';
      last.raw_value += trim_blanks(text);
      last.line.end = line.end;
      last.value_range.end = line.end;
      pos = line.next;
      continue;
    }
    const std::size_t name_length = field_name_length(text);
    if (name_length == 0 || (block.fields.empty() && strict_names &&
                             !known_draft_name(text.substr(0, name_length)))) {
      if (!block.fields.empty()) {  // a draft whose block runs straight into the body
        block.malformed = true;
        block.malformed_at = line.begin;
        block.body_begin = line.begin;
      }
      break;
    }
    RawHeader field;
    field.name = std::string(text.substr(0, name_length));
    std::size_t value_begin = line.begin + name_length + 1;
    while (value_begin < line.end && (s[value_begin] == ' ' || s[value_begin] == '\t')) ++value_begin;
    field.raw_value = std::string(trim_blanks(s.substr(value_begin, line.end - value_begin)));
    field.line = {line.begin, line.end};
    field.value_range = {value_begin, line.end};
    block.fields.push_back(std::move(field));
    pos = line.next;
    if (pos >= s.size()) block.body_begin = s.size();
  }
  block.found = !block.fields.empty();
  if (!block.found) block.body_begin = 0;
  return block;
}

HeaderBlock scan_front_matter(std::string_view s) {
  HeaderBlock block;
  const Line first = line_at(s, 0);
  if (s.substr(first.begin, first.end - first.begin) != "---") return block;
  std::size_t pos = first.next;
  while (pos < s.size()) {
    const Line line = line_at(s, pos);
    const std::string_view text = s.substr(line.begin, line.end - line.begin);
    if (text == "---" || text == "...") {
      block.found = true;
      block.body_begin = line.next;
      return block;
    }
    const std::size_t colon = text.find(':');
    if (colon != std::string_view::npos && colon > 0 && text[0] != ' ' && text[0] != '#') {
      RawHeader field;
      field.name = std::string(trim_blanks(text.substr(0, colon)));
      std::string_view value = trim_blanks(text.substr(colon + 1));
      std::size_t value_begin = line.begin + colon + 1;
      while (value_begin < line.end && s[value_begin] == ' ') ++value_begin;
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
          value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      field.raw_value = std::string(value);
      field.line = {line.begin, line.end};
      field.value_range = {value_begin, line.end};
      block.fields.push_back(std::move(field));
    }
    pos = line.next;
  }
  return HeaderBlock{};  // no closing "---": not front matter
}

}  // namespace tactful

#include "message/reader.h"

#include <strings.h>

#include <algorithm>
#include <optional>

#include "message/header_block.h"
#include "message/mbox_splitter.h"
#include "message/mime_reader.h"
#include "message/regions.h"
#include "message/simple_address.h"
#include "message/simple_mime.h"
#include "support/utf8.h"

namespace tactful {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         strncasecmp(s.data() + s.size() - suffix.size(), suffix.data(), suffix.size()) == 0;
}

bool is_address_header(std::string_view name) {
  return strcasecmp(std::string(name).c_str(), "to") == 0 || strcasecmp(std::string(name).c_str(), "cc") == 0 ||
         strcasecmp(std::string(name).c_str(), "from") == 0;
}

// Front-matter keys are written in lower case; map them onto header names.
std::string header_name_for_key(std::string_view key) {
  static constexpr std::pair<std::string_view, std::string_view> kKeys[] = {
      {"subject", "Subject"}, {"to", "To"}, {"cc", "Cc"}, {"from", "From"}, {"date", "Date"},
      {"interview-date", "X-Interview-Date"}, {"interview", "X-Interview-Date"},
      {"original-date", "X-Original-Date"}, {"kind", "X-Tactful-Kind"}, {"recipient", "X-Recipient"}};
  for (auto [k, name] : kKeys)
    if (strcasecmp(std::string(key).c_str(), std::string(k).c_str()) == 0) return std::string(name);
  return std::string(key);
}

// Moves the fields' names and values out of `block` into the message.
void take_headers(Message& m, HeaderBlock& block, bool front_matter) {
  m.has_header_block = block.found;
  m.headers.reserve(m.headers.size() + block.fields.size());
  for (RawHeader& raw : block.fields) {
    Header h;
    h.name = front_matter ? header_name_for_key(raw.name) : std::move(raw.name);
    h.value = header_text_is_plain(raw.raw_value) ? std::move(raw.raw_value) : decode_header_text(raw.raw_value);
    if (!utf8::is_valid(h.value)) h.value = utf8::repair_in_place_copy(h.value);
    h.line = raw.line;
    h.value_range = raw.value_range;
    if (is_address_header(h.name)) {
      std::optional<std::vector<Address>> simple = parse_simple_addresses(h.value);
      std::vector<Address> list = simple ? std::move(*simple) : parse_addresses(h.value);
      // A display name alone ("To: Ann Lee" in a draft) is still the recipient's name.
      if (list.empty() && !h.value.empty() && h.value.find('@') == std::string::npos)
        list.push_back({h.value, ""});
      auto& target = strcasecmp(h.name.c_str(), "to") == 0   ? m.to
                     : strcasecmp(h.name.c_str(), "cc") == 0 ? m.cc
                                                             : m.from;
      target.insert(target.end(), list.begin(), list.end());
    }
    m.headers.push_back(std::move(h));
  }
}

void read_plain(Message& m) {
  HeaderBlock block = scan_front_matter(m.source);
  const bool front_matter = block.found;
  if (!front_matter) block = scan_header_block(m.source, true);
  take_headers(m, block, front_matter);
  if (block.malformed)
    m.notices.push_back({"the header block runs into the text without a blank line; "
                         "add an empty line after the last header",
                         {block.malformed_at, block.malformed_at}});
  const std::string_view body = std::string_view(m.source).substr(block.body_begin);
  m.body = utf8::is_valid(body) ? std::string(body) : utf8::repair_in_place_copy(body);
  m.map = SourceMap::shifted(block.body_begin);
}

// The message's header block when it is read as MIME (nullopt: as plain
// text), scanned once for both the question and the reading.
std::optional<HeaderBlock> mime_head(std::string_view path, std::string_view bytes) {
  if (ends_with(path, ".txt") || ends_with(path, ".md")) return std::nullopt;
  HeaderBlock block = scan_header_block(bytes, false);
  if (ends_with(path, ".eml") || ends_with(path, ".msg")) return block;
  // Standard input, maildir files, mbox messages and the like: MIME if the head says so.
  for (const RawHeader& h : block.fields)
    for (const char* name : {"mime-version", "content-type", "received", "message-id", "return-path"})
      if (strcasecmp(h.name.c_str(), name) == 0) return block;
  return std::nullopt;
}

}  // namespace

bool looks_like_mbox(std::string_view bytes) { return bytes.substr(0, 5) == "From "; }

Message read_message(std::string path, std::string bytes, int first_line, const MimeLimits& limits) {
  Message m;
  m.path = std::move(path);
  m.source = std::move(bytes);
  m.first_line = first_line;
  if (m.source.find('\0') != std::string::npos && !ends_with(m.path, ".eml"))
    m.notices.push_back({"the file contains NUL bytes; it does not look like text", {0, 0}});
  bool read = false;
  if (std::optional<HeaderBlock> block = mime_head(m.path, m.source)) {
    // Both readers leave the message as it was when they fail (they fail
    // only before reading anything), so they read into it, not a copy.
    if (block->found && (read_simple_mime(m, *block) || read_mime(m, limits))) {
      take_headers(m, *block, false);
      read = true;
    } else {
      m.notices.push_back({"this does not parse as a MIME message; it was read as plain text", {0, 0}});
    }
  }
  if (!read) read_plain(m);
  find_regions(m);
  return m;
}

std::string InputEntry::take_bytes() {
  if (offset == 0 && size == file->size() && file.use_count() == 1) return std::move(*file);
  return std::string(bytes());
}

std::vector<InputEntry> split_input(const std::string& path, std::string input) {
  std::vector<InputEntry> out;
  auto file = std::make_shared<std::string>(std::move(input));
  const std::string& bytes = *file;
  if (!looks_like_mbox(bytes)) {
    out.push_back({path, file, 0, bytes.size(), 0});
    return out;
  }
  std::size_t offset = 0;
  MboxSplitter splitter(path, [&](char* into, std::size_t room) {
    const std::size_t n = std::min(room, bytes.size() - offset);
    bytes.copy(into, n, offset);
    offset += n;
    return n;
  }, bytes.size());
  while (std::optional<InputEntry> entry = splitter.next()) out.push_back(std::move(*entry));
  return out;
}

std::vector<Message> read_messages(const std::string& path, std::string bytes) {
  std::vector<Message> out;
  for (InputEntry& entry : split_input(path, std::move(bytes)))
    out.push_back(read_message(std::move(entry.path), entry.take_bytes(), entry.first_line));
  return out;
}

}  // namespace tactful

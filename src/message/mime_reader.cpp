#include "message/mime_reader.h"

#include <gmime/gmime.h>
#include <strings.h>

#include <memory>
#include <mutex>

#include "message/body_decoding.h"
#include "message/gmime_on_demand.h"
#include "message/header_block.h"
#include "message/text_part.h"

namespace tactful {
namespace {

// Throws when GMime cannot be loaded (gmime_on_demand.h): a MIME message
// read as plain text instead would be linted wrongly, and quietly.
// (Outside call_once: an exception leaving call_once aborts with GCC 12.)
void init_gmime() {
  require_gmime();
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

template <class T>
struct GObjectDeleter {
  void operator()(T* p) const {
    if (p) g_object_unref(p);
  }
};
template <class T>
using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

std::string read_stream(GMimeStream* stream) {
  std::string out;
  if (!stream) return out;
  g_mime_stream_reset(stream);
  char buffer[8192];
  for (;;) {
    const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  g_mime_stream_reset(stream);
  return out;
}

std::string decoded_content(GMimeDataWrapper* wrapper) {
  GPtr<GMimeStream> mem(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(wrapper, mem.get());
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
  return std::string(reinterpret_cast<const char*>(bytes->data), bytes->len);
}

bool is_type(GMimeObject* object, const char* type, const char* subtype) {
  GMimeContentType* ct = g_mime_object_get_content_type(object);
  return ct && g_mime_content_type_is_type(ct, type, subtype);
}

struct Walk {
  GMimePart* plain = nullptr;
  GMimePart* html = nullptr;
  std::vector<GMimePart*> attachments;
  int parts = 0;
  bool too_deep = false;
  MimeLimits limits;
};

void walk(GMimeObject* object, Walk& w, int depth) {
  if (!object || ++w.parts > w.limits.max_parts) return;
  if (depth > w.limits.max_depth) {
    w.too_deep = true;
    return;
  }
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multi = GMIME_MULTIPART(object);
    const int count = g_mime_multipart_get_count(multi);
    for (int i = 0; i < count; ++i) walk(g_mime_multipart_get_part(multi, i), w, depth + 1);
    return;
  }
  if (GMIME_IS_MESSAGE_PART(object)) return;  // a forwarded message is not the writer's text
  if (!GMIME_IS_PART(object)) return;
  GMimePart* part = GMIME_PART(object);
  const char* file_name = g_mime_part_get_filename(part);
  if (g_mime_part_is_attachment(part) || (file_name && *file_name)) {
    w.attachments.push_back(part);
    return;
  }
  if (!w.plain && is_type(object, "text", "plain")) w.plain = part;
  else if (!w.html && is_type(object, "text", "html")) w.html = part;
  else if (!is_type(object, "text", "*")) w.attachments.push_back(part);
}

// Decodes a text part to UTF-8, with a source map where one can be exact.
void read_text_part(GMimePart* part, bool is_html, Message& message, std::size_t search_from) {
  GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
  if (!wrapper) return;
  const std::string encoded = read_stream(g_mime_data_wrapper_get_stream(wrapper));
  const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(wrapper);
  const char* charset_param = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
  const char* charset = charset_param ? charset_param : "us-ascii";
  const std::optional<SimpleCharset> simple = simple_charset(charset);

  // Where the encoded content lies in the source, so findings point into it.
  std::size_t base = message.source.find(encoded, search_from);
  const bool located = base != std::string::npos && !encoded.empty();
  if (!located) base = search_from < message.source.size() ? search_from : 0;

  const bool identity = encoding == GMIME_CONTENT_ENCODING_DEFAULT || encoding == GMIME_CONTENT_ENCODING_7BIT ||
                        encoding == GMIME_CONTENT_ENCODING_8BIT || encoding == GMIME_CONTENT_ENCODING_BINARY;
  if (located && simple && (identity || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)) {
    take_located_text(message, encoded, base,
                      identity ? TransferEncoding::identity : TransferEncoding::quoted_printable, *simple, is_html);
    return;
  }

  MappedText text;
  bool exact = located;
  if (encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE && located) {
    text = decode_quoted_printable(encoded, base);
  } else if (identity && located) {
    text = identity_mapped(encoded, base);
  } else {
    text = identity_mapped(decoded_content(wrapper), base);
    exact = false;
  }

  if (simple && *simple != SimpleCharset::utf8) {
    text = latin1_to_utf8(text, *simple == SimpleCharset::windows_1252);
  } else if (!simple) {
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd != reinterpret_cast<iconv_t>(-1)) {
      char* converted = g_mime_iconv_strndup(cd, text.text.data(), text.text.size());
      g_mime_iconv_close(cd);
      if (converted) {
        text = identity_mapped(converted, base);
        g_free(converted);
        exact = false;
      }
    } else {
      message.notices.push_back({"unknown charset '" + std::string(charset) +
                                     "'; the text was read as UTF-8 and may show stray characters",
                                 {base, base}});
    }
  }
  repair_utf8(text);
  if (is_html) text = html_to_text(text);

  message.body = std::move(text.text);
  message.map = exact ? SourceMap::per_byte(std::move(text.source)) : SourceMap::fixed(base);
}


std::size_t find_case_insensitive(std::string_view haystack, std::string_view needle, std::size_t from,
                                  std::size_t to) {
  if (needle.empty() || to > haystack.size()) return std::string::npos;
  for (std::size_t i = from; i + needle.size() <= to; ++i)
    if (strncasecmp(haystack.data() + i, needle.data(), needle.size()) == 0) return i;
  return std::string::npos;
}

// Where a finding about an attachment points: the line of the part's headers
// that carries its file name (the Content-Disposition `filename` parameter,
// else the Content-Type `name`), found between the part's boundary line and
// its encoded content, so it is right whatever encoding the name is written
// in (RFC 2047, RFC 2231 continuations). Advances `search_from` past the part
// so two attachments with the same bytes point at their own headers.
std::size_t attachment_line(std::string_view source, GMimePart* part, std::size_t body_begin,
                            std::size_t& search_from) {
  std::string encoded;
  if (GMimeDataWrapper* wrapper = g_mime_part_get_content(part))
    encoded = read_stream(g_mime_data_wrapper_get_stream(wrapper));
  const std::size_t content = encoded.empty() ? std::string::npos : source.find(encoded, search_from);
  if (content == std::string::npos) return body_begin;
  search_from = content + encoded.size();
  // The part's headers start after the boundary line before its content.
  std::size_t headers = source.rfind("\n--", content);
  headers = headers == std::string::npos || headers < body_begin ? body_begin : headers + 1;
  for (std::string_view key : {"filename", "name"}) {
    const std::size_t at = find_case_insensitive(source, key, headers, content);
    if (at != std::string::npos) return at;
  }
  return content;
}

}  // namespace

std::string decode_header_text(std::string_view raw) {
  init_gmime();
  const std::string copy(raw);
  char* decoded = g_mime_utils_header_decode_text(nullptr, copy.c_str());
  if (!decoded) return copy;
  std::string out(decoded);
  g_free(decoded);
  return out;
}

bool header_text_is_plain(std::string_view raw) {
  for (char c : raw)
    if (c < 0x20 || c > 0x7e) return false;
  return raw.find("=?") == std::string_view::npos;
}

std::vector<Address> parse_addresses(std::string_view raw) {
  init_gmime();
  std::vector<Address> out;
  const std::string copy(raw);
  InternetAddressList* list = internet_address_list_parse(nullptr, copy.c_str());
  if (!list) return out;
  const int count = internet_address_list_length(list);
  for (int i = 0; i < count; ++i) {
    InternetAddress* address = internet_address_list_get_address(list, i);
    if (!INTERNET_ADDRESS_IS_MAILBOX(address)) continue;
    const char* name = internet_address_get_name(address);
    const char* email = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
    out.push_back({name ? name : "", email ? email : ""});
  }
  g_object_unref(list);
  return out;
}

bool read_mime(Message& message, const MimeLimits& limits) {
  init_gmime();
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(message.source.data(), message.source.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
  GPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!parsed) return false;

  Walk w;
  w.limits = limits;
  walk(g_mime_message_get_mime_part(parsed.get()), w, 0);
  if (w.too_deep)
    message.notices.push_back({"MIME parts nest deeper than " + std::to_string(limits.max_depth) +
                                   " levels; the deeper parts were not read",
                               {0, 0}});
  if (w.parts > limits.max_parts)
    message.notices.push_back({"more than " + std::to_string(limits.max_parts) +
                                   " MIME parts; the rest were not read",
                               {0, 0}});

  const HeaderBlock block = scan_header_block(message.source, false);
  const std::size_t body_search_from = block.body_begin;
  if (w.plain) read_text_part(w.plain, false, message, body_search_from);
  else if (w.html) read_text_part(w.html, true, message, body_search_from);
  else message.map = SourceMap::fixed(body_search_from);

  std::size_t search_from = body_search_from;
  for (GMimePart* part : w.attachments) {
    Attachment a;
    const char* name = g_mime_part_get_filename(part);
    a.file_name = name ? name : "";
    GMimeContentType* ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
    if (ct) {
      char* mime_type = g_mime_content_type_get_mime_type(ct);
      a.content_type = mime_type ? mime_type : "";
      g_free(mime_type);
    }
    if (GMimeDataWrapper* wrapper = g_mime_part_get_content(part)) a.size = decoded_content(wrapper).size();
    const std::size_t at = attachment_line(message.source, part, body_search_from, search_from);
    std::size_t line_begin = message.source.rfind('\n', at);
    line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
    std::size_t line_end = message.source.find('\n', at);
    if (line_end == std::string::npos) line_end = message.source.size();
    if (line_end > line_begin && message.source[line_end - 1] == '\r') --line_end;
    a.where = {line_begin, line_end};
    message.attachments.push_back(std::move(a));
  }
  return true;
}

}  // namespace tactful

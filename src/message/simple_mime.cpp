#include "message/simple_mime.h"

#include <strings.h>

#include <optional>
#include <string_view>

#include "message/text_part.h"

namespace tactful {
namespace {

// Parts of a multipart/alternative beyond which GMime reads the message.
constexpr int kMaxParts = 16;

bool equals_folded(std::string_view a, std::string_view b) {
  return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

enum class Shape { plain, html, alternative };

struct ContentType {
  Shape shape = Shape::plain;
  std::string_view charset = "us-ascii";  // MIME's default
  std::string_view boundary;
};

// A Content-Type value of one of the shapes with no parameter but charset,
// format, delsp (a text part) or boundary (the multipart); nullopt for
// anything else, comments, escapes and RFC 2231 forms included: a file name
// makes an attachment, and the rest is GMime's to read.
std::optional<ContentType> simple_content_type(std::string_view value) {
  if (value.find_first_of("()\\*%") != std::string_view::npos) return std::nullopt;
  std::size_t semicolon = value.find(';');
  const std::string_view type = trim_blanks(value.substr(0, semicolon));
  ContentType out;
  if (equals_folded(type, "text/plain")) out.shape = Shape::plain;
  else if (equals_folded(type, "text/html")) out.shape = Shape::html;
  else if (equals_folded(type, "multipart/alternative")) out.shape = Shape::alternative;
  else return std::nullopt;
  bool has_charset = false;
  while (semicolon != std::string_view::npos) {
    value.remove_prefix(semicolon + 1);
    semicolon = value.find(';');
    const std::string_view parameter = value.substr(0, semicolon);
    const std::size_t equals = parameter.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    const std::string_view name = trim_blanks(parameter.substr(0, equals));
    std::string_view argument = trim_blanks(parameter.substr(equals + 1));
    if (argument.size() >= 2 && argument.front() == '"' && argument.back() == '"')
      argument = argument.substr(1, argument.size() - 2);
    if (argument.empty() || argument.find_first_of("\" \t") != std::string_view::npos) return std::nullopt;
    const bool multipart = out.shape == Shape::alternative;
    if (!multipart && equals_folded(name, "charset") && !has_charset) {
      out.charset = argument;
      has_charset = true;
    } else if (multipart && equals_folded(name, "boundary") && out.boundary.empty()) {
      out.boundary = argument;
    } else if (multipart || (!equals_folded(name, "format") && !equals_folded(name, "delsp"))) {
      return std::nullopt;
    }
  }
  if (out.shape == Shape::alternative && out.boundary.empty()) return std::nullopt;
  return out;
}

std::optional<TransferEncoding> transfer_encoding(std::string_view value) {
  for (std::string_view identity : {"7bit", "8bit", "binary"})
    if (equals_folded(value, identity)) return TransferEncoding::identity;
  if (equals_folded(value, "quoted-printable")) return TransferEncoding::quoted_printable;
  return std::nullopt;
}

// A line of blanks inside the block ends it for some readers and continues the
// field above for others; such a head is GMime's to read.
bool has_blank_continuation(std::string_view head) {
  for (std::size_t at = head.find('\n'); at != std::string_view::npos; at = head.find('\n', at + 1)) {
    std::size_t i = at + 1;
    if (i >= head.size() || (head[i] != ' ' && head[i] != '\t')) continue;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r')) ++i;
    if (i < head.size() && head[i] == '\n') return true;
  }
  return false;
}

// An entity's content headers, when they are simple.
struct Entity {
  ContentType type;
  TransferEncoding encoding = TransferEncoding::identity;
  SimpleCharset charset = SimpleCharset::utf8;
};

std::optional<Entity> simple_entity(const std::vector<RawHeader>& fields) {
  const RawHeader* content_type = nullptr;
  const RawHeader* encoding = nullptr;
  for (const RawHeader& field : fields) {
    if (equals_folded(field.name, "content-disposition")) return std::nullopt;
    const RawHeader** slot = equals_folded(field.name, "content-type")                ? &content_type
                             : equals_folded(field.name, "content-transfer-encoding") ? &encoding
                                                                                      : nullptr;
    if (!slot) continue;
    if (*slot) return std::nullopt;  // which of two GMime would take is its business
    *slot = &field;
  }
  Entity out;
  if (content_type) {
    const std::optional<ContentType> type = simple_content_type(content_type->raw_value);
    if (!type) return std::nullopt;
    out.type = *type;
  }
  if (encoding) {
    const std::optional<TransferEncoding> e = transfer_encoding(encoding->raw_value);
    // A multipart's parts carry their own encodings; it can only be identity.
    if (!e || (out.type.shape == Shape::alternative && *e != TransferEncoding::identity)) return std::nullopt;
    out.encoding = *e;
  }
  const std::optional<SimpleCharset> charset = simple_charset(out.type.charset);
  if (!charset) return std::nullopt;
  out.charset = *charset;
  return out;
}

struct TextPart {
  Entity entity;
  std::string_view content;
};

// The parts of a multipart/alternative body (source offsets from `from`), or
// nullopt when a part is not a simple text part, a line only looks like a
// boundary, a part nests, or the closing boundary is missing.
std::optional<std::vector<TextPart>> alternative_parts(std::string_view source, std::size_t from,
                                                       std::string_view boundary) {
  std::vector<TextPart> parts;
  std::optional<std::size_t> part_begin;  // after the last boundary line
  for (std::size_t pos = from; pos < source.size();) {
    const Line line = line_at(source, pos);
    pos = line.next;
    std::string_view text = source.substr(line.begin, line.end - line.begin);
    if (!text.starts_with("--") || text.substr(2, boundary.size()) != boundary) continue;
    text.remove_prefix(2 + boundary.size());
    const bool closing = text.starts_with("--");
    if (closing) text.remove_prefix(2);
    if (!trim_blanks(text).empty()) return std::nullopt;  // "--b-x": a boundary to GMime or not?
    if (part_begin) {
      // The line break before a boundary line belongs to the boundary.
      std::size_t end = line.begin;
      if (end > *part_begin && source[end - 1] == '\n') --end;
      if (end > *part_begin && source[end - 1] == '\r') --end;
      if (end < *part_begin) return std::nullopt;
      const std::string_view part = source.substr(*part_begin, end - *part_begin);
      std::size_t content_begin = 0;
      std::optional<Entity> entity;
      if (part.starts_with("\n") || part.starts_with("\r\n")) {
        content_begin = part.find('\n') + 1;
        entity = simple_entity({});
      } else {
        const HeaderBlock head = scan_header_block(part, false);
        if (!head.found || head.malformed || head.body_begin == 0 || has_blank_continuation(part.substr(0, head.body_begin)))
          return std::nullopt;
        content_begin = head.body_begin;
        entity = simple_entity(head.fields);
      }
      if (!entity || entity->type.shape == Shape::alternative || parts.size() >= kMaxParts) return std::nullopt;
      parts.push_back({*entity, part.substr(content_begin)});
    }
    if (closing) return parts.empty() ? std::nullopt : std::optional(std::move(parts));
    part_begin = line.next;
  }
  return std::nullopt;
}

}  // namespace

bool read_simple_mime(Message& message, const HeaderBlock& block) {
  const std::string_view source = message.source;
  if (!block.found || block.malformed || block.body_begin == 0 || block.body_begin >= source.size()) return false;
  if (source.starts_with("\xEF\xBB\xBF") || source.find('\0') != std::string_view::npos) return false;
  if (has_blank_continuation(source.substr(0, block.body_begin))) return false;
  const std::optional<Entity> top = simple_entity(block.fields);
  if (!top) return false;
  if (top->type.shape != Shape::alternative) {
    take_located_text(message, source.substr(block.body_begin), block.body_begin, top->encoding, top->charset,
                      top->type.shape == Shape::html);
    return true;
  }
  const auto parts = alternative_parts(source, block.body_begin, top->type.boundary);
  if (!parts) return false;
  // As read_mime: the first plain part, else the first HTML part, found in
  // the source by its bytes.
  const TextPart* chosen = nullptr;
  for (const TextPart& p : *parts)
    if (!chosen && p.entity.type.shape == Shape::plain) chosen = &p;
  for (const TextPart& p : *parts)
    if (!chosen && p.entity.type.shape == Shape::html) chosen = &p;
  if (!chosen || chosen->content.empty()) return false;
  const std::size_t base = source.find(chosen->content, block.body_begin);
  take_located_text(message, chosen->content, base, chosen->entity.encoding, chosen->entity.charset,
                    chosen->entity.type.shape == Shape::html);
  return true;
}

}  // namespace tactful

#include "lsp/convert.h"

namespace tactful::lsp {

ColumnUnit column_unit(PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::utf8: return ColumnUnit::byte;
    case PositionEncoding::utf16: return ColumnUnit::utf16;
    case PositionEncoding::utf32: return ColumnUnit::code_point;
  }
  return ColumnUnit::utf16;
}

std::string_view to_string(PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::utf8: return "utf-8";
    case PositionEncoding::utf16: return "utf-16";
    case PositionEncoding::utf32: return "utf-32";
  }
  return "utf-16";
}

std::optional<PositionEncoding> position_encoding_from_string(std::string_view name) {
  if (name == "utf-8") return PositionEncoding::utf8;
  if (name == "utf-16") return PositionEncoding::utf16;
  if (name == "utf-32") return PositionEncoding::utf32;
  return std::nullopt;
}

std::size_t to_offset(const LineIndex& index, Position position, PositionEncoding encoding) {
  return index.offset({position.line, position.character}, column_unit(encoding));
}

TextRange to_text_range(const LineIndex& index, Range range, PositionEncoding encoding) {
  std::size_t begin = to_offset(index, range.start, encoding);
  std::size_t end = to_offset(index, range.end, encoding);
  if (end < begin) std::swap(begin, end);
  return {begin, end};
}

Range to_range(const LineIndex& index, TextRange range, PositionEncoding encoding) {
  const LinePosition b = index.position(range.begin, column_unit(encoding));
  const LinePosition e = index.position(range.end, column_unit(encoding));
  return {{b.line, b.column}, {e.line, e.column}};
}

nlohmann::json to_lsp_position(const LineIndex& index, std::size_t offset, PositionEncoding encoding, int line_offset) {
  const LinePosition p = index.position(offset, column_unit(encoding));
  return {{"line", p.line + line_offset}, {"character", p.column}};
}

nlohmann::json to_lsp_range(const LineIndex& index, TextRange range, PositionEncoding encoding, int line_offset) {
  return {{"start", to_lsp_position(index, range.begin, encoding, line_offset)},
          {"end", to_lsp_position(index, range.end, encoding, line_offset)}};
}

int to_lsp_severity(Severity severity) {
  switch (severity) {
    case Severity::error: return 1;
    case Severity::warning: return 2;
    case Severity::suggestion: return 3;
  }
  return 2;
}

nlohmann::json to_lsp_diagnostic(const Diagnostic& d, const LineIndex& index, PositionEncoding encoding,
                                 int line_offset) {
  nlohmann::json fixes = nlohmann::json::array();
  for (const Fix& f : d.fixes)
    fixes.push_back({{"title", f.title}, {"range", to_lsp_range(index, f.range, encoding, line_offset)}, {"newText", f.replacement}});
  nlohmann::json j{{"range", to_lsp_range(index, d.range, encoding, line_offset)},
                   {"severity", to_lsp_severity(d.severity)},
                   {"code", d.rule},
                   {"source", "tactful"},
                   {"message", d.message},
                   {"data", {{"rule", d.rule}, {"excerpt", d.excerpt}, {"fixes", std::move(fixes)}}}};
  if (!d.link.empty()) j["codeDescription"] = {{"href", d.link}};
  return j;
}

}  // namespace tactful::lsp

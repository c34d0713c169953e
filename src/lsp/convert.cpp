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

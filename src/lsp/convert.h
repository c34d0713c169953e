// The one place where tactful's diagnostics become LSP diagnostics: byte
// ranges to 0-based positions in the negotiated encoding (UTF-16 by default),
// severities to LSP numbers, fixes to `data` for code actions.
#pragma once

#include <nlohmann/json.hpp>

#include "diag/diagnostic.h"
#include "lsp/protocol.h"
#include "support/line_index.h"

namespace tactful::lsp {

enum class PositionEncoding { utf8, utf16, utf32 };

ColumnUnit column_unit(PositionEncoding encoding);
// "utf-8", "utf-16", "utf-32" (the names of LSP 3.17's PositionEncodingKind).
std::string_view to_string(PositionEncoding encoding);
std::optional<PositionEncoding> position_encoding_from_string(std::string_view name);

// Client positions to byte offsets of `index`'s text; out-of-range positions
// clamp to the end of their line or of the text.
std::size_t to_offset(const LineIndex& index, Position position, PositionEncoding encoding);
TextRange to_text_range(const LineIndex& index, Range range, PositionEncoding encoding);
Range to_range(const LineIndex& index, TextRange range, PositionEncoding encoding);
nlohmann::json to_lsp_position(const LineIndex& index, std::size_t offset, PositionEncoding encoding, int line_offset = 0);
nlohmann::json to_lsp_range(const LineIndex& index, TextRange range, PositionEncoding encoding, int line_offset = 0);
int to_lsp_severity(Severity severity);
// A Diagnostic: range, severity, code, codeDescription (when linked), source,
// message, data {rule, fixes[{title, range, newText}]}.
nlohmann::json to_lsp_diagnostic(const Diagnostic& d, const LineIndex& index, PositionEncoding encoding,
                                 int line_offset = 0);

}  // namespace tactful::lsp

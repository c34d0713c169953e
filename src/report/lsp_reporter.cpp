#include "report/lsp_reporter.h"

#include "lsp/convert.h"

namespace tactful::report {

void LspReporter::message(const Message& message, const engine::LintResult& result) {
  const LineIndex index(message.source);
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const Diagnostic& d : result.diagnostics)
    diagnostics.push_back(lsp::to_lsp_diagnostic(d, index, lsp::PositionEncoding::utf16, message.first_line));
  // An mbox message keeps the file's URI; its positions count from the file's top.
  std::string path = message.path;
  if (const auto colon = path.rfind(':'); colon != std::string::npos && message.first_line > 0) path.resize(colon);
  params_.push_back({{"uri", file_uri(path)}, {"diagnostics", std::move(diagnostics)}});
}

void LspReporter::finish(const Totals&) {
  out_ << params_.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace tactful::report

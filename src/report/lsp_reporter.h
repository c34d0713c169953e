// `--format lsp`: a JSON array of LSP PublishDiagnosticsParams, one per
// message, positions 0-based in UTF-16 code units. Conversion is lsp/convert.
#pragma once

#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace tactful::report {

class LspReporter final : public Reporter {
 public:
  explicit LspReporter(std::ostream& out) : out_(out) {}
  void message(const Message& message, const engine::LintResult& result) override;
  void finish(const Totals& totals) override;

 private:
  std::ostream& out_;
  nlohmann::json params_ = nlohmann::json::array();
};

}  // namespace tactful::report

// Compiler-style text: "path:line:col: severity: message [rule]", the source
// line with a caret underline, a fix hint, and a one-line summary. Colour only
// when asked (a terminal without NO_COLOR).
#pragma once

#include <array>
#include <map>

#include "report/reporter.h"

namespace tactful::report {

class HumanReporter final : public Reporter {
 public:
  HumanReporter(std::ostream& out, const ReporterOptions& options) : out_(out), options_(options) {}
  void message(const Message& message, const engine::LintResult& result) override;
  void finish(const Totals& totals) override;

 private:
  std::string paint(std::string_view text, const char* code) const;
  std::ostream& out_;
  ReporterOptions options_;
  std::map<std::string, std::array<int, 3>> per_rule_;
};

}  // namespace tactful::report

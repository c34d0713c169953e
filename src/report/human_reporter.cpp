#include "report/human_reporter.h"

#include <algorithm>
#include <iomanip>

#include "support/line_index.h"
#include "support/utf8.h"

namespace tactful::report {
namespace {

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::suggestion: return "1;36";
  }
  return "0";
}

// Tabs and control characters would skew the caret line; show them as spaces.
std::string printable(std::string_view line) {
  std::string out(line);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return out;
}

std::string plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string HumanReporter::paint(std::string_view text, const char* code) const {
  if (!options_.color) return std::string(text);
  return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
}

void HumanReporter::message(const Message& message, const engine::LintResult& result) {
  const LineIndex index(message.source);
  for (const Diagnostic& d : result.diagnostics) {
    per_rule_[d.rule][static_cast<int>(d.severity)]++;
    const LinePosition start = index.position(d.range.begin, ColumnUnit::code_point);
    out_ << paint(message.path + ":" + std::to_string(start.line + 1 + message.first_line) + ":" +
                      std::to_string(start.column + 1) + ":",
                  "1")
         << " " << paint(std::string(to_string(d.severity)) + ":", severity_color(d.severity)) << " " << d.message
         << " " << paint("[" + d.rule + "]", "2") << "\n";
    const std::string_view line = index.line_text(start.line);
    if (line.empty()) continue;
    const std::string number = std::to_string(start.line + 1 + message.first_line);
    const std::string gutter(number.size(), ' ');
    out_ << " " << number << " | " << printable(line) << "\n";
    // Underline the range on its first line, in code points.
    const LinePosition end = index.position(std::max(d.range.end, d.range.begin + 1), ColumnUnit::code_point);
    const int line_length = index.position(index.line_start(start.line) + line.size(), ColumnUnit::code_point).column;
    const int to = end.line == start.line ? std::max(end.column, start.column + 1) : line_length;
    out_ << " " << gutter << " | " << std::string(static_cast<std::size_t>(start.column), ' ')
         << paint(std::string(static_cast<std::size_t>(std::max(1, std::min(to, std::max(line_length, start.column + 1)) - start.column)), '^'),
                  severity_color(d.severity))
         << "\n";
    for (const Fix& fix : d.fixes)
      out_ << " " << gutter << " = " << paint("fix:", "1;32") << " " << fix.title << "\n";
  }
}

void HumanReporter::finish(const Totals& totals) {
  if (options_.summary_table && totals.messages > 1 && !per_rule_.empty()) {
    out_ << "\n" << std::left << std::setw(26) << "rule" << std::right << std::setw(8) << "errors" << std::setw(10)
         << "warnings" << std::setw(13) << "suggestions" << "\n";
    for (const auto& [rule, counts] : per_rule_)
      out_ << std::left << std::setw(26) << rule << std::right << std::setw(8) << counts[0] << std::setw(10) << counts[1]
           << std::setw(13) << counts[2] << "\n";
    out_ << "\n";
  }
  std::string line = plural(totals.errors, "error") + ", " + plural(totals.warnings, "warning");
  if (totals.suggestions > 0) line += ", " + plural(totals.suggestions, "suggestion");
  line += " in " + plural(totals.messages, "message");
  out_ << line << "\n";
}

}  // namespace tactful::report

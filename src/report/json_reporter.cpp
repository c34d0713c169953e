#include "report/json_reporter.h"

#include <string_view>

#include "support/line_index.h"

namespace tactful::report {

nlohmann::ordered_json JsonReporter::file_json(const Message& message, const engine::LintResult& result) {
  const LineIndex index(message.source);
  auto place = [&](nlohmann::ordered_json& j, TextRange r) {
    const LinePosition s = index.position(r.begin, ColumnUnit::code_point);
    const LinePosition e = index.position(r.end, ColumnUnit::code_point);
    j["line"] = s.line + 1 + message.first_line;
    j["column"] = s.column + 1;
    j["end_line"] = e.line + 1 + message.first_line;
    j["end_column"] = e.column + 1;
  };
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  for (const Diagnostic& d : result.diagnostics) {
    nlohmann::ordered_json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(to_string(d.severity));
    j["guideline"] = d.guideline;
    j["message"] = d.message;
    place(j, d.range);
    j["excerpt"] = d.excerpt;
    nlohmann::ordered_json suggestions = nlohmann::ordered_json::array();
    nlohmann::ordered_json fixes = nlohmann::ordered_json::array();
    for (const Fix& f : d.fixes) {
      suggestions.push_back(f.replacement);
      nlohmann::ordered_json fj{{"title", f.title}, {"replacement", f.replacement}};
      place(fj, f.range);
      fixes.push_back(std::move(fj));
    }
    j["suggestions"] = std::move(suggestions);
    j["fixes"] = std::move(fixes);
    diagnostics.push_back(std::move(j));
  }
  return {{"path", message.path},
          {"kind", std::string(to_string(result.kind))},
          {"kind_source", result.kind_source},
          {"notes", result.notes},
          {"diagnostics", std::move(diagnostics)}};
}

namespace {

// Invalid UTF-8 in an excerpt must not make the document unprintable.
std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

// The document is written as results come, one file at a time, so a batch of
// thousands of messages never holds its whole report in memory. The bytes are
// those of dumping {"version": 1, "files": [...]} with an indent of 2.
void JsonReporter::message(const Message& message, const engine::LintResult& result) {
  out_ << (files_written_ == 0 ? "{\n  \"version\": 1,\n  \"files\": [\n" : ",\n");
  const std::string file = dump(file_json(message, result));
  // Indented by four more spaces, in one buffer and one write (a write per
  // line was a tenth of the printer's time on a batch).
  std::string indented;
  indented.reserve(file.size() + file.size() / 8 + 4);
  std::size_t begin = 0;
  while (begin < file.size()) {
    std::size_t end = file.find('\n', begin);
    if (end == std::string::npos) end = file.size();
    indented.append("    ").append(file, begin, end - begin);
    if (end < file.size()) indented += '\n';
    begin = end + 1;
  }
  out_ << indented;
  ++files_written_;
}

void JsonReporter::abandon() {
  if (files_written_ > 0) out_ << "\n  ]\n}\n";
  files_written_ = 0;
}

void JsonReporter::finish(const Totals&) {
  if (files_written_ == 0) out_ << dump(nlohmann::ordered_json{{"version", 1}, {"files", nlohmann::ordered_json::array()}}) << "\n";
  else out_ << "\n  ]\n}\n";
}

}  // namespace tactful::report

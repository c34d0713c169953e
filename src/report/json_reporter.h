// `--format json`: one document on standard output, version 1.
//
//   { "version": 1,
//     "files": [ { "path": "drafts/ann.eml", "kind": "outreach", "kind_source": "detected",
//                  "notes": ["thank-you-late: no interview time was found"],
//                  "diagnostics": [ { "rule": "no-job-request", "severity": "error",
//                     "guideline": "G1", "message": "...",
//                     "line": 9, "column": 18, "end_line": 9, "end_column": 44,
//                     "excerpt": "if there are any openings", "suggestions": ["..."],
//                     "fixes": [ { "title": "...", "line": 9, "column": 18,
//                                  "end_line": 9, "end_column": 44, "replacement": "..." } ] } ] } ] }
//
// Lines and columns are 1-based; columns count Unicode code points. An mbox
// message's lines count from the top of the mbox file. `kind_source`, `notes`
// and `fixes` are additions to the INTERFACE.md contract.
#pragma once

#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace tactful::report {

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}
  void message(const Message& message, const engine::LintResult& result) override;
  bool renders_alone() const override { return true; }
  std::string render(const Message& message, const engine::LintResult& result) const override {
    return file_text(message, result);
  }
  void message_text(std::string_view text) override;
  void finish(const Totals& totals) override;
  void abandon() override;

  // One file's object as a JSON tree (the reference), and its text as the
  // document holds it (indented for its place in "files"): written directly,
  // and made from the tree. The two give the same bytes (a test holds them).
  static nlohmann::ordered_json file_json(const Message& message, const engine::LintResult& result);
  static std::string file_text(const Message& message, const engine::LintResult& result);
  static std::string file_text_from_tree(const Message& message, const engine::LintResult& result);

 private:
  std::ostream& out_;
  std::size_t files_written_ = 0;
};

}  // namespace tactful::report

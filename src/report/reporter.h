// Output formats. A reporter receives each linted message with its findings
// and writes them; it knows nothing of rule kinds or how findings were made.
// The table of formats is in reporter.cpp.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/linter.h"
#include "message/message.h"

namespace tactful::report {

struct Totals {
  int messages = 0, errors = 0, warnings = 0, suggestions = 0;
};

struct ReporterOptions {
  bool color = false;
  bool summary_table = false;  // per-rule counts after a batch (human output)
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void message(const Message& message, const engine::LintResult& result) = 0;
  // A reporter whose text for a message depends on that message alone says
  // so, and a batch then makes the text on the thread that linted it (so
  // the message is freed there too) and hands it to message_text() in
  // input order, in place of message().
  virtual bool renders_alone() const { return false; }
  virtual std::string render(const Message&, const engine::LintResult&) const { return {}; }
  virtual void message_text(std::string_view) {}
  virtual void finish(const Totals& totals) = 0;
  // The run stopped early (a rule pack or config that does not load): end
  // what was written so it still parses; no totals follow.
  virtual void abandon() {}
};

// "human", "json" or "lsp"; nullptr for an unknown name.
std::unique_ptr<Reporter> make_reporter(std::string_view format, std::ostream& out, const ReporterOptions& options);
std::vector<std::string_view> format_names();

// The path part of "box.mbox:3" style names, for building file URIs.
std::string file_uri(const std::string& path);

}  // namespace tactful::report

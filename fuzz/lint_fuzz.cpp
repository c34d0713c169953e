// The whole `tactful check` path on arbitrary bytes: read, classify, tokenise,
// run every rule of the informational-interview pack, and write the findings
// as JSON with line and column positions. Every finding must point inside the
// message it is about.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "engine/linter.h"
#include "fuzz_support.h"
#include "message/reader.h"
#include "report/reporter.h"
#include "support/line_index.h"

using namespace tactful;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::rule_pack();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::string name = fuzz::input_name(data[0]);
  // The second byte picks the kind, or leaves it to the classifier.
  engine::LintOptions options;
  options.now = fuzz::fixed_now();
  if (data[1] % 4 < 3) options.kind = static_cast<MessageKind>(data[1] % 4);
  std::string bytes(reinterpret_cast<const char*>(data + 2), size - 2);

  const engine::Linter linter(fuzz::rule_pack());
  std::ostringstream out;
  auto reporter = report::make_reporter("json", out, {});
  for (const Message& m : read_messages(name, std::move(bytes))) {
    const engine::LintResult result = linter.lint(m, engine::Config{}, options);
    const LineIndex lines(m.source);
    for (const Diagnostic& d : result.diagnostics) {
      FUZZ_CHECK(d.range.begin <= d.range.end && d.range.end <= m.source.size());
      const LinePosition p = lines.position(d.range.begin, ColumnUnit::utf16);
      FUZZ_CHECK(p.line >= 0 && p.line < lines.line_count() && p.column >= 0);
    }
    reporter->message(m, result);
  }
  reporter->finish({});
  return 0;
}

// The rule loader on arbitrary YAML (alias bombs, deep nesting, huge or
// hostile patterns). The input may hold several rule files separated by a
// "\n--- next file ---\n" line, which reaches the duplicate-id and pattern-set
// paths. A pack that loads is run over a fixed message, so a pattern that
// compiles must also match in bounded time.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "engine/linter.h"
#include "fuzz_support.h"
#include "message/reader.h"

using namespace tactful;

namespace {

constexpr std::string_view kSeparator = "\n--- next file ---\n";

const Message& sample() {
  static const Message message = read_message(
      "draft.txt",
      "To: Ann Lee <ann@example.org>\nSubject: A question about data journalism\n\n"
      "Dear Ann,\n\nI am exploring data journalism and would value 20 minutes of your advice.\n"
      "I am not asking for a job. I'd be a great fit, and I attached my resume.\n\nBest,\nRaj\n");
  return message;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t begin = 0;;) {
    const std::size_t end = input.find(kSeparator, begin);
    files.emplace_back("rule" + std::to_string(files.size()), std::string(input.substr(begin, end - begin)));
    if (end == std::string_view::npos) break;
    begin = end + kSeparator.size();
  }
  auto set = check::RuleSet::from_texts(files);
  if (!set) {
    FUZZ_CHECK(!set.error().message.empty());
    return 0;
  }
  engine::LintOptions options;
  options.now = fuzz::fixed_now();
  for (int kind = 0; kind < 3; ++kind) {
    options.kind = static_cast<MessageKind>(kind);
    const engine::LintResult result = engine::Linter(*set).lint(sample(), engine::Config{}, options);
    for (const Diagnostic& d : result.diagnostics) FUZZ_CHECK(d.range.end <= sample().source.size());
  }
  return 0;
}

// The .tactful.yaml loader on arbitrary YAML, then a lint with whatever it
// accepted: limits can be any number YAML can write (negative, huge, .nan,
// .inf), and every rule must cope with them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/config.h"
#include "engine/linter.h"
#include "fuzz_support.h"
#include "message/reader.h"

using namespace tactful;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::rule_pack();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto config = engine::parse_config(text, "project/.tactful.yaml");
  if (!config) {
    FUZZ_CHECK(!config.error().message.empty());
    return 0;
  }
  static const Message message = read_message(
      "draft.txt",
      "To: Ann Lee <ann@example.org>\nSubject: Thanks\nDate: Sat, 21 Nov 2026 10:00:00 +0000\n\n"
      "Hi Ann,\n\nThank you for the hour yesterday; could we meet again for an hour next week?\n"
      "I would be a great fit for an opening on your team. Please keep me posted.\n\nBest,\nRaj\n");
  engine::LintOptions options;
  options.now = fuzz::fixed_now();
  const engine::Linter linter(fuzz::rule_pack());
  for (int kind = 0; kind < 3; ++kind) {
    options.kind = static_cast<MessageKind>(kind);
    linter.lint(message, *config, options);
  }
  options.kind.reset();
  linter.lint(message, *config, options);
  return 0;
}

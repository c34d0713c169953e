// A finding as plain data: what rule, how severe, where in the message source,
// and the fixes that would mend it. Rules produce these; reporters and the
// language server consume them. Nothing here knows about terminals or LSP.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/text_range.h"

namespace tactful {

enum class Severity { error = 0, warning = 1, suggestion = 2 };

std::string_view to_string(Severity severity);
std::optional<Severity> severity_from_string(std::string_view text);

// Replace the bytes of `range` (in the message source) with `replacement`;
// an empty range inserts, an empty replacement removes.
struct Fix {
  std::string title;
  TextRange range;
  std::string replacement;
};

struct Diagnostic {
  std::string rule;
  Severity severity = Severity::warning;
  std::string guideline;
  std::string message;
  TextRange range;      // bytes of Message::source
  std::string excerpt;  // the flagged text as decoded (may differ from source bytes)
  std::vector<Fix> fixes;
  std::string link;
};

}  // namespace tactful

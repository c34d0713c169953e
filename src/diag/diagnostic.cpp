#include "diag/diagnostic.h"

namespace tactful {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::suggestion: return "suggestion";
  }
  return "warning";
}

std::optional<Severity> severity_from_string(std::string_view text) {
  if (text == "error") return Severity::error;
  if (text == "warning") return Severity::warning;
  if (text == "suggestion") return Severity::suggestion;
  return std::nullopt;
}

}  // namespace tactful

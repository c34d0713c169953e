#include "check/scope.h"

namespace tactful::check {

std::optional<Scope> scope_from_string(std::string_view text) {
  if (text == "new-text") return Scope::new_text;
  if (text == "greeting") return Scope::greeting;
  if (text == "subject") return Scope::subject;
  if (text == "signature") return Scope::signature;
  if (text == "body") return Scope::body;
  return std::nullopt;
}

const std::vector<TextRange>& scope_ranges(const Message& message, Scope scope) {
  static const std::vector<TextRange> kNone;
  switch (scope) {
    case Scope::new_text: return message.regions_of(RegionKind::new_text);
    case Scope::greeting: return message.regions_of(RegionKind::greeting);
    case Scope::signature: return message.regions_of(RegionKind::signature);
    case Scope::subject: return kNone;
    case Scope::body: return message.writers_regions();  // everything the writer wrote: greeting, new text and signature, not quotes
  }
  return kNone;
}

}  // namespace tactful::check

// Where in a message a text rule looks. `new-text` is the default: the
// writer's own words without greeting, quote or signature.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful::check {

enum class Scope { new_text, greeting, subject, signature, body };

std::optional<Scope> scope_from_string(std::string_view text);
// Body ranges for a scope (empty for `subject`, which lives in the headers).
const std::vector<TextRange>& scope_ranges(const Message& message, Scope scope);

}  // namespace tactful::check

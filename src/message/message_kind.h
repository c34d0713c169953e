// The three kinds of message the guidelines distinguish.
#pragma once

#include <optional>
#include <string_view>

namespace tactful {

enum class MessageKind { outreach = 0, follow_up = 1, thank_you = 2 };
inline constexpr MessageKind kAllKinds[] = {MessageKind::outreach, MessageKind::follow_up,
                                            MessageKind::thank_you};

inline std::string_view to_string(MessageKind kind) {
  switch (kind) {
    case MessageKind::outreach: return "outreach";
    case MessageKind::follow_up: return "follow-up";
    case MessageKind::thank_you: return "thank-you";
  }
  return "outreach";
}

inline std::optional<MessageKind> kind_from_string(std::string_view text) {
  if (text == "outreach") return MessageKind::outreach;
  if (text == "follow-up" || text == "followup" || text == "follow_up") return MessageKind::follow_up;
  if (text == "thank-you" || text == "thankyou" || text == "thank_you") return MessageKind::thank_you;
  return std::nullopt;
}

}  // namespace tactful

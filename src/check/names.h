// People as the name rules see them: the words of a display name ("Dr. Ann
// Lee" -> Ann, Lee), kept as written for fixes and folded for comparing.
// Shared by the `salutation` and `spelling` kinds; knows no rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "message/message.h"

namespace tactful::check {

struct Person {
  std::string display;              // "Ann Lee", as in the header or config
  std::vector<std::string> parts;   // name words as written, titles dropped
  std::vector<std::string> folded;  // the same, case and accents folded
  std::string email;

  bool named() const { return !parts.empty(); }
  // The first name, or "" ("Lee, Ann" puts it after the comma).
  const std::string& first() const { return parts.empty() ? display : parts.front(); }
  const std::string& last() const { return parts.empty() ? display : parts.back(); }
};

// The words of `text` as ICU segments them, letters only (no punctuation).
std::vector<std::string_view> words_of(std::string_view text);

// A person from an address; `titles` are folded words dropped from the name.
Person person_of(const Address& address, const std::vector<std::string>& titles);
// A person from a configured name such as "Dr. Ann Lee" or "Ann Lee <ann@x.org>".
Person person_of(std::string_view text, const std::vector<std::string>& titles);

}  // namespace tactful::check

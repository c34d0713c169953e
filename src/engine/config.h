// .tactful.yaml: which rules run and how severe they are, limits, extra rule
// folders, personal words, the recipient and the interview time. Found by
// walking up from a file's folder; strict like the rule loader.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/context.h"
#include "diag/diagnostic.h"
#include "message/message_kind.h"
#include "support/error.h"

namespace tactful::engine {

struct RuleOverride {
  bool enabled = true;
  std::optional<Severity> severity;
};

struct Config {
  std::string path;  // empty for the built-in defaults
  std::map<std::string, RuleOverride> rules;
  std::vector<std::string> rule_folders;  // resolved against the config's folder
  std::optional<MessageKind> kind;
  std::optional<std::string> interview;  // ISO 8601, parsed by the engine
  check::Settings settings;              // limits, words, recipient
};

Expected<Config> load_config(const std::string& path);
Expected<Config> parse_config(const std::string& text, const std::string& path);
// The nearest .tactful.yaml from `folder` upward, or "".
std::string find_config(const std::string& folder);

}  // namespace tactful::engine

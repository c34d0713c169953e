// What the server offers for a finding: the fixes a rule attached (quick fixes
// with their edits), "add to the dictionary" for spelling, "disable this rule"
// for every rule (both run on the server through workspace/executeCommand so
// they work in any client), and the hover text that explains a rule. Works on
// LSP-shaped diagnostics; knows nothing of the server's state.
#pragma once

#include <string>
#include <vector>

#include "check/rule_set.h"
#include "lsp/protocol.h"

namespace tactful::server {

inline constexpr const char* kAddWordCommand = "tactful.addWord";
inline constexpr const char* kDisableRuleCommand = "tactful.disableRule";

// `requested`: the client's copies of our diagnostics (matched to `current` by
// code and data, not by range: Neovim 0.7 sends ranges in bytes). `current`:
// the diagnostics as last published for `uri`, whose fix ranges are fresh.
std::vector<lsp::CodeAction> code_actions(const std::string& uri, const std::vector<lsp::json>& requested,
                                          const lsp::json& current, const check::RuleSet* rules);

// Markdown for hovering over a finding of `info`: what, why, an example.
std::string hover_markdown(const check::RuleInfo& info, const std::string& finding_message);

}  // namespace tactful::server

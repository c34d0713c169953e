// Test helpers named by intent: lint a text with some rules and ask what
// fired. Rules are given as YAML texts so each test shows the rule it pins.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/rule_set.h"
#include "engine/linter.h"
#include "message/reader.h"

namespace tactful::test {

inline std::shared_ptr<const check::RuleSet> rules_from(const std::vector<std::string>& yaml_texts) {
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 0; i < yaml_texts.size(); ++i) files.emplace_back("rule" + std::to_string(i), yaml_texts[i]);
  auto set = check::RuleSet::from_texts(files);
  if (!set) FAIL("rules do not load: " << set.error().to_string());
  return *set;
}

inline engine::LintResult lint(const std::shared_ptr<const check::RuleSet>& rules, const std::string& text,
                               std::optional<MessageKind> kind = MessageKind::outreach,
                               const std::string& path = "draft.txt") {
  const Message message = read_message(path, text);
  engine::LintOptions options;
  options.kind = kind;
  return engine::Linter(rules).lint(message, engine::Config{}, options);
}

inline std::vector<std::string> excerpts_of(const engine::LintResult& result, const std::string& rule) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics)
    if (d.rule == rule) out.push_back(d.excerpt);
  return out;
}

// A minimal phrase rule with the given extra YAML lines.
inline std::string phrase_rule(const std::string& id, const std::string& body) {
  return "id: " + id +
         "\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
         "examples: {fail: [], pass: []}\n" +
         body;
}

}  // namespace tactful::test

// `tactful rules [--format json]` lists the loaded rules; `tactful explain
// RULE` says what one checks, why, and shows its own passing and failing
// examples.
#pragma once

#include <CLI/CLI.hpp>

namespace tactful::cli {

struct RulesOptions {
  std::string format = "human";
  std::string rules;
  std::string config;
  std::string rule_id;  // explain only
};

CLI::App* add_rules_command(CLI::App& app, RulesOptions& options);
CLI::App* add_explain_command(CLI::App& app, RulesOptions& options);
int run_rules(const RulesOptions& options, const std::string& argv0);
int run_explain(const RulesOptions& options, const std::string& argv0);

}  // namespace tactful::cli

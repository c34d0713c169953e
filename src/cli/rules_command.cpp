#include "cli/rules_command.h"

#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "check/registry.h"
#include "check/rule_fields.h"
#include "cli/exit_codes.h"
#include "engine/workspace.h"

namespace tactful::cli {
namespace {

std::string kinds_of(const check::RuleInfo& info) {
  std::string out;
  for (MessageKind k : kAllKinds)
    if (info.applies_to(k)) out += (out.empty() ? "" : ",") + std::string(to_string(k));
  return out;
}

Expected<engine::Setup> load(const RulesOptions& o, const std::string& argv0) {
  const std::string pack = o.rules.empty() ? engine::default_rule_pack(argv0) : o.rules;
  engine::Workspace workspace({pack}, o.config.empty() ? std::nullopt : std::optional<std::string>(o.config));
  return workspace.for_folder(".");
}

void indent(std::ostream& out, const std::string& text, const char* prefix) {
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (!(nl == text.size() && pos == nl)) out << prefix << text.substr(pos, nl - pos) << "\n";
    pos = nl + 1;
  }
}

}  // namespace

CLI::App* add_rules_command(CLI::App& app, RulesOptions& o) {
  CLI::App* rules = app.add_subcommand("rules", "list the loaded rules");
  rules->add_option("--format", o.format, "human or json")->capture_default_str();
  rules->add_option("--rules", o.rules, "rule folder instead of the installed pack");
  rules->add_option("--config", o.config, "configuration file (adds rule folders, changes severities)");
  return rules;
}

CLI::App* add_explain_command(CLI::App& app, RulesOptions& o) {
  CLI::App* explain = app.add_subcommand("explain", "what a rule checks, why, and examples");
  explain->add_option("rule", o.rule_id, "rule id, e.g. no-job-request")->required();
  explain->add_option("--rules", o.rules, "rule folder instead of the installed pack");
  explain->add_option("--config", o.config, "configuration file");
  return explain;
}

int run_rules(const RulesOptions& o, const std::string& argv0) {
  auto setup = load(o, argv0);
  if (!setup) {
    std::cerr << "tactful: error: " << setup.error().to_string() << "\n";
    return kExitFailure;
  }
  const auto& rules = setup->linter->rules().rules();
  auto severity_of = [&](const check::RuleInfo& info) {
    auto it = setup->config->rules.find(info.id);
    if (it != setup->config->rules.end() && !it->second.enabled) return std::string("off");
    return std::string(to_string(it != setup->config->rules.end() && it->second.severity ? *it->second.severity : info.severity));
  };
  if (o.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& rule : rules) {
      const auto& i = rule->info();
      nlohmann::json kinds = nlohmann::json::array();
      for (MessageKind k : kAllKinds)
        if (i.applies_to(k)) kinds.push_back(std::string(to_string(k)));
      list.push_back({{"id", i.id}, {"kind", i.kind}, {"severity", severity_of(i)}, {"guideline", i.guideline},
                      {"applies_to", kinds}, {"message", i.message}, {"file", i.file}});
    }
    std::cout << nlohmann::json{{"version", 1}, {"rules", list}}.dump(2) << "\n";
    return kExitClean;
  }
  if (o.format != "human") {
    std::cerr << "tactful: error: unknown --format '" << o.format << "' (human or json)\n";
    return kExitFailure;
  }
  std::cout << std::left << std::setw(26) << "RULE" << std::setw(13) << "KIND" << std::setw(12) << "SEVERITY"
            << std::setw(6) << "G" << "APPLIES TO\n";
  for (const auto& rule : rules) {
    const auto& i = rule->info();
    std::cout << std::left << std::setw(26) << i.id << std::setw(13) << i.kind << std::setw(12) << severity_of(i)
              << std::setw(6) << i.guideline << kinds_of(i) << "\n";
  }
  return kExitClean;
}

int run_explain(const RulesOptions& o, const std::string& argv0) {
  auto setup = load(o, argv0);
  if (!setup) {
    std::cerr << "tactful: error: " << setup.error().to_string() << "\n";
    return kExitFailure;
  }
  const check::Rule* rule = setup->linter->rules().find(o.rule_id);
  if (!rule) {
    std::string hint;
    std::size_t best = 4;
    for (const auto& r : setup->linter->rules().rules()) {
      const std::size_t d = check::edit_distance(o.rule_id, r->info().id);
      if (d < best) {
        best = d;
        hint = " (did you mean '" + r->info().id + "'?)";
      }
    }
    std::cerr << "tactful: error: no rule '" << o.rule_id << "'" << hint << "; `tactful rules` lists them\n";
    return kExitFailure;
  }
  const auto& i = rule->info();
  std::cout << i.id << " (" << to_string(i.severity) << ", guideline " << i.guideline << ", " << i.kind
            << " rule; applies to " << kinds_of(i) << ")\n\n";
  std::cout << i.message << "\n\n";
  indent(std::cout, i.description, "");
  if (!i.link.empty()) std::cout << "\nMore: " << i.link << "\n";
  if (!i.examples.fail().empty()) {
    std::cout << "\nFlagged:\n";
    indent(std::cout, i.examples.fail().front().text, "  | ");
  }
  if (!i.examples.pass().empty()) {
    std::cout << "\nFine:\n";
    indent(std::cout, i.examples.pass().front().text, "  | ");
  }
  return kExitClean;
}

}  // namespace tactful::cli

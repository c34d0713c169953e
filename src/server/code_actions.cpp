#include "server/code_actions.h"

#include <set>

namespace tactful::server {
namespace {

std::string string_at(const lsp::json& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

std::string rule_of(const lsp::json& d) {
  std::string rule = string_at(d, "code");
  if (rule.empty() && d.is_object() && d.contains("data")) rule = string_at(d["data"], "rule");
  return rule;
}

std::string excerpt_of(const lsp::json& d) {
  return d.is_object() && d.contains("data") ? string_at(d["data"], "excerpt") : std::string();
}

bool ours(const lsp::json& d) {
  if (!d.is_object()) return false;
  if (string_at(d, "source") == "tactful") return true;
  return d.contains("data") && d["data"].is_object() && d["data"].contains("rule");
}

// Our current diagnostic that `requested` stands for: same rule and excerpt,
// the same range preferred; else `requested` itself (its data is all we have).
const lsp::json& match(const lsp::json& requested, const lsp::json& current) {
  const std::string rule = rule_of(requested), excerpt = excerpt_of(requested);
  const lsp::json* found = nullptr;
  for (const lsp::json& d : current) {
    if (rule_of(d) != rule || excerpt_of(d) != excerpt) continue;
    if (requested.contains("range") && d.contains("range") && d["range"] == requested["range"]) return d;
    if (!found) found = &d;
  }
  return found ? *found : requested;
}

std::string text_block(const std::string& text) {
  std::string out = "```text\n";
  int lines = 0;
  std::size_t pos = 0;
  while (pos < text.size() && lines < 8) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    out += text.substr(pos, nl - pos) + "\n";
    pos = nl + 1;
    ++lines;
  }
  if (pos < text.size()) out += "…\n";
  return out + "```\n";
}

}  // namespace

std::vector<lsp::CodeAction> code_actions(const std::string& uri, const std::vector<lsp::json>& requested,
                                          const lsp::json& current, const check::RuleSet* rules) {
  std::vector<lsp::CodeAction> actions;
  std::set<std::string> disable_offered;
  for (const lsp::json& client_copy : requested) {
    if (!ours(client_copy)) continue;
    const lsp::json& d = match(client_copy, current);
    const std::string rule = rule_of(d);
    const lsp::json empty = lsp::json::object();
    const lsp::json& data = d.contains("data") && d["data"].is_object() ? d["data"] : empty;
    bool first = true;
    if (auto fixes = data.find("fixes"); fixes != data.end() && fixes->is_array()) {
      for (const lsp::json& fix : *fixes) {
        if (!fix.is_object() || !fix.contains("range")) continue;
        auto range = lsp::parse<lsp::Range>(fix["range"]);
        if (!range) continue;
        lsp::CodeAction a;
        const std::string new_text = string_at(fix, "newText");
        a.title = string_at(fix, "title");
        if (a.title.empty()) a.title = new_text.empty() ? "Remove it" : "Replace with '" + new_text + "'";
        a.diagnostics = {client_copy};
        a.edit = lsp::WorkspaceEdit{{{uri, {lsp::TextEdit{*range, new_text}}}}};
        a.is_preferred = first;
        first = false;
        actions.push_back(std::move(a));
      }
    }
    const check::Rule* info = rules ? rules->find(rule) : nullptr;
    const std::string excerpt = excerpt_of(d);
    if (info && info->info().kind == "spelling" && !excerpt.empty()) {
      lsp::CodeAction a;
      a.title = "Add '" + excerpt + "' to the personal dictionary";
      a.diagnostics = {client_copy};
      a.command = lsp::Command{a.title, kAddWordCommand, lsp::json::array({{{"word", excerpt}, {"uri", uri}}})};
      actions.push_back(std::move(a));
    }
    if (info && disable_offered.insert(rule).second) {
      lsp::CodeAction a;
      a.title = "Disable " + rule + " in this project";
      a.diagnostics = {client_copy};
      a.command = lsp::Command{a.title, kDisableRuleCommand, lsp::json::array({{{"rule", rule}, {"uri", uri}}})};
      actions.push_back(std::move(a));
    }
  }
  return actions;
}

std::string hover_markdown(const check::RuleInfo& info, const std::string& finding_message) {
  std::string out = "**" + info.id + "** (" + std::string(to_string(info.severity));
  if (!info.guideline.empty()) out += ", guideline " + info.guideline;
  out += ")\n\n" + finding_message + "\n\n";
  if (!info.description.empty()) out += info.description + "\n\n";
  if (!info.examples.fail().empty()) out += "Flagged:\n\n" + text_block(info.examples.fail().front().text) + "\n";
  if (!info.examples.pass().empty()) out += "Fine:\n\n" + text_block(info.examples.pass().front().text) + "\n";
  if (!info.link.empty()) out += "[More about this rule](" + info.link + ")\n";
  return out;
}

}  // namespace tactful::server

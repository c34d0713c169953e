#include "engine/workspace.h"

#include <unistd.h>

#include <filesystem>

#include "support/install_paths.h"

namespace tactful::engine {
namespace fs = std::filesystem;

Expected<Setup> Workspace::for_folder(const std::string& folder) {
  std::string config_path;
  {
    std::lock_guard lock(mutex_);
    if (config_path_) {
      config_path = *config_path_;
    } else if (auto it = folder_to_config_.find(folder); it != folder_to_config_.end()) {
      config_path = it->second;
    } else {
      config_path = find_config(folder);
      folder_to_config_[folder] = config_path;
    }
    if (auto it = setups_.find(config_path); it != setups_.end()) return it->second;
  }
  auto setup = build(config_path);
  if (!setup) return setup;
  std::lock_guard lock(mutex_);
  setups_[config_path] = *setup;
  return setup;
}

Expected<Setup> Workspace::build(const std::string& config_path) {
  auto config = std::make_shared<Config>();
  if (!config_path.empty()) {
    auto loaded = load_config(config_path);
    if (!loaded) return std::unexpected(loaded.error());
    *config = std::move(*loaded);
  }
  std::vector<std::string> folders = pack_folders_;
  folders.insert(folders.end(), config->rule_folders.begin(), config->rule_folders.end());
  std::string key;
  for (const std::string& f : folders) key += f + '\n';
  std::shared_ptr<const check::RuleSet> rules;
  {
    std::lock_guard lock(mutex_);
    if (auto it = rule_sets_.find(key); it != rule_sets_.end()) rules = it->second;
  }
  if (!rules) {
    auto loaded = check::RuleSet::load(folders, check::PackCache::from_environment());
    if (!loaded) return std::unexpected(loaded.error());
    rules = *loaded;
    std::lock_guard lock(mutex_);
    rule_sets_[key] = rules;
  }
  for (const auto& [id, override_] : config->rules)
    if (!rules->find(id))
      return fail("unknown rule '" + id + "' under 'rules:'; `tactful rules` lists them", config_path);
  return Setup{std::make_shared<const Linter>(rules), config};
}

void Workspace::invalidate() {
  std::lock_guard lock(mutex_);
  folder_to_config_.clear();
  setups_.clear();
}

std::string default_rule_pack(const std::string& argv0) { return data_folder("rules", argv0).string(); }

}  // namespace tactful::engine

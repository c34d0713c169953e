// Finds the config that governs a file (nearest .tactful.yaml, or the one
// named on the command line) and the rules it asks for, loading and compiling
// each distinct setup once. Shared by `check`, `gate` and the language server.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "engine/config.h"
#include "engine/linter.h"

namespace tactful::engine {

struct Setup {
  std::shared_ptr<const Linter> linter;
  std::shared_ptr<const Config> config;
};

class Workspace {
 public:
  // `pack_folders`: the rule pack (installed, or --rules). `config_path`: --config.
  Workspace(std::vector<std::string> pack_folders, std::optional<std::string> config_path)
      : pack_folders_(std::move(pack_folders)), config_path_(std::move(config_path)) {}

  // The setup for a file in `folder` ("" or "-" input: the current folder).
  Expected<Setup> for_folder(const std::string& folder);
  // Forget cached configs (the LSP server calls this when a config changes on disk).
  void invalidate();
  const std::vector<std::string>& pack_folders() const { return pack_folders_; }

 private:
  Expected<Setup> build(const std::string& config_path);

  std::vector<std::string> pack_folders_;
  std::optional<std::string> config_path_;
  std::mutex mutex_;
  std::map<std::string, std::string> folder_to_config_;
  std::map<std::string, Setup> setups_;  // by config path ("" = defaults)
  std::map<std::string, std::shared_ptr<const check::RuleSet>> rule_sets_;  // by folder list
};

// Where the installed rule pack is, relative to the running binary.
std::string default_rule_pack(const std::string& argv0);

}  // namespace tactful::engine

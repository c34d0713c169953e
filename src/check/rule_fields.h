// Strict, located reading of one rule file's YAML map: typed getters that
// fail with "file:line:col: …" errors, and a list of the keys that were read so
// the loader can reject unknown ones. The only yaml-cpp users in check/ are
// this and rule_loader.cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "support/error.h"

namespace tactful::check {

class RuleFields {
 public:
  RuleFields(YAML::Node map, std::string file) : map_(std::move(map)), file_(std::move(file)) {}

  bool has(const std::string& key) const { return map_[key].IsDefined() && !map_[key].IsNull(); }
  Expected<std::string> string(const std::string& key) const;                 // required
  Expected<std::optional<std::string>> optional_string(const std::string& key) const;
  Expected<std::vector<std::string>> strings(const std::string& key) const;   // list, may be absent
  Expected<std::optional<double>> number(const std::string& key) const;
  Expected<bool> boolean(const std::string& key, bool fallback) const;
  YAML::Node node(const std::string& key) const { return map_[key]; }

  Error error_at(const YAML::Node& node, std::string message) const;
  Error error_at(const std::string& key, std::string message) const;
  const std::string& file() const { return file_; }

 private:
  YAML::Node map_;
  std::string file_;
};

// Edit distance, for "did you mean" hints.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace tactful::check

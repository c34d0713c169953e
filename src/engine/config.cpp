#include "engine/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tactful::engine {
namespace {

namespace fs = std::filesystem;

Error at(const std::string& path, const YAML::Node& node, std::string message) {
  const YAML::Mark m = node.Mark();
  return Error{path, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1, std::move(message)};
}

// Limits are counts, minutes and ratios: YAML's .nan, .inf, negative or
// astronomical numbers would only reach the rules as undefined conversions.
bool usable_limit(double d) { return d >= 0 && d <= 1e9; }

std::string keys_hint() {
  return "known keys: rules, limits, rule-folders, words, recipient, interview, kind";
}

}  // namespace

std::string find_config(const std::string& folder) {
  std::error_code ec;
  fs::path dir = fs::absolute(folder.empty() ? "." : folder, ec);
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    const fs::path candidate = dir / ".tactful.yaml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

Expected<Config> load_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read the config file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path);
}

Expected<Config> parse_config(const std::string& text, const std::string& path) {
  Config config;
  config.path = path;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return fail(e.msg, path, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1);
  }
  if (root.IsNull()) return config;  // an empty file is a valid config
  if (!root.IsMap()) return fail("the config must be a YAML map (" + keys_hint() + ")", path, 1, 1);
  const fs::path base = fs::path(path).parent_path();
  try {
    for (const auto& kv : root) {
      const std::string key = kv.first.Scalar();
      const YAML::Node& v = kv.second;
      if (key == "rules") {
        if (!v.IsMap()) return std::unexpected(at(path, v, "'rules' maps rule ids to off, error, warning or suggestion"));
        for (const auto& r : v) {
          const std::string value = r.second.Scalar();
          RuleOverride o;
          if (value == "off" || value == "false" || value == "disabled") o.enabled = false;
          else if (value == "on" || value == "true") o.enabled = true;
          else if (auto s = severity_from_string(value)) o.severity = s;
          else return std::unexpected(at(path, r.second, "'" + value + "' is not off, on, error, warning or suggestion"));
          config.rules[r.first.Scalar()] = o;
        }
      } else if (key == "limits") {
        if (!v.IsMap()) return std::unexpected(at(path, v, "'limits' maps names (max-words, max-meeting-minutes, ...) to numbers"));
        for (const auto& l : v) {
          const std::string name = l.first.Scalar();
          if (l.second.IsScalar()) {
            double d;
            if (!YAML::convert<double>::decode(l.second, d) || !usable_limit(d))
              return std::unexpected(at(path, l.second, "limit '" + name + "' must be a number from 0 to 1e9"));
            config.settings.limits[name] = d;
          } else if (l.second.IsMap()) {
            for (const auto& k : l.second) {
              const auto kind = kind_from_string(k.first.Scalar());
              double d;
              if (!kind) return std::unexpected(at(path, k.first, "unknown message kind '" + k.first.Scalar() + "' (outreach, follow-up, thank-you)"));
              if (!YAML::convert<double>::decode(k.second, d) || !usable_limit(d))
                return std::unexpected(at(path, k.second, "limit must be a number from 0 to 1e9"));
              config.settings.kind_limits[name][*kind] = d;
            }
          } else {
            return std::unexpected(at(path, l.second, "limit '" + name + "' must be a number or a map of kind: number"));
          }
        }
      } else if (key == "rule-folders") {
        if (!v.IsSequence()) return std::unexpected(at(path, v, "'rule-folders' must be a list of folders"));
        for (const auto& f : v) config.rule_folders.push_back((base / f.Scalar()).lexically_normal().string());
      } else if (key == "words") {
        if (!v.IsSequence()) return std::unexpected(at(path, v, "'words' must be a list of words"));
        for (const auto& w : v) config.settings.personal_words.push_back(w.Scalar());
      } else if (key == "recipient") {
        config.settings.recipient = v.Scalar();
      } else if (key == "interview") {
        config.interview = v.Scalar();
      } else if (key == "kind") {
        if (v.Scalar() == "auto") continue;
        config.kind = kind_from_string(v.Scalar());
        if (!config.kind) return std::unexpected(at(path, v, "'kind' must be auto, outreach, follow-up or thank-you"));
      } else {
        return std::unexpected(at(path, kv.first, "unknown key '" + key + "' (" + keys_hint() + ")"));
      }
    }
  } catch (const YAML::Exception& e) {
    return fail("unexpected value: " + e.msg, path, e.mark.is_null() ? 0 : e.mark.line + 1);
  }
  return config;
}

}  // namespace tactful::engine

#include "check/rule_fields.h"

#include <algorithm>

namespace tactful::check {

Error RuleFields::error_at(const YAML::Node& node, std::string message) const {
  // A key the file lacks comes back from a const lookup as an invalid node, and
  // yaml-cpp throws from Mark() on those: point at the rule's map instead.
  const YAML::Mark mark = node.IsDefined() ? node.Mark() : map_.Mark();
  return Error{file_, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1, std::move(message)};
}

Error RuleFields::error_at(const std::string& key, std::string message) const {
  const YAML::Node value = map_[key];
  if (value.IsDefined()) return error_at(value, std::move(message));
  return error_at(map_, std::move(message));
}

Expected<std::string> RuleFields::string(const std::string& key) const {
  auto value = optional_string(key);
  if (!value) return std::unexpected(value.error());
  if (!*value) return std::unexpected(error_at(map_, "missing key '" + key + "'"));
  return **value;
}

Expected<std::optional<std::string>> RuleFields::optional_string(const std::string& key) const {
  const YAML::Node value = map_[key];
  if (!value.IsDefined() || value.IsNull()) return std::optional<std::string>{};
  if (!value.IsScalar()) return std::unexpected(error_at(value, "'" + key + "' must be a string"));
  return std::optional<std::string>{value.Scalar()};
}

Expected<std::vector<std::string>> RuleFields::strings(const std::string& key) const {
  std::vector<std::string> out;
  const YAML::Node value = map_[key];
  if (!value.IsDefined() || value.IsNull()) return out;
  if (value.IsScalar()) return std::vector<std::string>{value.Scalar()};
  if (!value.IsSequence()) return std::unexpected(error_at(value, "'" + key + "' must be a list of strings"));
  for (const YAML::Node& item : value) {
    if (!item.IsScalar()) return std::unexpected(error_at(item, "'" + key + "' must hold strings only"));
    out.push_back(item.Scalar());
  }
  return out;
}

Expected<std::optional<double>> RuleFields::number(const std::string& key) const {
  const YAML::Node value = map_[key];
  if (!value.IsDefined() || value.IsNull()) return std::optional<double>{};
  double d;
  if (!value.IsScalar() || !YAML::convert<double>::decode(value, d))
    return std::unexpected(error_at(value, "'" + key + "' must be a number"));
  return std::optional<double>{d};
}

Expected<bool> RuleFields::boolean(const std::string& key, bool fallback) const {
  const YAML::Node value = map_[key];
  if (!value.IsDefined() || value.IsNull()) return fallback;
  bool b;
  if (!value.IsScalar() || !YAML::convert<bool>::decode(value, b))
    return std::unexpected(error_at(value, "'" + key + "' must be true or false"));
  return b;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace tactful::check

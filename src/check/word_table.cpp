#include "check/word_table.h"

#include <mutex>

namespace tactful::check {

std::optional<bool> WordTable::known(std::string_view word) const {
  Shard& s = shard(word);
  std::shared_lock lock(s.mutex);
  if (auto it = s.verdicts.find(word); it != s.verdicts.end()) return it->second;
  return std::nullopt;
}

void WordTable::set_known(std::string_view word, bool known) {
  Shard& s = shard(word);
  std::unique_lock lock(s.mutex);
  if (auto it = s.verdicts.find(word); it != s.verdicts.end()) it->second = known;
  else s.verdicts.emplace(std::string(word), known);
}

std::optional<std::vector<std::string>> WordTable::suggestions(std::string_view word) const {
  Shard& s = shard(word);
  std::shared_lock lock(s.mutex);
  if (auto it = s.suggestions.find(word); it != s.suggestions.end()) return it->second;
  return std::nullopt;
}

void WordTable::set_suggestions(std::string_view word, std::vector<std::string> suggestions) {
  Shard& s = shard(word);
  std::unique_lock lock(s.mutex);
  if (auto it = s.suggestions.find(word); it != s.suggestions.end()) it->second = std::move(suggestions);
  else s.suggestions.emplace(std::string(word), std::move(suggestions));
}

std::size_t WordTable::size() const {
  std::size_t n = 0;
  for (const Shard& s : shards_) {
    std::shared_lock lock(s.mutex);
    n += s.verdicts.size();
  }
  return n;
}

}  // namespace tactful::check

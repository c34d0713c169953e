#include "check/word_table.h"

#include <mutex>

namespace tactful::check {

std::optional<bool> WordTable::known(std::string_view word) const {
  Shard& s = shard(word);
  std::shared_lock lock(s.mutex);
  if (auto it = s.words.find(word); it != s.words.end()) return it->second.known;
  return std::nullopt;
}

void WordTable::set_known(std::string_view word, bool known) {
  Shard& s = shard(word);
  std::unique_lock lock(s.mutex);
  auto it = s.words.find(word);
  if (it == s.words.end()) it = s.words.emplace(std::string(word), Entry{}).first;
  it->second.known = known;
}

std::optional<std::vector<std::string>> WordTable::suggestions(std::string_view word) const {
  Shard& s = shard(word);
  std::shared_lock lock(s.mutex);
  if (auto it = s.words.find(word); it != s.words.end()) return it->second.suggestions;
  return std::nullopt;
}

void WordTable::set_suggestions(std::string_view word, std::vector<std::string> suggestions) {
  Shard& s = shard(word);
  std::unique_lock lock(s.mutex);
  auto it = s.words.find(word);
  if (it == s.words.end()) it = s.words.emplace(std::string(word), Entry{}).first;
  it->second.suggestions = std::move(suggestions);
}

std::size_t WordTable::size() const {
  std::size_t n = 0;
  for (const Shard& s : shards_) {
    std::shared_lock lock(s.mutex);
    n += s.words.size();
  }
  return n;
}

}  // namespace tactful::check

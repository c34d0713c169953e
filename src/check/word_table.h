// A process-wide table of spelling verdicts, one per distinct word, shared by
// every lint in the process (threads included). Looking a word up here costs a
// hash and a shared lock; asking Hunspell costs microseconds, and suggesting
// costs tens of milliseconds, so both are asked once per word and remembered.
// Knows nothing of Hunspell, messages or rules.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/hash_bytes.h"

namespace tactful::check {

class WordTable {
 public:
  WordTable();
  std::optional<bool> known(std::string_view word) const;
  void set_known(std::string_view word, bool known);
  std::optional<std::vector<std::string>> suggestions(std::string_view word) const;
  void set_suggestions(std::string_view word, std::vector<std::string> suggestions);
  std::size_t size() const;  // words with a verdict

 private:
  // Transparent hashing, so a string_view finds a std::string key without a copy.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return static_cast<std::size_t>(hash_bytes(s)); }
  };
  template <class Value>
  using Map = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;
  // Verdicts and suggestions apart: a batch keeps a verdict for each of
  // thousands of distinct words and suggestions for none (they are off in
  // batches): a verdict beside an empty suggestion list took half as much room again.
  struct Shard {
    mutable std::shared_mutex mutex;
    Map<bool> verdicts;
    Map<std::vector<std::string>> suggestions;
  };
  static constexpr std::size_t kShards = 16;  // few writers collide on one lock

  Shard& shard(std::size_t hash) const { return shards_[hash % kShards]; }
  mutable std::array<Shard, kShards> shards_;
  // known() answers most words from a small cache of its own thread's recent
  // verdicts, with no lock: a message asks for every word, mostly the same
  // few thousand. An entry holds the table it came from (`id_`) and the
  // table's `epoch_`, which a changed verdict advances, so it is never stale.
  std::uint64_t id_;
  mutable std::atomic<std::uint64_t> epoch_{0};
};

}  // namespace tactful::check

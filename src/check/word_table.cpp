#include "check/word_table.h"

#include <algorithm>
#include <memory>
#include <mutex>

namespace tactful::check {

namespace {

// One thread's recent verdicts, direct-mapped by the word's hash. Words up to
// kMaxBytes long (nearly all of a text's); longer ones go to the table.
struct RecentVerdict {
  static constexpr std::size_t kMaxBytes = 22;
  std::uint64_t table = 0, epoch = 0;
  std::uint8_t size = 0;
  bool verdict = false;
  char bytes[kMaxBytes];
};
// 160 KiB a thread: a batch's vocabulary is thousands of words, and with 1,024
// slots one lookup in seven missed and went to the locked table.
constexpr std::size_t kRecentVerdicts = 4096;
using RecentVerdicts = std::array<RecentVerdict, kRecentVerdicts>;
// Made on a thread's first lookup rather than held in its thread-local
// block: glibc clears a new thread's whole static TLS, in the thread that
// creates it, and these 160 KiB were forty page faults on a cold start's
// critical path for each helper thread (the warm-up, the regex compiler),
// none of which looks up a word.
thread_local std::unique_ptr<RecentVerdicts> recent;

std::atomic<std::uint64_t> next_table_id{1};

RecentVerdict& recent_slot(std::size_t hash) {
  if (!recent) recent = std::make_unique<RecentVerdicts>();
  return (*recent)[(hash >> 8) % kRecentVerdicts];
}

}  // namespace

WordTable::WordTable() : id_(next_table_id.fetch_add(1)) {}

std::optional<bool> WordTable::known(std::string_view word) const {
  const std::size_t hash = Hash{}(word);
  const std::uint64_t epoch = epoch_.load(std::memory_order_acquire);
  RecentVerdict& slot = recent_slot(hash);
  const bool fits = word.size() <= RecentVerdict::kMaxBytes;
  if (fits && slot.table == id_ && slot.epoch == epoch && slot.size == word.size() &&
      std::equal(word.begin(), word.end(), slot.bytes))
    return slot.verdict;
  Shard& s = shard(hash);
  std::shared_lock lock(s.mutex);
  const auto it = s.verdicts.find(word);
  if (it == s.verdicts.end()) return std::nullopt;
  if (fits) {
    slot.table = id_;
    slot.epoch = epoch;
    slot.size = static_cast<std::uint8_t>(word.size());
    slot.verdict = it->second;
    std::copy(word.begin(), word.end(), slot.bytes);
  }
  return it->second;
}

void WordTable::set_known(std::string_view word, bool known) {
  Shard& s = shard(Hash{}(word));
  std::unique_lock lock(s.mutex);
  if (auto it = s.verdicts.find(word); it != s.verdicts.end()) {
    if (it->second != known) epoch_.fetch_add(1, std::memory_order_acq_rel);  // every thread's cached copy is old now
    it->second = known;
  } else {
    s.verdicts.emplace(std::string(word), known);
  }
}

std::optional<std::vector<std::string>> WordTable::suggestions(std::string_view word) const {
  Shard& s = shard(Hash{}(word));
  std::shared_lock lock(s.mutex);
  if (auto it = s.suggestions.find(word); it != s.suggestions.end()) return it->second;
  return std::nullopt;
}

void WordTable::set_suggestions(std::string_view word, std::vector<std::string> suggestions) {
  Shard& s = shard(Hash{}(word));
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

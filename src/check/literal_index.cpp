#include "check/literal_index.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "support/hash_bytes.h"

namespace tactful::check {
namespace {

std::uint32_t read_four(const char* at) {
  std::uint32_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

}  // namespace

std::size_t LiteralIndex::slot_of(std::string_view literal) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = static_cast<std::size_t>(hash_bytes(literal)) & mask;; slot = (slot + 1) & mask)
    if (slots_[slot] < 0 || literals_[static_cast<std::size_t>(slots_[slot])] == literal) return slot;
}

int LiteralIndex::add(std::string_view literal) {
  if (literal.empty()) return -1;
  if ((literals_.size() + 1) * 2 > slots_.size()) {
    slots_.assign(std::max<std::size_t>(kInitialSlots, slots_.size() * 2), -1);
    for (std::size_t i = 0; i < literals_.size(); ++i) slots_[slot_of(literals_[i])] = static_cast<int>(i);
  }
  const std::size_t slot = slot_of(literal);
  if (slots_[slot] >= 0) return slots_[slot];
  const int id = static_cast<int>(literals_.size());
  slots_[slot] = id;
  const auto first = static_cast<unsigned char>(literal[0]);
  literals_.emplace_back(literal);
  if (literal.size() >= 4) {
    const std::uint32_t first_four = read_four(literal.data());
    long_buckets_[long_bucket_of(first_four)].push_back({first_four, id});
  } else if (literal.size() >= 2) {
    buckets_[bucket_of(first, static_cast<unsigned char>(literal[1]))].push_back(id);
  } else {
    single_bytes_[first].push_back(id);
    any_single_ = true;
  }
  return id;
}

void LiteralIndex::find(std::string_view text, FoundLiterals& found, std::vector<int>* newly) const {
  const std::size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t left = literals_.size();
  for (std::size_t i = 0; i < literals_.size(); ++i) left -= found[i] ? 1 : 0;
  const auto mark = [&](int id) {
    found[static_cast<std::size_t>(id)] = 1;
    if (newly) newly->push_back(id);
    --left;
  };
  for (std::size_t pos = 0; pos < n && left > 0; ++pos) {
    if (any_single_)
      for (int id : single_bytes_[bytes[pos]])
        if (!found[static_cast<std::size_t>(id)]) mark(id);
    if (pos + 1 == n) break;
    for (int id : buckets_[bucket_of(bytes[pos], bytes[pos + 1])]) {
      const std::string& literal = literals_[static_cast<std::size_t>(id)];
      if (found[static_cast<std::size_t>(id)] || literal.size() > n - pos) continue;
      if (std::memcmp(literal.data(), bytes + pos, literal.size()) == 0) mark(id);
    }
    if (n - pos < 4) continue;
    const std::uint32_t first_four = read_four(text.data() + pos);
    for (const LongEntry& entry : long_buckets_[long_bucket_of(first_four)]) {
      if (entry.first_four != first_four || found[static_cast<std::size_t>(entry.id)]) continue;
      const std::string& literal = literals_[static_cast<std::size_t>(entry.id)];
      if (literal.size() <= n - pos && std::memcmp(literal.data() + 4, bytes + pos + 4, literal.size() - 4) == 0) mark(entry.id);
    }
  }
}

}  // namespace tactful::check

#include "check/word_list.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace tactful::check {
namespace {

std::optional<long long> file_size(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<long long>(st.st_size);
}

std::size_t read_u32(const char* at) {
  const auto* b = reinterpret_cast<const unsigned char*>(at);
  return static_cast<std::size_t>(b[0]) | static_cast<std::size_t>(b[1]) << 8 | static_cast<std::size_t>(b[2]) << 16 |
         static_cast<std::size_t>(b[3]) << 24;
}

// Reads the words of one block in turn into a buffer of its own (no
// allocation); false at the block's end or where its bytes do not decode.
class BlockReader {
 public:
  explicit BlockReader(std::string_view block) : block_(block) {}
  bool next() {
    if (at_ >= block_.size()) return false;
    const std::size_t shared = static_cast<unsigned char>(block_[at_]);
    const std::size_t end = block_.find('\n', at_ + 1);
    if (end == std::string_view::npos || shared > size_ || (at_ == 0 && shared != 0)) return false;
    const std::size_t rest = end - at_ - 1;
    if (shared + rest > WordList::kMaxWordBytes) return false;
    std::memcpy(word_ + shared, block_.data() + at_ + 1, rest);
    size_ = shared + rest;
    at_ = end + 1;
    return true;
  }
  std::string_view word() const { return {word_, size_}; }

 private:
  std::string_view block_;
  std::size_t at_ = 0, size_ = 0;
  char word_[WordList::kMaxWordBytes];
};

// A block's first word, stored whole (no bytes shared with a word before it)
// between a zero byte and a line break, as BlockReader would read it;
// nullopt where the block does not decode.
std::optional<std::string_view> first_word(std::string_view block) {
  if (block.size() < 2 || block[0] != '\0') return std::nullopt;
  const void* end = std::memchr(block.data() + 1, '\n', std::min(block.size() - 1, WordList::kMaxWordBytes + 1));
  if (!end) return std::nullopt;
  return std::string_view(block.data() + 1, static_cast<std::size_t>(static_cast<const char*>(end) - block.data() - 1));
}

}  // namespace

std::string word_list_header(const std::string& dic, const std::string& aff) {
  const auto d = file_size(dic), a = file_size(aff);
  if (!d || !a) return "";
  return std::string(WordList::kMagic) + " " + std::to_string(*d) + " " + std::to_string(*a);
}

std::optional<WordList> WordList::open(const std::string& path, const std::string& dic, const std::string& aff) {
  const std::string header = word_list_header(dic, aff);
  if (header.empty()) return std::nullopt;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= static_cast<off_t>(header.size() + 1 + 4)) {
    ::close(fd);
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return std::nullopt;
  const char* data = static_cast<const char*>(map);
  // The header must be this dictionary's, the block index must fit, and the
  // list must end in a line break (a list cut short while it was written is
  // not used). Each block is checked again as it is read.
  const std::size_t index = header.size() + 1;
  const std::size_t blocks = read_u32(data + index);
  const std::size_t words = index + 4 + 4 * blocks;
  if (std::string_view(data, size).substr(0, index) != header + "\n" || blocks == 0 || words >= size ||
      read_u32(data + index + 4) != 0 || data[size - 1] != '\n') {
    ::munmap(map, size);
    return std::nullopt;
  }
  return WordList(data, size, index + 4, blocks, words);
}

std::string word_list_file(const std::string& header, const std::vector<std::string>& words) {
  std::string blocks;
  std::vector<std::uint32_t> offsets;
  std::string_view previous;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    std::size_t shared = 0;
    if (i % WordList::kBlockWords == 0) {
      offsets.push_back(static_cast<std::uint32_t>(blocks.size()));
    } else {
      while (shared < word.size() && shared < previous.size() && word[shared] == previous[shared]) ++shared;
    }
    blocks += static_cast<char>(shared);
    blocks.append(word.substr(shared));
    blocks += '\n';
    previous = word;
  }
  std::string out = header + "\n";
  const auto put_u32 = [&out](std::uint32_t v) {
    for (int b = 0; b < 4; ++b) out += static_cast<char>((v >> (8 * b)) & 0xFF);
  };
  put_u32(static_cast<std::uint32_t>(offsets.size()));
  for (std::uint32_t offset : offsets) put_u32(offset);
  return out + blocks;
}

WordList::WordList(WordList&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      index_(other.index_),
      blocks_(std::exchange(other.blocks_, 0)),
      blocks_begin_(other.blocks_begin_) {}

WordList& WordList::operator=(WordList&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    index_ = other.index_;
    blocks_ = std::exchange(other.blocks_, 0);
    blocks_begin_ = other.blocks_begin_;
  }
  return *this;
}

WordList::~WordList() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

std::string_view WordList::block(std::size_t b) const {
  const std::size_t area = size_ - blocks_begin_;
  const std::size_t begin = read_u32(data_ + index_ + 4 * b);
  const std::size_t end = b + 1 < blocks_ ? read_u32(data_ + index_ + 4 * (b + 1)) : area;
  if (begin > end || end > area) return {};
  return {data_ + blocks_begin_ + begin, end - begin};
}

bool WordList::contains(std::string_view word) const {
  if (!data_ || word.empty() || word.size() > kMaxWordBytes || word.find('\n') != std::string_view::npos) return false;
  // The last block whose first word is not after `word`, then a walk through
  // it. A block's first word is stored whole, and is compared where it lies.
  std::size_t lo = 0, hi = blocks_;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const std::optional<std::string_view> first = first_word(block(mid));
    if (!first || *first <= word) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return false;
  // The walk compares each word with `word` without spelling it out: a word
  // is the `shared` first bytes of the one before it, then its own. While
  // the word before sorts before `word` and agrees with it on `common`
  // bytes, a word that keeps more than `common` of them sorts before `word`
  // just as that one did, and one that keeps fewer starts as `word` does and
  // is compared on from there. (Spelling each word out, as BlockReader does,
  // cost three library calls a word and most of a lookup.)
  const std::string_view b = block(lo - 1);
  std::size_t at = 0, previous_size = 0, common = 0;
  while (at < b.size()) {
    const std::size_t shared = static_cast<unsigned char>(b[at]);
    const void* found = std::memchr(b.data() + at + 1, '\n', b.size() - at - 1);
    if (!found || shared > previous_size || (at == 0 && shared != 0)) return false;  // damaged, as BlockReader reads it
    const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(found) - b.data());
    const std::size_t rest = end - at - 1;
    if (shared + rest > kMaxWordBytes) return false;
    if (shared <= common) {
      const std::string_view own = b.substr(at + 1, rest);
      std::size_t k = 0;
      while (k < rest && shared + k < word.size() && own[k] == word[shared + k]) ++k;
      if (k == rest && shared + k == word.size()) return true;                  // the same word
      if (shared + k == word.size()) return false;                              // longer than `word`: after it
      if (k < rest && static_cast<unsigned char>(own[k]) > static_cast<unsigned char>(word[shared + k])) return false;
      common = shared + k;                                                      // before `word`, so far
    }
    previous_size = shared + rest;
    at = end + 1;
  }
  return false;
}

void WordList::each_word(const std::function<void(std::string_view)>& visit) const {
  for (std::size_t b = 0; b < blocks_; ++b)
    for (BlockReader reader(block(b)); reader.next();) visit(reader.word());
}

bool WordList::accepts(std::string_view word) const {
  if (contains(word)) return true;
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  bool rest_upper = word.size() > 1, rest_lower = true;
  for (char c : word.substr(1)) {
    if (c >= 'A' && c <= 'Z') rest_lower = false;
    // Only ASCII capitals are folded here: "ALFVéN" is not "Alfvén".
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) rest_upper = false;
  }
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (rest_lower) return contains(lower);  // "Colour" opening a sentence
  if (!rest_upper) return false;           // "CoLour"
  // "COLOUR", "LONDON", "IPHONE'S": any listed casing of the word.
  std::string capital = lower;
  capital[0] = word[0];
  return contains(lower) || contains(capital);
}

bool WordList::decides(std::string_view word) {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  if (!((word[0] >= 'a' && word[0] <= 'z') || (word[0] >= 'A' && word[0] <= 'Z'))) return false;
  for (char c : word.substr(1))
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return false;
  return true;
}

std::optional<bool> WordList::verdict(std::string_view word) const {
  if (accepts(word)) return true;
  if (!decides(word)) return std::nullopt;
  return false;
}

}  // namespace tactful::check

#include "check/word_list.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace tactful::check {
namespace {

std::optional<long long> file_size(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return static_cast<long long>(st.st_size);
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
  if (::fstat(fd, &st) != 0 || st.st_size <= static_cast<off_t>(header.size())) {
    ::close(fd);
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return std::nullopt;
  const char* data = static_cast<const char*>(map);
  // The header must be this dictionary's, and the list must end in a line
  // break (a list cut short while it was written is not used).
  if (std::string_view(data, size).substr(0, header.size() + 1) != header + "\n" || data[size - 1] != '\n') {
    ::munmap(map, size);
    return std::nullopt;
  }
  return WordList(data, size, header.size() + 1);
}

WordList::WordList(WordList&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)), begin_(other.begin_) {}

WordList& WordList::operator=(WordList&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    begin_ = other.begin_;
  }
  return *this;
}

WordList::~WordList() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

bool WordList::contains(std::string_view word) const {
  if (!data_ || word.empty() || word.find('\n') != std::string_view::npos) return false;
  // Binary search over bytes: land anywhere, step back to the start of that
  // line, compare. Lines are sorted by their bytes (std::string order).
  std::size_t lo = begin_, hi = size_;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    std::size_t start = mid;
    while (start > lo && data_[start - 1] != '\n') --start;
    std::size_t end = start;
    while (end < size_ && data_[end] != '\n') ++end;
    const int order = std::string_view(data_ + start, end - start).compare(word);
    if (order == 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return false;
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

std::optional<bool> WordList::verdict(std::string_view word) const {
  if (accepts(word)) return true;
  if (word.empty() || !((word[0] >= 'a' && word[0] <= 'z') || (word[0] >= 'A' && word[0] <= 'Z'))) return std::nullopt;
  for (char c : word.substr(1))
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return std::nullopt;
  return false;
}

}  // namespace tactful::check

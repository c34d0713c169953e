// A sorted list of the words one Hunspell dictionary accepts, made when
// tactful is built (Hunspell's `unmunch` expands the dictionary; every word is
// then kept only if Hunspell itself accepts it: src/tools/make_word_list.cpp)
// and mapped into memory. Most verdicts then need no Hunspell, which costs a
// process 20-30 ms and megabytes per dictionary to load: a listed word is
// known, and a plain word (see verdict()) that is not listed is not. Every
// other word still goes to Hunspell, so the list makes verdicts faster, not
// different.
//
// The file is front-coded: after the header line, the number of blocks and
// each block's offset, then blocks of kBlockWords words in byte order, each
// word written as how many leading bytes it shares with the word before it
// (one byte; 0 for a block's first word), the rest of its bytes and a line
// break. A batch looks up thousands of distinct words and so touches nearly
// every page of the list; front-coded, the two lists hold 2.2 MB fewer of
// them (en_US 1.6 -> 0.8 MB, en_GB 2.7 -> 1.3 MB).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tactful::check {

class WordList {
 public:
  // The first line of a list file: this text, then the byte sizes of the
  // .dic and .aff files it was made from, so a list left over from another
  // version of the dictionary is never used.
  static constexpr std::string_view kMagic = "tactful word list 2";
  static constexpr std::size_t kBlockWords = 16;
  // Longer words are not listed (Hunspell decides them); no English word is.
  static constexpr std::size_t kMaxWordBytes = 255;

  // The list at `path` if it exists and was made from exactly these files.
  static std::optional<WordList> open(const std::string& path, const std::string& dic, const std::string& aff);

  WordList(WordList&& other) noexcept;
  WordList& operator=(WordList&& other) noexcept;
  WordList(const WordList&) = delete;
  WordList& operator=(const WordList&) = delete;
  ~WordList();

  // Whether the word is on the list as written.
  bool contains(std::string_view word) const;
  // As Hunspell reads case: "Colour" opening a sentence is the listed
  // "colour", "COLOUR" and "LONDON" are "colour" and "London". Mixed case
  // ("CoLour") and other scripts' capitals are left to Hunspell.
  bool accepts(std::string_view word) const;
  // The list's verdict where it is as good as Hunspell's: for plain words
  // (ASCII letters and apostrophes, lower-case or capitalised) the list holds
  // every form Hunspell accepts, so absence is a "no" (the agreement test
  // checks this on every listed word and on misspellings made from them).
  // Anything else found on the list is a "yes"; not found, nullopt: ask
  // Hunspell (compounds, hyphens, digits, other scripts, mixed case).
  std::optional<bool> verdict(std::string_view word) const;
  // Whether `word` is such a plain word: the list's answer for it is final.
  static bool decides(std::string_view word);
  std::size_t size_bytes() const { return size_; }
  // Every listed word, in order (tests compare the list with Hunspell).
  void each_word(const std::function<void(std::string_view)>& visit) const;

 private:
  WordList(const char* data, std::size_t size, std::size_t index, std::size_t blocks, std::size_t blocks_begin)
      : data_(data), size_(size), index_(index), blocks_(blocks), blocks_begin_(blocks_begin) {}
  // Block `b`'s bytes (empty when the file is damaged there).
  std::string_view block(std::size_t b) const;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t index_ = 0;   // where the block offsets start
  std::size_t blocks_ = 0;  // how many blocks
  std::size_t blocks_begin_ = 0;  // where the first block starts
};

// The bytes of a list file for `words` (sorted, unique, none longer than
// WordList::kMaxWordBytes and none holding a line break) under `header`.
std::string word_list_file(const std::string& header, const std::vector<std::string>& words);

// The header line for a list made from these files ("" when either is missing).
std::string word_list_header(const std::string& dic, const std::string& aff);

}  // namespace tactful::check

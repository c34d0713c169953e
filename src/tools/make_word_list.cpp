// Build step: makes the word list of one Hunspell dictionary (see
// src/check/word_list.h). Reads candidate words, one a line, on standard
// input (the output of Hunspell's `unmunch DIC AFF`), keeps those Hunspell
// itself accepts (unmunch also writes forms Hunspell rejects, such as "1th"),
// and writes them sorted by their bytes in the list's front-coded format.
//
//   unmunch en_US.dic en_US.aff | make_word_list en_US.aff en_US.dic en_US.words
#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "check/word_list.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_word_list AFF DIC OUT < words\n";
    return 2;
  }
  const std::string aff = argv[1], dic = argv[2], out = argv[3];
  const std::string header = tactful::check::word_list_header(dic, aff);
  if (header.empty()) {
    std::cerr << "make_word_list: cannot read " << dic << " or " << aff << "\n";
    return 1;
  }
  Hunspell hunspell(aff.c_str(), dic.c_str());
  if (!hunspell.spell(std::string("the"))) {
    std::cerr << "make_word_list: Hunspell did not load " << dic << "\n";
    return 1;
  }
  std::vector<std::string> words;
  std::string line;
  while (std::getline(std::cin, line)) {
    // A line may carry the dictionary's notes after the word ("apace\tAdverb").
    line.resize(std::min(line.size(), line.find_first_of(" \t\r")));
    if (line.empty() || line.find('/') != std::string::npos || line.size() > tactful::check::WordList::kMaxWordBytes)
      continue;
    if (hunspell.spell(line)) words.push_back(line);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  // Written beside the target, then renamed: a build cut short leaves no list.
  const std::string partial = out + ".partial";
  {
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file << tactful::check::word_list_file(header, words);
    if (!file) {
      std::cerr << "make_word_list: cannot write " << partial << "\n";
      return 1;
    }
  }
  if (std::rename(partial.c_str(), out.c_str()) != 0) {
    std::cerr << "make_word_list: cannot rename " << partial << " to " << out << "\n";
    return 1;
  }
  std::cerr << "make_word_list: " << words.size() << " words from " << dic << "\n";
  return 0;
}

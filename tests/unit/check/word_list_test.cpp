// The prebuilt word lists: lookups, refusing a list that is not this
// dictionary's, and the promise that a list never changes a verdict (every
// listed word, and its capitalised form, is one Hunspell accepts).
#include "check/word_list.h"

#include <hunspell/hunspell.hxx>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/dictionary.h"

using namespace tactful;

namespace {

// The build's word lists. Appended piece by piece: a chain of + on strings
// draws GCC 12's false -Warray-bounds warning.
std::string built_lists_folder() {
  std::string folder = TACTFUL_BUILD_DIR;
  folder += "/word-lists";
  return folder;
}
std::string built_list(const std::string& name) {
  std::string path = built_lists_folder();
  path += '/';
  path += name;
  path += ".words";
  return path;
}

namespace fs = std::filesystem;

struct ListFiles {
  fs::path dir, dic, aff, list;
};

// A fake dictionary (only the sizes of its files matter) and a list made for it.
ListFiles write_list(const std::string& name, const std::vector<std::string>& sorted_words, bool whole = true) {
  ListFiles f;
  f.dir = fs::temp_directory_path() / "tactful-word-list-test";
  fs::create_directories(f.dir);
  f.dic = f.dir / (name + ".dic");
  f.aff = f.dir / (name + ".aff");
  f.list = f.dir / (name + ".words");
  std::ofstream(f.dic) << "3\nalpha\nbeta\ngamma\n";
  std::ofstream(f.aff) << "SET UTF-8\n";
  std::string bytes = check::word_list_file(check::word_list_header(f.dic.string(), f.aff.string()), sorted_words);
  if (!whole) bytes.pop_back();  // a list cut short while it was written
  std::ofstream(f.list, std::ios::binary | std::ios::trunc) << bytes;
  return f;
}

std::optional<check::WordList> open(const ListFiles& f) {
  return check::WordList::open(f.list.string(), f.dic.string(), f.aff.string());
}

}  // namespace

TEST_CASE("a word list finds its first, last and middle words and nothing between them", "[spelling]") {
  const ListFiles f = write_list("xx_LIST", {"apple", "banana", "cherry", "colour", "résumé", "zebra"});
  auto list = open(f);
  REQUIRE(list.has_value());
  for (const char* w : {"apple", "banana", "cherry", "colour", "résumé", "zebra"}) CHECK(list->contains(w));
  for (const char* w : {"", "a", "appl", "apples", "bananas", "color", "resume", "zebras", "zz", "apple\nbanana"})
    CHECK_FALSE(list->contains(w));
}

TEST_CASE("a word list of many blocks finds each word, in whichever block, and none between them", "[spelling]") {
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) {
    const std::string stem = "w" + std::to_string(1000 + i);
    words.push_back(stem);
    words.push_back(stem + "ing");
    words.push_back(stem + "ings");
  }
  std::sort(words.begin(), words.end());
  const ListFiles f = write_list("xx_MANY", words);
  auto list = open(f);
  REQUIRE(list.has_value());
  std::size_t found = 0, between = 0, listed = 0;
  for (const std::string& w : words) {
    found += list->contains(w);
    between += list->contains(w + "a") + list->contains(w.substr(0, w.size() - 1) + "~");
  }
  list->each_word([&](std::string_view) { ++listed; });
  CHECK(found == words.size());
  CHECK(between == 0);
  CHECK(listed == words.size());
  CHECK_FALSE(list->contains("a"));
  CHECK_FALSE(list->contains("x"));
  CHECK_FALSE(list->contains(std::string(300, 'w')));
}

TEST_CASE("a damaged word list is read without a crash, whatever byte is wrong", "[spelling]") {
  std::vector<std::string> words;
  for (int i = 0; i < 100; ++i) words.push_back("word" + std::to_string(100 + i));
  const ListFiles f = write_list("xx_DAMAGED", words);
  std::string bytes;
  {
    std::ifstream in(f.list, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    bytes = text.str();
  }
  const std::size_t header = bytes.find('\n') + 1;
  const std::size_t lines = std::count(bytes.begin(), bytes.end(), '\n') + 1;
  const std::size_t blocks = (words.size() + check::WordList::kBlockWords - 1) / check::WordList::kBlockWords;
  for (std::size_t at = header; at < bytes.size(); ++at) {
    for (const unsigned char value : {0x00, 0x0A, 0xFF}) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(value);
      std::ofstream(f.list, std::ios::binary | std::ios::trunc) << damaged;
      auto list = open(f);
      if (!list) continue;
      for (const char* w : {"word100", "word150", "word199", "word", "a"}) (void)list->contains(w);
      // A word is only ever made of the file's bytes, and there is no 'z' in it.
      CHECK_FALSE(list->contains("wordz"));
      std::size_t listed = 0;
      list->each_word([&](std::string_view) { ++listed; });
      CHECK(listed <= lines * blocks);  // reading ends, whatever the offsets say
    }
  }
}

TEST_CASE("a word list reads a capitalised word as its listed lower-case form, and nothing else", "[spelling]") {
  const ListFiles f = write_list("xx_CASE", {"London", "colour"});
  auto list = open(f);
  REQUIRE(list.has_value());
  CHECK(list->accepts("Colour"));
  CHECK(list->accepts("London"));
  CHECK_FALSE(list->accepts("london"));
  CHECK(list->accepts("COLOUR"));
  CHECK(list->accepts("LONDON"));
  CHECK_FALSE(list->accepts("CoLour"));
}

TEST_CASE("a word list made from other dictionary files, or cut short, is not used", "[spelling]") {
  const ListFiles f = write_list("xx_STALE", {"apple", "banana"});
  std::ofstream(f.dic, std::ios::app) << "delta\n";  // the dictionary changed since
  CHECK_FALSE(open(f).has_value());
  const ListFiles cut = write_list("xx_CUT", {"apple", "banana"}, false);
  CHECK_FALSE(open(cut).has_value());
  CHECK_FALSE(check::WordList::open((f.dir / "xx_NONE.words").string(), f.dic.string(), f.aff.string()).has_value());
}

TEST_CASE("every word on the built word lists, capitalised or in capitals too, is one Hunspell accepts", "[spelling][slow]") {
  for (const std::string name : {"en_US", "en_GB"}) {
    const std::string dic = "/usr/share/hunspell/" + name + ".dic", aff = "/usr/share/hunspell/" + name + ".aff";
    if (!fs::exists(dic)) continue;  // the build makes lists only for installed dictionaries
    const std::string path = built_list(name);
    INFO(path << " (built from " << dic << " by the word_lists target; needs hunspell-tools)");
    auto list = check::WordList::open(path, dic, aff);
    REQUIRE(list.has_value());
    Hunspell hunspell(aff.c_str(), dic.c_str());
    std::size_t words = 0, rejected = 0;
    list->each_word([&](std::string_view listed) {
      const std::string word(listed);
      ++words;
      if (!list->contains(word)) ++rejected;  // the search finds every line
      if (!hunspell.spell(word)) ++rejected;
      if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') {
        std::string capital = word;
        capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
        if (list->accepts(capital) && !hunspell.spell(capital)) ++rejected;
      }
      std::string upper = word;
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (list->accepts(upper) && !hunspell.spell(upper)) ++rejected;
    });
    CHECK(words > 100000);
    CHECK(rejected == 0);
  }
}

TEST_CASE("plain words are judged by the word list without loading Hunspell; others still ask it", "[spelling]") {
  const std::string dic = "/usr/share/hunspell/en_US.dic", aff = "/usr/share/hunspell/en_US.aff";
  REQUIRE(fs::exists(dic));
  ::setenv("TACTFUL_WORD_LISTS", built_lists_folder().c_str(), 1);
  check::Dictionary dictionary({{"en_US", aff, dic}});
  ::unsetenv("TACTFUL_WORD_LISTS");
  CHECK(dictionary.ready());
  CHECK(dictionary.known("interview"));
  CHECK(dictionary.known("Thanks"));
  CHECK_FALSE(dictionary.known("experiance"));  // a plain word the list lacks
  CHECK_FALSE(dictionary.hunspell_loaded(0));
  dictionary.known("naïve");  // not plain ASCII: Hunspell decides
  CHECK(dictionary.hunspell_loaded(0));
  CHECK(dictionary.trouble().empty());
}

TEST_CASE("on plain words the word lists say no exactly where Hunspell does, misspellings included", "[spelling][slow]") {
  // Every listed word turned into a likely misspelling (a letter dropped,
  // added, doubled or two swapped), as a writer's typos are.
  for (const std::string name : {"en_US", "en_GB"}) {
    const std::string dic = "/usr/share/hunspell/" + name + ".dic", aff = "/usr/share/hunspell/" + name + ".aff";
    if (!fs::exists(dic)) continue;
    const std::string path = built_list(name);
    auto list = check::WordList::open(path, dic, aff);
    REQUIRE(list.has_value());
    Hunspell hunspell(aff.c_str(), dic.c_str());
    std::uint32_t state = 12345;
    const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    const std::string letters = "abcdefghijklmnopqrstuvwxyz'";
    std::size_t judged = 0, disagreements = 0;
    std::string example;
    list->each_word([&](std::string_view word) {
      std::string typo(word);
      const std::size_t at = (next() >> 8) % (typo.size() + 1);
      switch ((next() >> 8) % 4) {
        case 0: if (at < typo.size()) typo.erase(at, 1); break;
        case 1: typo.insert(at, 1, letters[(next() >> 8) % letters.size()]); break;
        case 2: if (at + 1 < typo.size()) std::swap(typo[at], typo[at + 1]); break;
        default: if (at < typo.size()) typo.insert(at, 1, typo[at]); break;
      }
      const std::optional<bool> listed = list->verdict(typo);
      if (!listed) return;
      ++judged;
      if (*listed != hunspell.spell(typo)) {
        ++disagreements;
        if (example.empty()) example = typo;
      }
    });
    INFO(name << ": " << judged << " judged; first disagreement: '" << example << "'");
    CHECK(judged > 100000);
    CHECK(disagreements == 0);
  }
}

TEST_CASE("the word lists decide plain words alone, and only those", "[spelling]") {
  for (const char* word : {"interview", "Thanks", "don't", "a", "Experiance"}) {
    INFO(word);
    CHECK(check::WordList::decides(word));
  }
  // Other scripts and accents, mixed case, capitals, hyphens, digits: Hunspell's to judge.
  for (const char* word : {"Zoë", "naïve", "McKay", "NASA", "co-op", "3pm", "'tis", ""}) {
    INFO(word);
    CHECK_FALSE(check::WordList::decides(word));
  }
}

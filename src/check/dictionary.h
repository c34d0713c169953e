// The spelling dictionaries behind the `spelling` rule kind. Finding the
// Hunspell .aff/.dic pair for a name ("en_US") happens when rules load, so a
// missing dictionary is a located error there; loading it happens on the first
// word that needs it, once per process, whatever number of rules or threads
// ask, and only for a word its prebuilt word list (check/word_list.h) does not
// have. Verdicts and suggestions are remembered per distinct word in a
// WordTable. The only file that includes Hunspell; knows nothing of messages.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "check/word_list.h"
#include "check/word_table.h"
#include "support/error.h"

class Hunspell;

namespace tactful::check {

struct DictionaryFiles {
  std::string name;  // as the rule named it
  std::string aff, dic;
};

// Debian's and other systems' standard folders, after DICPATH (Hunspell's own
// variable) when it is set.
std::vector<std::string> standard_dictionary_folders();

// The .aff/.dic pair for `name`: a path to either file, or a name looked up in
// `folders` in order. The error lists where it looked.
Expected<DictionaryFiles> find_dictionary(const std::string& name, const std::vector<std::string>& folders);

class Dictionary {
 public:
  // One Dictionary per distinct list of files for the whole process, so the
  // second rule (or the hundredth message, or a reloaded rule set) pays
  // nothing to load it again.
  static std::shared_ptr<Dictionary> shared(const std::vector<DictionaryFiles>& files);

  explicit Dictionary(std::vector<DictionaryFiles> files);
  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // Loads the first dictionary if need be; false when it cannot be used, in
  // which case no word should be judged (see trouble()).
  bool ready();
  // Whether any of the dictionaries accepts `word` (UTF-8, plain apostrophes).
  // Later dictionaries are loaded only for words the earlier ones reject.
  bool known(std::string_view word);
  // Suggesting costs tens of milliseconds a word: right for one draft (an
  // editor, a single check), far too slow for a batch of thousands of
  // messages. Batch front ends turn it off for the whole process; suggest()
  // then returns nothing.
  static void set_suggestions_enabled(bool enabled);
  static bool suggestions_enabled();
  // Up to `max` replacements, best first, from the first dictionary that has any.
  std::vector<std::string> suggest(std::string_view word, std::size_t max);
  // Why the first dictionary cannot be used (a file that vanished or does
  // not parse), or "" when all is well.
  std::string trouble();
  const std::vector<DictionaryFiles>& files() const { return files_; }
  std::size_t cached_words() const { return table_.size(); }
  // Whether Hunspell was loaded for dictionary `index`: words on the prebuilt
  // word lists (check/word_list.h) never need it.
  bool hunspell_loaded(std::size_t index) const;

 private:
  struct Loaded;
  Loaded& loaded(std::size_t index);
  const WordList* word_list(std::size_t index);

  std::vector<DictionaryFiles> files_;
  std::string word_list_folder_;
  std::vector<std::unique_ptr<Loaded>> loaded_;
  WordTable table_;
};

}  // namespace tactful::check

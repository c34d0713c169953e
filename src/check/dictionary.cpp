#include "check/dictionary.h"

#include <hunspell/hunspell.hxx>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include "support/install_paths.h"

namespace tactful::check {
namespace {

namespace fs = std::filesystem;

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

}  // namespace

struct Dictionary::Loaded {
  std::once_flag list_once;
  std::optional<WordList> list;
  std::once_flag once;
  std::mutex mutex;  // Hunspell objects are not safe to share between threads
  std::unique_ptr<Hunspell> hunspell;
  std::string trouble;
};

std::vector<std::string> standard_dictionary_folders() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("DICPATH"); env && *env) {
    std::string_view rest(env);
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      if (colon != 0) out.emplace_back(rest.substr(0, colon));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  for (const char* folder : {"/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
                             "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell", "/usr/share/hunspell-dictionaries"})
    out.emplace_back(folder);
  return out;
}

Expected<DictionaryFiles> find_dictionary(const std::string& name, const std::vector<std::string>& folders) {
  const fs::path given(name);
  if (given.extension() == ".aff" || given.extension() == ".dic" || name.find('/') != std::string::npos) {
    fs::path stem = given;
    if (stem.extension() == ".aff" || stem.extension() == ".dic") stem.replace_extension();
    const fs::path aff = fs::path(stem).concat(".aff"), dic = fs::path(stem).concat(".dic");
    if (is_file(aff) && is_file(dic)) return DictionaryFiles{name, aff.string(), dic.string()};
    return fail("spelling dictionary '" + name + "' not found: need both " + aff.string() + " and " + dic.string());
  }
  std::string looked;
  for (const std::string& folder : folders) {
    const fs::path aff = fs::path(folder) / (name + ".aff"), dic = fs::path(folder) / (name + ".dic");
    if (is_file(aff) && is_file(dic)) return DictionaryFiles{name, aff.string(), dic.string()};
    looked += (looked.empty() ? "" : ", ") + folder;
  }
  return fail("spelling dictionary '" + name + "' not found (looked in " + looked +
              "); install it (Debian: apt install hunspell-" +
              [&] {
                std::string pkg;
                for (char c : name) pkg += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                return pkg;
              }() +
              "), set DICPATH, or name the folder in 'dictionary-path'");
}

std::shared_ptr<Dictionary> Dictionary::shared(const std::vector<DictionaryFiles>& files) {
  // Kept for the life of the process and never destroyed: a reloaded rule set
  // (the language server, a new config) finds its dictionary loaded, and a
  // command-line run does not spend a tenth of its time freeing Hunspell's
  // tables at exit.
  static std::mutex mutex;
  static auto* by_files = new std::map<std::string, std::shared_ptr<Dictionary>>;
  std::string key;
  for (const DictionaryFiles& f : files) key += f.aff + '\n' + f.dic + '\n';
  std::lock_guard lock(mutex);
  std::shared_ptr<Dictionary>& slot = (*by_files)[key];
  if (!slot) slot = std::make_shared<Dictionary>(files);
  return slot;
}

static std::string word_list_folder();

Dictionary::Dictionary(std::vector<DictionaryFiles> files)
    : files_(std::move(files)), word_list_folder_(word_list_folder()) {
  for (std::size_t i = 0; i < files_.size(); ++i) loaded_.push_back(std::make_unique<Loaded>());
}

Dictionary::~Dictionary() = default;

Dictionary::Loaded& Dictionary::loaded(std::size_t index) {
  Loaded& l = *loaded_[index];
  std::call_once(l.once, [&] {
    const DictionaryFiles& f = files_[index];
    if (!is_file(f.aff) || !is_file(f.dic)) {
      l.trouble = "spelling dictionary '" + f.name + "' is no longer at " + f.dic;
      return;
    }
    l.hunspell = std::make_unique<Hunspell>(f.aff.c_str(), f.dic.c_str());
    // Hunspell reports a broken file only on stderr; a dictionary that does
    // not know "the" did not load.
    if (!l.hunspell->spell(std::string("the"))) {
      l.trouble = "spelling dictionary '" + f.name + "' (" + f.dic + ") did not load";
      l.hunspell.reset();
    }
  });
  return l;
}

static std::string word_list_folder() {
  // TACTFUL_WORD_LISTS names another folder, or "none" to go to Hunspell for
  // every word (the test that the lists never change a verdict runs both).
  if (const char* env = std::getenv("TACTFUL_WORD_LISTS"); env && *env) return env;
  return data_folder("word-lists").string();
}

const WordList* Dictionary::word_list(std::size_t index) {
  Loaded& l = *loaded_[index];
  std::call_once(l.list_once, [&] {
    const std::string& folder = word_list_folder_;
    if (folder == "none") return;
    const DictionaryFiles& f = files_[index];
    const std::string stem = fs::path(f.dic).stem().string();
    l.list = WordList::open((fs::path(folder) / (stem + ".words")).string(), f.dic, f.aff);
  });
  return l.list ? &*l.list : nullptr;
}

bool Dictionary::hunspell_loaded(std::size_t index) const {
  return index < loaded_.size() && loaded_[index]->hunspell != nullptr;
}

// A list made from the first dictionary's very files vouches that it loads.
bool Dictionary::ready() { return !files_.empty() && (word_list(0) || loaded(0).hunspell != nullptr); }

bool Dictionary::known(std::string_view word) {
  if (auto verdict = table_.known(word)) return *verdict;
  // The lists first; Hunspell only for the dictionaries whose list cannot tell.
  bool verdict = false;
  std::vector<bool> ask(files_.size(), true);
  for (std::size_t i = 0; i < files_.size() && !verdict; ++i)
    if (const WordList* list = word_list(i))
      if (const std::optional<bool> listed = list->verdict(word)) {
        verdict = *listed;
        ask[i] = false;
      }
  const std::string w(word);
  for (std::size_t i = 0; i < files_.size() && !verdict; ++i) {
    if (!ask[i]) continue;
    Loaded& l = loaded(i);
    if (!l.hunspell) continue;
    std::lock_guard lock(l.mutex);
    verdict = l.hunspell->spell(w);
  }
  table_.set_known(word, verdict);
  return verdict;
}

namespace {
std::atomic<bool> suggestions_on{true};
}  // namespace

void Dictionary::set_suggestions_enabled(bool enabled) { suggestions_on = enabled; }
bool Dictionary::suggestions_enabled() { return suggestions_on; }

std::vector<std::string> Dictionary::suggest(std::string_view word, std::size_t max) {
  if (!suggestions_on) return {};
  std::optional<std::vector<std::string>> cached = table_.suggestions(word);
  if (!cached) {
    std::vector<std::string> found;
    const std::string w(word);
    for (std::size_t i = 0; i < files_.size() && found.empty(); ++i) {
      Loaded& l = loaded(i);
      if (!l.hunspell) continue;
      std::lock_guard lock(l.mutex);
      found = l.hunspell->suggest(w);
    }
    table_.set_suggestions(word, found);
    cached = std::move(found);
  }
  if (cached->size() > max) cached->resize(max);
  return *cached;
}

std::string Dictionary::trouble() {
  // Only the first dictionary decides whether spelling runs at all; a later,
  // optional one that fails just accepts nothing more.
  if (files_.empty()) return "no dictionary was named";
  return word_list(0) ? "" : loaded(0).trouble;
}

}  // namespace tactful::check

#include "check/spelling.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_set>

#include "check/dictionary.h"
#include "check/names.h"
#include "check/not_prose.h"
#include "check/vouched_names.h"
#include "check/word_list.h"
#include "support/utf8.h"
#include "text/fold.h"

namespace tactful::check {
namespace {

using WordSet = std::unordered_set<std::string>;

// Whether `s` holds two code points or more: only its first is decoded.
bool two_code_points_or_more(std::string_view s) {
  if (s.empty()) return false;
  std::size_t n = 0;
  utf8::decode(s, 0, n);
  return n < s.size();
}

void add_words(WordSet& set, std::string_view text) {
  for (std::string_view w : words_of(text)) set.insert(text::fold(w));
}

class SpellingRule final : public Rule {
 public:
  SpellingRule(RuleInfo info, std::shared_ptr<Dictionary> dictionary, std::size_t max_suggestions, WordSet words)
      : Rule(std::move(info)), dictionary_(std::move(dictionary)), max_suggestions_(max_suggestions), words_(std::move(words)) {}

  void check(const Context& ctx, Sink& sink) const override {
    const Document& doc = ctx.document;
    const std::vector<Word>& words = doc.words();
    if (words.empty()) return;
    if (!dictionary_->ready()) {
      sink.note(info(), "spelling was not checked: " + dictionary_->trouble());
      return;
    }
    const std::vector<TextRange> skipped = not_prose_spans(ctx.message.body, doc.ranges());
    // Built for the first word the dictionary does not know, which most
    // messages never have: the names the message vouches for, and the words
    // it writes capitalised inside a sentence (a name there, so the same word
    // opening a sentence is one too).
    std::optional<VouchedNames> names_cache;
    std::optional<WordSet> capitalised_cache;
    const auto names = [&]() -> const VouchedNames& {
      if (!names_cache) names_cache.emplace(ctx);
      return *names_cache;
    };
    const auto capitalised_inside = [&]() -> const WordSet& {
      if (!capitalised_cache) {
        capitalised_cache.emplace();
        for (const Word& w : words)
          if (w.capitalized && !w.sentence_start) capitalised_cache->insert(text::fold(doc.word_text(w)));
      }
      return *capitalised_cache;
    };

    std::size_t next_skip = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      while (next_skip < skipped.size() && skipped[next_skip].end <= w.range.begin) ++next_skip;
      if (next_skip < skipped.size() && skipped[next_skip].begin < w.range.end) continue;
      const std::string_view raw = doc.word_text(w);
      if (!worth_checking(w, raw)) continue;
      // "infor-\nmation": a word the writer's line wrap split; judge the join.
      if (i + 1 < words.size() && wrapped_after(doc.text(), w, words[i + 1])) {
        const std::string joined = std::string(raw) + std::string(doc.word_text(words[i + 1]));
        if (dictionary_->known(text::plain_apostrophes(joined))) {
          ++i;
          continue;
        }
      }
      std::string replaced;
      const std::string_view word = w.ascii ? raw : text::plain_apostrophes(raw, replaced);
      // Each test below only lets a word pass, so their order changes no
      // finding. The dictionary, which passes nearly every word, goes first
      // when its word lists decide the word alone; any other word ("Zoë",
      // "McKay") could make it load Hunspell (20-30 ms), so the message's
      // own names are asked first, as they always were.
      const bool lists_decide = WordList::decides(word);
      if (lists_decide && dictionary_->known(word)) continue;
      const std::string folded = text::fold(word);
      if (names().contains(folded) || words_.contains(folded)) continue;
      if (w.capitalized && w.sentence_start && looks_like_name(doc, i, folded, capitalised_inside())) continue;
      if (hyphen_prefix(doc.text(), w, word)) continue;
      if (!lists_decide && dictionary_->known(word)) continue;
      if (const std::string stem = possessive_stem(word); !stem.empty())
        if (names().contains(text::fold(stem)) || dictionary_->known(stem)) continue;
      report(ctx, sink, w, word);
    }
  }

 private:
  static bool worth_checking(const Word& w, std::string_view raw) {
    if (w.has_digit || w.all_caps) return false;         // numbers, acronyms
    if (w.capitalized && !w.sentence_start) return false;  // a name inside a sentence
    // "a", "I", a stray "ņ"; an ASCII word is one byte a character.
    if (w.ascii ? raw.size() < 2 : !two_code_points_or_more(raw)) return false;
    if (w.code_like) return false;
    return w.ascii || !text::has_non_latin_letter(raw);
  }

  // A capitalised word opening a sentence is still a name when the message
  // writes it capitalised inside a sentence too, when it carries letters
  // English words do not ("Przemysław"), or when a capitalised word follows
  // it as a family name would ("Tamsin Greer mentioned ...").
  static bool looks_like_name(const Document& doc, std::size_t i, const std::string& folded, const WordSet& capitalised_inside) {
    if (capitalised_inside.contains(folded)) return true;
    const std::string_view raw = doc.word_text(doc.words()[i]);
    if (!doc.words()[i].ascii && raw.find("\xE2\x80") == std::string_view::npos)  // not merely a typographic apostrophe
      return true;
    if (i + 1 >= doc.words().size()) return false;
    const Word& next = doc.words()[i + 1];
    const std::string_view between = doc.text().substr(doc.words()[i].range.end, next.range.begin - doc.words()[i].range.end);
    return next.capitalized && !next.sentence_start && !next.all_caps && next.range.size() >= 2 &&
           between.find_first_not_of(" ") == std::string_view::npos && !between.empty();
  }

  // The word ends its line with a hyphen and the next word starts the next line.
  static bool wrapped_after(std::string_view text, const Word& w, const Word& next) {
    const std::string_view between = text.substr(w.range.end, next.range.begin - w.range.end);
    if (between.size() < 2 || between.front() != '-') return false;
    return between.find('\n') != std::string_view::npos && between.find_first_not_of("- \t\r\n") == std::string_view::npos;
  }

  // "co-", "pre-", "non-": prefixes that only live before a hyphen.
  static bool hyphen_prefix(std::string_view text, const Word& w, std::string_view word) {
    static const std::unordered_set<std::string> prefixes = {"co", "pre", "non", "re", "ex", "mid", "sub", "anti", "multi",
                                                             "post", "semi", "inter", "intra", "micro", "macro", "mini",
                                                             "cyber", "bio", "eco", "geo", "neuro", "socio", "tele"};
    if (w.range.end + 1 >= text.size() || text[w.range.end] != '-') return false;
    const char after = text[w.range.end + 1];
    return ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z')) && prefixes.contains(text::fold(word));
  }

  static std::string possessive_stem(std::string_view word) {
    if (word.size() > 3 && word.ends_with("'s")) return std::string(word.substr(0, word.size() - 2));
    return {};
  }

  void report(const Context& ctx, Sink& sink, const Word& w, std::string_view word) const {
    std::vector<std::string> suggestions = dictionary_->suggest(word, max_suggestions_ + 2);
    // "Finaly" opening a sentence: "Finally" before the surname "Finlay".
    if (w.capitalized)
      std::stable_partition(suggestions.begin(), suggestions.end(), [&](const std::string& s) {
        std::string lower = s;
        if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        return lower != s && dictionary_->known(lower);
      });
    if (suggestions.size() > max_suggestions_) suggestions.resize(max_suggestions_);
    std::vector<Fix> fixes;
    for (const std::string& s : suggestions) fixes.push_back({"Replace with '" + s + "'", w.range, s});
    // Appended, not concatenated: GCC 12 warns (-Wrestrict) wrongly on "'" + std::string(...).
    std::string text = "'";
    text.append(ctx.document.word_text(w)).append("' is not in the dictionary");
    if (!suggestions.empty()) text += "; did you mean '" + suggestions.front() + "'?";
    else text += "; if it is right, add it to 'words:' in .tactful.yaml";
    ctx.report_body(sink, info(), w.range, std::move(text), std::move(fixes));
  }

  std::shared_ptr<Dictionary> dictionary_;
  std::size_t max_suggestions_;
  WordSet words_;  // the pack's own additions, folded
};

}  // namespace

Expected<std::unique_ptr<Rule>> make_spelling_rule(RuleInfo info, const RuleFields& fields, PatternSet&) {
  auto names = fields.strings("dictionaries");
  if (!names) return std::unexpected(names.error());
  if (names->empty()) *names = {"en_US"};
  auto optional_names = fields.strings("optional-dictionaries");
  if (!optional_names) return std::unexpected(optional_names.error());
  auto extra_folders = fields.strings("dictionary-path");
  if (!extra_folders) return std::unexpected(extra_folders.error());
  // Folders the rule names are relative to the rule file, like everything in a pack.
  std::vector<std::string> folders;
  const std::filesystem::path base = std::filesystem::path(fields.file()).parent_path();
  for (const std::string& f : *extra_folders) folders.push_back((base / f).lexically_normal().string());
  for (std::string& f : standard_dictionary_folders()) folders.push_back(std::move(f));

  std::vector<DictionaryFiles> files;
  for (const std::string& name : *names) {
    auto found = find_dictionary(name, folders);
    if (!found) return std::unexpected(fields.error_at("dictionaries", found.error().message));
    files.push_back(std::move(*found));
  }
  for (const std::string& name : *optional_names)
    if (auto found = find_dictionary(name, folders)) files.push_back(std::move(*found));

  auto max = fields.number("max-suggestions");
  if (!max) return std::unexpected(max.error());
  if (max->value_or(3) < 0 || max->value_or(3) > 20)
    return std::unexpected(fields.error_at("max-suggestions", "'max-suggestions' must be between 0 and 20"));
  auto words = fields.strings("words");
  if (!words) return std::unexpected(words.error());
  WordSet extra;
  for (const std::string& w : *words) add_words(extra, w);
  return std::make_unique<SpellingRule>(std::move(info), Dictionary::shared(files), static_cast<std::size_t>(max->value_or(3)),
                                        std::move(extra));
}

}  // namespace tactful::check

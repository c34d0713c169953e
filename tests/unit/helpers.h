// Test helpers named by intent: lint a text with some rules and ask what
// fired. Rules are given as YAML texts so each test shows the rule it pins.
#pragma once

#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "check/rule_set.h"
#include "engine/linter.h"
#include "message/reader.h"

namespace tactful::test {

inline std::shared_ptr<const check::RuleSet> rules_from(const std::vector<std::string>& yaml_texts) {
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 0; i < yaml_texts.size(); ++i) files.emplace_back("rule" + std::to_string(i), yaml_texts[i]);
  auto set = check::RuleSet::from_texts(files);
  if (!set) FAIL("rules do not load: " << set.error().to_string());
  return *set;
}

inline engine::LintResult lint(const std::shared_ptr<const check::RuleSet>& rules, const std::string& text,
                               std::optional<MessageKind> kind = MessageKind::outreach,
                               const std::string& path = "draft.txt") {
  const Message message = read_message(path, text);
  engine::LintOptions options;
  options.kind = kind;
  return engine::Linter(rules).lint(message, engine::Config{}, options);
}

inline std::vector<std::string> excerpts_of(const engine::LintResult& result, const std::string& rule) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics)
    if (d.rule == rule) out.push_back(d.excerpt);
  return out;
}

// A minimal phrase rule with the given extra YAML lines.
inline std::string phrase_rule(const std::string& id, const std::string& body) {
  // Appended piece by piece: a chain of + on strings draws GCC 12's false
  // -Warray-bounds warning wherever it is inlined.
  std::string rule = "id: ";
  rule += id;
  rule += "\nkind: phrase\nseverity: error\nguideline: G1\napplies-to: [all]\nmessage: m\ndescription: d\n"
          "examples: {fail: [], pass: []}\n";
  rule += body;
  return rule;
}

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every message of every corpus file (mbox files split), as its bytes.
inline std::vector<InputEntry> corpus_messages() {
  std::vector<InputEntry> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(TACTFUL_SOURCE_DIR) / "corpus")) {
    if (!entry.is_regular_file() || entry.path().extension() == ".expect") continue;
    for (InputEntry& input : split_input(entry.path().string(), slurp(entry.path()))) out.push_back(std::move(input));
  }
  return out;
}

// The messages of an mbox of about `bytes` made by bench/generate.py with
// `seed`: the mail shapes of many mail programs (plain, alternatives,
// quoted-printable, attachments, CRLF).
inline std::vector<InputEntry> generated_messages(int seed, std::size_t bytes) {
  const std::filesystem::path mbox =
      std::filesystem::temp_directory_path() / ("tactful-generated-" + std::to_string(getpid()) + ".mbox");
  const std::string command = "python3 '" + (std::filesystem::path(TACTFUL_SOURCE_DIR) / "bench" / "generate.py").string() +
                              "' --seed " + std::to_string(seed) + " mbox '" + mbox.string() + "' " + std::to_string(bytes);
  REQUIRE(std::system(command.c_str()) == 0);
  std::vector<InputEntry> out = split_input(mbox.string(), slurp(mbox));
  std::filesystem::remove(mbox);
  return out;
}

// Every string of `length` characters drawn from `alphabet`, passed to `visit`.
template <class Visit>
void every_string(const std::string& alphabet, std::size_t length, Visit visit) {
  std::vector<std::size_t> digits(length, 0);
  std::string s(length, alphabet[0]);
  for (;;) {
    visit(s);
    std::size_t k = 0;
    while (k < length && ++digits[k] == alphabet.size()) {
      digits[k] = 0;
      s[k] = alphabet[0];
      ++k;
    }
    if (k == length) return;
    s[k] = alphabet[digits[k]];
  }
}

// A text of one to `most` parts drawn from `parts`, each followed by one of `gaps`.
inline std::string random_text(std::mt19937& random, const std::vector<std::string>& parts,
                               const std::vector<std::string>& gaps, std::size_t most) {
  std::uniform_int_distribution<std::size_t> part(0, parts.size() - 1), gap(0, gaps.size() - 1), count(1, most);
  std::string text;
  for (std::size_t n = count(random); n > 0; --n) text += parts[part(random)] + gaps[gap(random)];
  return text;
}

// The text as the tokenizer hands it to ICU: a line break not followed by
// another one becomes a space (only blank lines end paragraphs).
inline std::string joined_as_the_tokenizer_joins(std::string text) {
  for (std::size_t k = 0; k < text.size(); ++k)
    if (text[k] == '\n' && !(k + 1 < text.size() && text[k + 1] == '\n')) text[k] = ' ';
  return text;
}

// The same, byte for byte as the tokenizer does it, for text with CRLF line
// ends and blank lines that hold blanks: a '\r' is a space, and a '\n' is
// one unless only blanks stand between it and the next '\n' (or the end).
inline std::string unwrapped_as_the_tokenizer_unwraps(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') text[i] = ' ';
    if (text[i] != '\n') continue;
    std::size_t k = i + 1;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
    if (k < text.size() && text[k] != '\n') text[i] = ' ';
  }
  return text;
}

}  // namespace tactful::test

// The fast paths must never change a finding. The one-pass RE2::Set prefilter
// lets a rule skip its own regex; here every corpus message is linted by the
// shipped pack twice, once with the set's answer and once with "maybe" for
// every pattern (what TACTFUL_NO_PREFILTER does to the binary), and the
// findings must be identical. The cheap word class behind '*' and '...' is
// checked against RE2's \pL\pN on the characters mail is written in.
#include <catch2/catch.hpp>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "check/literal_view.h"
#include "check/pattern_set.h"
#include "check/phrase_pattern.h"
#include "check/regex_requirements.h"
#include "check/rule_set.h"
#include "engine/classify.h"
#include "message/reader.h"
#include "support/utf8.h"
#include "text/document.h"

using namespace tactful;

namespace {

namespace fs = std::filesystem;

using Finding = std::tuple<std::string, std::size_t, std::size_t, std::string>;

class RecordingSink final : public check::Sink {
 public:
  std::vector<Finding> findings;
  void report(const check::RuleInfo& rule, TextRange range, std::string, std::string message, std::vector<Fix>,
              std::optional<Severity>) override {
    findings.emplace_back(rule.id, range.begin, range.end, message);
  }
  void note(const check::RuleInfo&, std::string) override {}
};

std::vector<Finding> run_rules(const check::RuleSet& rules, const Message& message, const Document& document,
                               MessageKind kind, const check::Settings& settings, const check::PatternHits& hits) {
  const check::Context context{message, document, kind, settings, hits};
  RecordingSink sink;
  for (const auto& rule : rules.rules())
    if (rule->info().applies_to(kind)) rule->check(context, sink);
  std::sort(sink.findings.begin(), sink.findings.end());
  return sink.findings;
}

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TACTFUL_SOURCE_DIR) / "corpus")) {
    if (!entry.is_regular_file()) continue;
    const fs::path& p = entry.path();
    if (p.extension() == ".expect" || p.extension() == ".py" || p.filename() == "README.md") continue;
    out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string encode(char32_t cp) {
  std::string out;
  utf8::append(out, cp);
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every phrase of the shipped pack (key "phrases"): the phrase lists of each
// rule and of its all-of groups, and the cue lists (examples are texts, not
// phrases); or every raw pattern (key "patterns").
std::vector<std::string> pack_lists(const std::string& wanted) {
  std::vector<std::string> out;
  const auto walk = [&](const auto& self, const YAML::Node& node) -> void {
    if (node.IsMap()) {
      for (const auto& kv : node) {
        const std::string key = kv.first.Scalar();
        if (key == "examples") continue;
        const bool phrases = key == "phrases" || key == "unless" || key == "unless-after";
        if ((wanted == "phrases" ? phrases : key == wanted) && kv.second.IsSequence())
          for (const YAML::Node& p : kv.second) out.push_back(p.Scalar());
        else
          self(self, kv.second);
      }
    } else if (node.IsSequence()) {
      for (const YAML::Node& item : node) self(self, item);
    }
  };
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TACTFUL_SOURCE_DIR) / "rules"))
    if (entry.path().extension() == ".yaml") walk(walk, YAML::LoadFile(entry.path().string()));
  return out;
}

// The bodies of every corpus message.
std::vector<std::string> corpus_bodies() {
  std::vector<std::string> bodies;
  for (const fs::path& path : corpus_files())
    for (const Message& message : read_messages(path.string(), slurp(path))) bodies.push_back(message.body);
  return bodies;
}

}  // namespace

TEST_CASE("every match of every phrase in the pack holds what the prefilter requires of it", "[pattern_set][fast-path]") {
  const std::vector<std::string> bodies = corpus_bodies();
  const std::vector<std::string> phrases = pack_lists("phrases");
  REQUIRE(phrases.size() > 300);
  std::size_t matches = 0, with_requirements = 0;
  for (const std::string& phrase : phrases) {
    auto parts = check::alternative_regexes({phrase}, {});
    REQUIRE(parts);
    const check::PhraseRegex& part = parts->front();
    with_requirements += part.required.empty() ? 0 : 1;
    const RE2 re(part.regex);
    INFO("phrase: " << phrase);
    REQUIRE(re.ok());  // phrases are compiled lazily: each must compile
    for (const std::string& body : bodies)
      for (const TextRange& m : check::find_all(re, body, {0, body.size()})) {
        ++matches;
        const std::string found = check::literal_view(m.in(body));
        INFO("match: " << found);
        for (const auto& clause : part.required)
          CHECK(std::any_of(clause.begin(), clause.end(), [&](const std::string& literal) {
            return found.find(literal) != std::string::npos;
          }));
      }
  }
  CHECK(matches > 200);
  CHECK(with_requirements * 10 > phrases.size() * 9);  // nearly every phrase can be ruled out
}

TEST_CASE("every match of every raw pattern in the pack holds what the prefilter requires of it", "[pattern_set][fast-path]") {
  const std::vector<std::string> bodies = corpus_bodies();
  const std::vector<std::string> patterns = pack_lists("patterns");
  REQUIRE(patterns.size() > 40);
  std::size_t matches = 0, with_requirements = 0;
  for (const std::string& pattern : patterns) {
    const check::Requirements required = check::regex_requirements(pattern);
    with_requirements += required.empty() ? 0 : 1;
    INFO("pattern: " << pattern);
    // As rules run them: case-insensitive, and as written (placeholders).
    for (const std::string& regex : {"(?i)(?:" + pattern + ")", pattern}) {
      const RE2 re(regex);
      REQUIRE(re.ok());
      for (const std::string& body : bodies)
        for (const TextRange& m : check::find_all(re, body, {0, body.size()})) {
          ++matches;
          const std::string found = check::literal_view(m.in(body));
          INFO("match: " << found);
          for (const auto& clause : required)
            CHECK(std::any_of(clause.begin(), clause.end(), [&](const std::string& literal) {
              return found.find(literal) != std::string::npos;
            }));
        }
    }
  }
  CHECK(matches > 100);
  CHECK(with_requirements * 4 > patterns.size() * 3);  // most patterns can be ruled out
}

TEST_CASE("on a long text the precise set rules out patterns whose words occur but not in order", "[pattern_set][fast-path]") {
  check::PatternSet set;
  auto parts = check::alternative_regexes({"are you hiring"}, {"dead[- ]end\\s+job"});
  REQUIRE(parts);
  std::vector<int> ids;
  for (const auto& part : *parts) ids.push_back(*set.add(part));
  REQUIRE(set.compile());
  // Long texts, which are the ones the precise set is for.
  std::string filler;
  while (filler.size() < 20000) filler += "Lorem ipsum dolor sit amet. ";
  // (Their word pairs too: "are you", "you hiring", "dead end", "end job".)
  const std::string scrambled = filler + "Where are you now? Thank you hiring managers. A dead end; the end job.";
  const std::string real = filler + "Are you hiring? It is a dead-end job.";
  // The words are there. (One match only: it starts the precise set's
  // compile, and a second could already find it ready.)
  const check::PatternHits words_only = set.match(scrambled, {{0, scrambled.size()}});
  for (int id : ids) CHECK(words_only.maybe(id));
  REQUIRE(set.compile_precise_now());
  for (int id : ids) {
    CHECK_FALSE(set.match(scrambled, {{0, scrambled.size()}}).maybe(id));
    CHECK(set.match(real, {{0, real.size()}}).maybe(id));
  }
}

TEST_CASE("the literal index and the literal automaton that takes over from it give the same answers on the corpus",
          "[pattern_set][fast-path]") {
  auto loaded = check::RuleSet::from_texts([] {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(TACTFUL_SOURCE_DIR) / "rules"))
      if (entry.path().extension() == ".yaml") files.emplace_back(entry.path().string(), slurp(entry.path()));
    std::sort(files.begin(), files.end());
    return files;
  }());
  if (!loaded) FAIL(loaded.error().to_string());
  const check::PatternSet& set = (*loaded)->patterns();
  std::vector<Message> messages;
  for (const fs::path& path : corpus_files())
    for (Message& message : read_messages(path.string(), slurp(path))) messages.push_back(std::move(message));
  const auto answers = [&](const Message& m) {
    const check::PatternHits hits = set.match(m.body, {{0, m.body.size()}});
    std::vector<bool> out;
    for (std::size_t id = 0; id < set.size(); ++id) out.push_back(hits.maybe(static_cast<int>(id)));
    return out;
  };
  // The first 16 KiB of text are answered by the index (after that the
  // automaton may be ready); then every message again by the automaton.
  std::vector<std::vector<bool>> before;
  for (const Message& m : messages) before.push_back(answers(m));
  REQUIRE(set.build_literal_automaton_now());
  std::size_t ruled_out = 0;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    INFO(messages[i].path);
    const auto after = answers(messages[i]);
    CHECK(after == before[i]);
    ruled_out += static_cast<std::size_t>(std::count(after.begin(), after.end(), false));
  }
  CHECK(ruled_out > messages.size() * 10);
}

TEST_CASE("the prefilter says maybe for text that folds to ASCII letters only under (?i)", "[pattern_set][fast-path]") {
  check::PatternSet set;
  auto parts = check::alternative_regexes({"with kind regards"}, {});
  REQUIRE(parts);
  auto id = set.add(parts->front());
  REQUIRE(id);
  REQUIRE(set.compile());
  const auto hits_in = [&](const std::string& text) { return set.match(text, {{0, text.size()}}).maybe(*id); };
  CHECK(hits_in("With KIND Regards,"));
  CHECK_FALSE(hits_in("Best wishes,"));
  CHECK_FALSE(hits_in("with kind wishes"));
  // U+212A KELVIN SIGN is a 'k' to RE2's case folding.
  const std::string kelvin = "With \xE2\x84\xAAind regards";
  CHECK(RE2::PartialMatch(kelvin, RE2(parts->front().regex)));
  CHECK(hits_in(kelvin));
}

TEST_CASE("the prefilter and running every rule's own regex give the same findings on the whole corpus",
          "[pattern_set][fast-path]") {
  auto loaded = check::RuleSet::load({std::string(TACTFUL_SOURCE_DIR) + "/rules"});
  if (!loaded) FAIL(loaded.error().to_string());
  const check::RuleSet& rules = **loaded;
  REQUIRE(rules.patterns().size() > 0);

  check::Settings settings;
  settings.now = parse_time("2026-12-01T12:00:00Z");  // fixed, so no finding depends on the clock
  settings.now_source = "the test";

  std::vector<Message> messages;
  std::string all_bodies;
  for (const fs::path& path : corpus_files())
    for (Message& message : read_messages(path.string(), slurp(path))) {
      all_bodies += message.body + "\n\n";
      messages.push_back(std::move(message));
    }
  REQUIRE(messages.size() > 100);
  // First the word prefilter alone; then with the precise set, which long
  // texts get: every body again as one long draft, with and without it.
  const Message long_draft = read_message("all.txt", all_bodies);
  REQUIRE(long_draft.body.size() > 50000);
  std::size_t findings = 0, skipped = 0;
  const auto compare = [&](const Message& message, const std::string& how) {
    const Document document = Document::of(message);
    const check::PatternHits hits = rules.patterns().match(message.body, document.ranges());
    for (std::size_t id = 0; id < rules.patterns().size(); ++id) skipped += hits.maybe(static_cast<int>(id)) ? 0 : 1;
    const MessageKind kind = engine::classify(message);
    const auto fast = run_rules(rules, message, document, kind, settings, hits);
    const auto slow = run_rules(rules, message, document, kind, settings, check::PatternHits::everything());
    INFO(message.path << " " << how);
    CHECK(fast == slow);
    findings += slow.size();
  };
  for (const Message& message : messages) compare(message, "with the word prefilter");
  CHECK(findings > 50);
  // The prefilter must actually rule patterns out, or it is only a cost.
  CHECK(skipped > messages.size());
  compare(long_draft, "before the precise set is ready");
  REQUIRE(rules.patterns().compile_precise_now());
  const std::size_t skipped_before = skipped;
  compare(long_draft, "with the precise set");
  CHECK(skipped > skipped_before);  // it rules out patterns whose words all occur somewhere
}

TEST_CASE("the word class behind '*' matches the letters and digits of mail text and not its punctuation",
          "[pattern_set][fast-path]") {
  auto body = check::phrase_to_regex("*");
  REQUIRE(body);
  const RE2 word("(?s)" + *body);
  const RE2 reference(R"([\pL\pN][\pL\pN'’\-]*)");
  REQUIRE(word.ok());
  const std::vector<std::pair<char32_t, char32_t>> blocks = {
      {0x21, 0x7E},     {0xA0, 0xFF},     {0x100, 0x17F},   {0x391, 0x3A1},   {0x3A3, 0x3C9},
      {0x410, 0x44F},   {0x2000, 0x206F}, {0x20A0, 0x20BF}, {0x2190, 0x21FF}, {0x3000, 0x3003},
  };
  // The class is written with case folding off ("(?-i:...)") because it
  // holds both cases of its letters: folding it must change nothing.
  REQUIRE(body->rfind("(?-i:", 0) == 0);
  const RE2 folded("(?s)(?i)" + body->substr(5, body->size() - 6));
  REQUIRE(folded.ok());
  for (auto [first, last] : blocks)
    for (char32_t cp = first; cp <= last; ++cp) {
      const std::string s = encode(cp);
      INFO("U+" << std::hex << static_cast<unsigned>(cp));
      CHECK(RE2::FullMatch(s, word) == RE2::FullMatch(s, reference));
      CHECK(RE2::FullMatch(s, word) == RE2::FullMatch(s, folded));
    }
  // Letters that fold to ASCII ones from far away: KELVIN SIGN, LONG S, ANGSTROM SIGN.
  for (const char* s : {"\xE2\x84\xAA", "\xC5\xBF", "\xE2\x84\xAB"}) CHECK(RE2::FullMatch(s, word));
}

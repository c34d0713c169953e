// A pack read back from its snapshot must be the pack: the same rules giving
// the same findings on the whole corpus. A snapshot is only ever a shortcut:
// a broken one, a missing or unwritable folder, or a pack with a mistake in
// it all mean a full, strict load.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "check/pack_cache.h"
#include "check/rule_set.h"
#include "engine/linter.h"
#include "helpers.h"
#include "message/reader.h"
#include "support/time.h"

using namespace tactful;

namespace {

namespace fs = std::filesystem;

// A folder of its own under the system's temporary folder, removed after.
struct TempFolder {
  fs::path path;
  explicit TempFolder(const std::string& name)
      : path(fs::temp_directory_path() / ("tactful-pack-cache-" + name + "-" + std::to_string(getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> snapshots_in(const fs::path& cache) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::directory_iterator(cache / "packs", ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    out.push_back(it->path());
  return out;
}

const std::string kPack = std::string(TACTFUL_SOURCE_DIR) + "/rules";

using Finding = std::tuple<std::string, std::size_t, std::size_t, std::string, std::string>;

std::vector<Finding> findings_on_corpus(const std::shared_ptr<const check::RuleSet>& rules) {
  engine::LintOptions options;
  options.now = parse_time("2026-12-01T12:00:00Z");  // fixed, so no finding depends on the clock
  const engine::Linter linter(rules);
  std::vector<Finding> out;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(TACTFUL_SOURCE_DIR) / "corpus")) {
    const fs::path& p = entry.path();
    if (entry.is_regular_file() && p.extension() != ".expect" && p.extension() != ".py" && p.filename() != "README.md")
      paths.push_back(p);
  }
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths)
    for (const Message& m : read_messages(p.string(), slurp(p)))
      for (const Diagnostic& d : linter.lint(m, engine::Config{}, options).diagnostics)
        out.emplace_back(p.string(), d.range.begin, d.range.end, d.rule, d.message);
  return out;
}

// Same type, tag, text and children (YAML::Dump would also compare the
// flow or block style the file used, which a snapshot does not keep).
bool same_tree(const YAML::Node& a, const YAML::Node& b) {
  if (a.Type() != b.Type()) return false;
  if (a.IsScalar()) return a.Tag() == b.Tag() && a.Scalar() == b.Scalar();
  if (a.size() != b.size()) return false;
  if (a.IsSequence()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_tree(a[i], b[i])) return false;
    return true;
  }
  if (a.IsMap()) {
    auto ia = a.begin();
    auto ib = b.begin();
    for (; ia != a.end(); ++ia, ++ib)
      if (!same_tree(ia->first, ib->first) || !same_tree(ia->second, ib->second)) return false;
  }
  return true;
}

// RE2 refuses the pattern (nested repeats over its limit) only when it
// compiles it: the loader's own reading sees the words "hiring now".
const char* kRuleWithBadPattern = R"(id: bad
kind: phrase
severity: error
guideline: G1
applies-to: [all]
message: m
description: d
examples: {fail: [], pass: []}
patterns:
  - 'hiring now (?:x{500}){500}'
)";

}  // namespace

TEST_CASE("a pack read back from its snapshot has the same rules and gives the same findings on the corpus",
          "[pack_cache]") {
  TempFolder cache("same");
  const check::PackCache pack_cache(cache.path.string());
  auto fresh = check::RuleSet::load({kPack}, pack_cache);
  if (!fresh) FAIL(fresh.error().to_string());
  REQUIRE(snapshots_in(cache.path).size() == 1);
  auto again = check::RuleSet::load({kPack}, pack_cache);
  if (!again) FAIL(again.error().to_string());
  auto uncached = check::RuleSet::load({kPack});
  if (!uncached) FAIL(uncached.error().to_string());

  REQUIRE((*again)->rules().size() == (*fresh)->rules().size());
  for (std::size_t i = 0; i < (*fresh)->rules().size(); ++i) {
    const check::RuleInfo& a = (*fresh)->rules()[i]->info();
    const check::RuleInfo& b = (*again)->rules()[i]->info();
    INFO(a.id);
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.severity == b.severity);
    CHECK(a.message == b.message);
    CHECK(a.applies == b.applies);
    // Read back on first use (rule_examples.h), text and kind alike.
    const auto same = [](const std::vector<check::RuleExample>& x, const std::vector<check::RuleExample>& y) {
      if (x.size() != y.size()) return false;
      for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k].text != y[k].text || x[k].kind != y[k].kind) return false;
      return true;
    };
    CHECK(!a.examples.fail().empty());
    CHECK(same(a.examples.fail(), b.examples.fail()));
    CHECK(same(a.examples.pass(), b.examples.pass()));
  }
  CHECK((*again)->patterns().size() == (*fresh)->patterns().size());
  const auto from_snapshot = findings_on_corpus(*again);
  CHECK(from_snapshot.size() > 50);
  CHECK(from_snapshot == findings_on_corpus(*uncached));
}

TEST_CASE("a snapshot keeps each YAML tree as it was parsed", "[pack_cache]") {
  TempFolder cache("trees");
  const check::PackCache pack_cache(cache.path.string());
  const char* text = R"(plain: words
quoted: "null"
nothing: ~
empty: ""
number: 2.5
nested:
  - [a, "b c", {k: v}]
  - {list: [1, 2], text: "Grüße, ’quotes’ and \t tabs"}
)";
  check::PackSnapshot snapshot;
  snapshot.roots = {YAML::Load(text), YAML::Load("[]"), YAML::Load("just a scalar")};
  snapshot.alternatives = {{42, {{"(?i)\\bjob\\b", {{"job"}}, true}, {"raw[0-9]", {}, false}}}};
  pack_cache.store("f1", snapshot);
  const auto back = pack_cache.find("f1");
  REQUIRE(back);
  REQUIRE(back->roots.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(same_tree(back->roots[i], snapshot.roots[i]));
  CHECK_FALSE(same_tree(back->roots[0], YAML::Load("plain: words")));
  CHECK(back->roots[0]["nothing"].IsNull());
  CHECK(back->roots[0]["quoted"].IsScalar());
  CHECK(back->roots[0]["quoted"].Scalar() == "null");
  CHECK(back->roots[0]["number"].as<double>() == 2.5);
  REQUIRE(back->alternatives.size() == 1);
  CHECK(back->alternatives[0].first == 42);
  REQUIRE(back->alternatives[0].second.size() == 2);
  CHECK(back->alternatives[0].second[0].regex == "(?i)\\bjob\\b");
  CHECK(back->alternatives[0].second[0].required == check::Requirements{{"job"}});
  CHECK(back->alternatives[0].second[0].from_phrase);
  CHECK_FALSE(back->alternatives[0].second[1].from_phrase);
  CHECK_FALSE(pack_cache.find("f2"));
}

TEST_CASE("a snapshot that does not read back whole is ignored and the pack loads afresh", "[pack_cache]") {
  TempFolder cache("broken");
  const check::PackCache pack_cache(cache.path.string());
  REQUIRE(check::RuleSet::load({kPack}, pack_cache));
  const auto snapshots = snapshots_in(cache.path);
  REQUIRE(snapshots.size() == 1);
  const fs::path snapshot = snapshots.front();
  const std::string whole = slurp(snapshot);
  const std::string fingerprint = snapshot.filename().string();
  REQUIRE(pack_cache.find(fingerprint));
  const auto write = [&](const std::string& bytes) { std::ofstream(snapshot, std::ios::binary | std::ios::trunc) << bytes; };
  for (const std::string& damaged : {whole.substr(0, whole.size() - 3), whole.substr(0, 40), std::string("junk"),
                                     std::string(), whole + "x", "X" + whole.substr(1)}) {
    write(damaged);
    CHECK_FALSE(pack_cache.find(fingerprint));
    auto loaded = check::RuleSet::load({kPack}, pack_cache);
    REQUIRE(loaded);
    CHECK((*loaded)->rules().size() > 10);
    CHECK(pack_cache.find(fingerprint));  // stored again by the fresh load
  }
  // A snapshot of another pack under this name is not this pack's.
  check::PackSnapshot other;
  other.roots = {YAML::Load("id: x")};
  pack_cache.store(fingerprint, other);
  auto loaded = check::RuleSet::load({kPack}, pack_cache);
  REQUIRE(loaded);
  CHECK((*loaded)->rules().size() > 10);
}

TEST_CASE("a pack with a mistake is never stored, and its error is reported at its line every time", "[pack_cache]") {
  TempFolder cache("mistake");
  TempFolder rules("mistake-rules");
  std::ofstream(rules.path / "bad.yaml") << kRuleWithBadPattern;
  const check::PackCache pack_cache(cache.path.string());
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto loaded = check::RuleSet::load({rules.path.string()}, pack_cache);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().line == 10);
    CHECK(loaded.error().message.find("bad pattern") != std::string::npos);
    CHECK(snapshots_in(cache.path).empty());
  }
}

TEST_CASE("the fingerprint changes with any file's name or contents", "[pack_cache]") {
  const std::vector<std::pair<std::string, std::string>> pack = {{"a.yaml", "id: a"}, {"b.yaml", "id: b"}};
  const auto base = check::PackCache::fingerprint(pack);
  REQUIRE(base);
  CHECK(base->size() == 32);
  CHECK(check::PackCache::fingerprint(pack) == base);
  CHECK(check::PackCache::fingerprint({{"a.yaml", "id: a"}, {"b.yaml", "id: c"}}) != base);
  CHECK(check::PackCache::fingerprint({{"a.yaml", "id: a"}, {"c.yaml", "id: b"}}) != base);
  CHECK(check::PackCache::fingerprint({{"a.yaml", "id: a"}}) != base);
  // Bytes moved from a name to a contents are another pack too.
  CHECK(check::PackCache::fingerprint({{"a.yaml", "id: a"}, {"b.yamli", "d: b"}}) != base);
}

TEST_CASE("without a cache folder, or with one that cannot be written, a pack loads as before", "[pack_cache]") {
  for (const std::string& folder : {std::string(), std::string("/proc/tactful-cannot-write-here")}) {
    INFO("cache folder '" << folder << "'");
    const check::PackCache pack_cache(folder);
    auto loaded = check::RuleSet::load({kPack}, pack_cache);
    if (!loaded) FAIL(loaded.error().to_string());
    CHECK((*loaded)->rules().size() > 10);
  }
}

TEST_CASE("the cache keeps only its newest snapshots", "[pack_cache]") {
  TempFolder cache("newest");
  const check::PackCache pack_cache(cache.path.string());
  check::PackSnapshot snapshot;
  snapshot.roots = {YAML::Load("id: x")};
  for (int i = 0; i < 40; ++i) pack_cache.store("fingerprint" + std::to_string(i), snapshot);
  const auto kept = snapshots_in(cache.path);
  CHECK(kept.size() <= 16);
  CHECK(kept.size() >= 8);
  CHECK(pack_cache.find("fingerprint39"));
}

TEST_CASE("a snapshot that vouches for a bad pattern costs that pattern only", "[pack_cache][hostile]") {
  // Someone writes a snapshot of a pack with a pattern RE2 refuses: the load
  // trusts it (that is what a snapshot is for), and the rule never matches.
  TempFolder cache("forged");
  TempFolder rules("forged-rules");
  std::ofstream(rules.path / "bad.yaml") << kRuleWithBadPattern;
  std::ofstream(rules.path / "good.yaml") << test::phrase_rule("good", "phrases: [are you hiring]\n");
  const std::vector<std::pair<std::string, std::string>> files = {
      {(rules.path / "bad.yaml").string(), kRuleWithBadPattern},
      {(rules.path / "good.yaml").string(), test::phrase_rule("good", "phrases: [are you hiring]\n")}};
  check::PackSnapshot forged;
  for (const auto& file : files) forged.roots.push_back(YAML::Load(file.second));
  const check::PackCache pack_cache(cache.path.string());
  pack_cache.store(*check::PackCache::fingerprint(files), forged);

  auto loaded = check::RuleSet::load({rules.path.string()}, pack_cache);
  if (!loaded) FAIL(loaded.error().to_string());
  const auto result = test::lint(*loaded, "Hi Ann,\n\nAre you hiring now? I saw the post.\n\nBest,\nBo\n");
  CHECK(test::excerpts_of(result, "good") == std::vector<std::string>{"Are you hiring"});
  CHECK(test::excerpts_of(result, "bad").empty());
}

TEST_CASE("a rule file may not pass its examples off as a snapshot's deferred ones", "[pack_cache]") {
  // Only a tree read back from a snapshot has its examples deferred; in a
  // rule file the tag is an examples value that is not a map, an error at
  // its line like any other.
  TempFolder rules("forged-examples");
  std::ofstream(rules.path / "forged.yaml") << "id: forged\nkind: phrase\nseverity: error\nguideline: G1\n"
                                               "applies-to: [all]\nmessage: m\ndescription: d\n"
                                               "examples: !tactful-snapshot-examples \"x\"\nphrases: [hiring now]\n";
  auto set = check::RuleSet::load({rules.path.string()});
  REQUIRE_FALSE(set);
  CHECK(set.error().line == 8);
  CHECK(set.error().message.find("examples") != std::string::npos);
}

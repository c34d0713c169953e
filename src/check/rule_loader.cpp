// Strict YAML -> rules. Every mistake in a rule file is an Error that points at
// it: unknown keys (with a "did you mean"), wrong types, bad patterns,
// duplicate ids, ids that do not match the file name.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include "check/pack_cache.h"
#include "check/registry.h"
#include "check/rule_fields.h"
#include "check/rule_set.h"
#include "support/file_bytes.h"

namespace tactful::check {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxRules = 2000;
constexpr std::uintmax_t kMaxRuleFileBytes = 1 << 20;

const std::vector<std::string_view>& common_keys() {
  static const std::vector<std::string_view> keys = {"id", "kind", "severity", "guideline", "applies-to", "message",
                                                     "description", "link", "examples"};
  return keys;
}

std::string did_you_mean(const std::string& key, const std::vector<std::string_view>& candidates) {
  std::string best;
  std::size_t best_distance = 3;
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(key, std::string(c));
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

Expected<std::vector<RuleExample>> read_examples(const RuleFields& fields, const YAML::Node& list) {
  std::vector<RuleExample> out;
  if (!list.IsDefined() || list.IsNull()) return out;
  if (!list.IsSequence()) return std::unexpected(fields.error_at(list, "examples must be lists of texts"));
  for (const YAML::Node& item : list) {
    if (item.IsScalar()) {
      out.push_back({item.Scalar(), std::nullopt});
      continue;
    }
    if (!item.IsMap() || !item["text"] || !item["text"].IsScalar())
      return std::unexpected(fields.error_at(item, "an example is a text, or a map with 'text' and 'kind'"));
    RuleExample example{item["text"].Scalar(), std::nullopt};
    for (const auto& kv : item)
      if (kv.first.Scalar() != "text" && kv.first.Scalar() != "kind")
        return std::unexpected(fields.error_at(kv.first, "unknown key '" + kv.first.Scalar() + "' in an example"));
    if (item["kind"]) {
      example.kind = kind_from_string(item["kind"].Scalar());
      if (!example.kind) return std::unexpected(fields.error_at(item["kind"], "unknown message kind"));
    }
    out.push_back(std::move(example));
  }
  return out;
}

// Examples that a snapshot holds deferred (pack_cache.h), read when first
// asked for. The pack loaded cleanly when the snapshot was made, so they
// read cleanly too; bytes that do not (a snapshot someone edited) give none.
RuleExamples read_examples_later(std::string bytes, std::string file) {
  return RuleExamples::read_later([bytes = std::move(bytes), file = std::move(file)] {
    const YAML::Node tree = read_deferred_tree(bytes);
    if (!tree.IsMap()) return RuleExamples::Lists{};
    const RuleFields fields(tree, file);
    auto fail = read_examples(fields, tree["fail"]);
    auto pass = read_examples(fields, tree["pass"]);
    if (!fail || !pass) return RuleExamples::Lists{};
    return RuleExamples::Lists{std::move(*fail), std::move(*pass)};
  });
}

// `from_snapshot`: the tree was read back from a pack snapshot, whose
// examples may be deferred.
Expected<RuleInfo> read_info(const RuleFields& fields, const YAML::Node& root, bool from_snapshot) {
  RuleInfo info;
  info.file = fields.file();
  auto id = fields.string("id");
  if (!id) return std::unexpected(id.error());
  info.id = *id;
  auto kind = fields.string("kind");
  if (!kind) return std::unexpected(kind.error());
  info.kind = *kind;
  auto severity = fields.string("severity");
  if (!severity) return std::unexpected(severity.error());
  const auto parsed = severity_from_string(*severity);
  if (!parsed) return std::unexpected(fields.error_at("severity", "severity must be error, warning or suggestion"));
  info.severity = *parsed;
  auto guideline = fields.string("guideline");
  if (!guideline) return std::unexpected(guideline.error());
  if (guideline->size() < 2 || (*guideline)[0] != 'G')
    return std::unexpected(fields.error_at("guideline", "guideline must be a G number such as G1"));
  info.guideline = *guideline;
  auto applies = fields.strings("applies-to");
  if (!applies) return std::unexpected(applies.error());
  if (applies->empty()) return std::unexpected(fields.error_at(root, "missing key 'applies-to'"));
  for (const std::string& k : *applies) {
    if (k == "all") {
      info.applies = {true, true, true};
      continue;
    }
    const auto mk = kind_from_string(k);
    if (!mk) return std::unexpected(fields.error_at("applies-to", "unknown message kind '" + k + "' (outreach, follow-up, thank-you, all)"));
    info.applies[static_cast<int>(*mk)] = true;
  }
  for (auto [key, target] : {std::pair{"message", &info.message}, {"description", &info.description}}) {
    auto text = fields.string(key);
    if (!text) return std::unexpected(text.error());
    *target = *text;
  }
  auto link = fields.optional_string("link");
  if (!link) return std::unexpected(link.error());
  info.link = link->value_or("");
  const YAML::Node examples = root["examples"];
  if (from_snapshot && examples.IsScalar() && examples.Tag() == kDeferredExamplesTag) {
    info.examples = read_examples_later(examples.Scalar(), fields.file());
    return info;
  }
  if (!examples.IsDefined() || !examples.IsMap())
    return std::unexpected(fields.error_at(examples.IsDefined() ? examples : root, "every rule needs 'examples' with 'fail' and 'pass' lists"));
  for (const auto& kv : examples)
    if (kv.first.Scalar() != "fail" && kv.first.Scalar() != "pass")
      return std::unexpected(fields.error_at(kv.first, "unknown key '" + kv.first.Scalar() + "' in examples (fail or pass)"));
  auto fail_examples = read_examples(fields, examples["fail"]);
  if (!fail_examples) return std::unexpected(fail_examples.error());
  auto pass_examples = read_examples(fields, examples["pass"]);
  if (!pass_examples) return std::unexpected(pass_examples.error());
  info.examples = RuleExamples({std::move(*fail_examples), std::move(*pass_examples)});
  return info;
}

Expected<YAML::Node> parse_rule_file(const std::string& name, const std::string& text) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return fail(e.msg, name, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1);
  }
}

// Parses every file's YAML, on a few threads: parsing is most of what loading
// a pack costs that is not RE2, and each file parses on its own. The results
// come in file order, so the first error reported is the same either way.
std::vector<Expected<YAML::Node>> parse_rule_files(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Expected<YAML::Node>> out(files.size(), YAML::Node());
  const unsigned workers = std::min<unsigned>({std::max(1u, std::thread::hardware_concurrency()), 4u,
                                               static_cast<unsigned>(files.size() / 4)});
  const auto parse_every = [&](std::size_t first, std::size_t step) {
    for (std::size_t i = first; i < files.size(); i += step) out[i] = parse_rule_file(files[i].first, files[i].second);
  };
  if (workers < 2) {
    parse_every(0, 1);
    return out;
  }
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(parse_every, w, workers);
  parse_every(0, workers);
  for (std::thread& t : threads) t.join();
  return out;
}

Expected<std::unique_ptr<Rule>> make_rule(const std::string& name, const YAML::Node& root, PatternSet& set, bool from_snapshot) {
  if (!root.IsMap()) return fail("a rule file must be a YAML map of keys (id, kind, severity, ...)", name, 1, 1);
  const RuleFields fields(root, name);
  auto info = read_info(fields, root, from_snapshot);
  if (!info) return std::unexpected(info.error());
  const RuleKind* kind = find_rule_kind(info->kind);
  if (!kind) {
    std::vector<std::string_view> names;
    for (const RuleKind& k : rule_kinds()) names.push_back(k.name);
    return std::unexpected(fields.error_at("kind", "unknown rule kind '" + info->kind + "'" + did_you_mean(info->kind, names)));
  }
  std::vector<std::string_view> allowed = common_keys();
  allowed.insert(allowed.end(), kind->keys.begin(), kind->keys.end());
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      return std::unexpected(fields.error_at(kv.first, "unknown key '" + key + "'" + did_you_mean(key, allowed)));
  }
  const std::string stem = fs::path(name).stem().string();
  if (fs::path(name).extension() == ".yaml" && stem != info->id)
    return std::unexpected(fields.error_at("id", "the id '" + info->id + "' must match the file name '" + stem + ".yaml'"));
  set.adding_for(info->applies);
  return kind->make(std::move(*info), fields, set);
}

}  // namespace

const Rule* RuleSet::find(std::string_view id) const {
  for (const auto& rule : rules_)
    if (rule->info().id == id) return rule.get();
  return nullptr;
}

Expected<std::shared_ptr<const RuleSet>> RuleSet::from_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                                             std::optional<PackSnapshot> snapshot, PackSnapshot* record) {
  auto set = std::make_shared<RuleSet>();
  if (files.size() > kMaxRules)
    return fail("more than " + std::to_string(kMaxRules) + " rule files; split the pack or raise nothing: this is a hard limit");
  if (snapshot && snapshot->roots.size() != files.size()) snapshot.reset();
  const bool from_snapshot = snapshot.has_value();
  std::set<std::string> seen;
  std::vector<Expected<YAML::Node>> roots;
  if (snapshot) {
    set->patterns_.set_known_valid(true);
    set->patterns_.replay_alternatives(std::move(snapshot->alternatives));
    for (YAML::Node& root : snapshot->roots) roots.emplace_back(std::move(root));
  } else {
    roots = parse_rule_files(files);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& name = files[i].first;
    if (!roots[i]) return std::unexpected(roots[i].error());
    auto rule = make_rule(name, *roots[i], set->patterns_, from_snapshot);
    if (!rule) return std::unexpected(rule.error());
    const std::string id = (*rule)->info().id;
    if (!seen.insert(id).second) {
      const Rule* first = set->find(id);
      return fail("rule '" + id + "' is defined twice (also in " + first->info().file + ")", name, 1, 1);
    }
    set->rules_.push_back(std::move(*rule));
  }
  if (auto compiled = set->patterns_.compile(); !compiled) return std::unexpected(compiled.error());
  auto alternatives = set->patterns_.take_recorded_alternatives();
  if (record) {
    record->roots.clear();
    for (auto& root : roots) record->roots.push_back(*root);
    record->alternatives = std::move(alternatives);
  }
  return std::shared_ptr<const RuleSet>(std::move(set));
}

Expected<std::shared_ptr<const RuleSet>> RuleSet::load(const std::vector<std::string>& folders, const PackCache& cache) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return fail("rule folder not found; check --rules or 'rules:' in the config", folder);
    std::vector<fs::path> paths;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && (it->path().extension() == ".yaml" || it->path().extension() == ".yml"))
        paths.push_back(it->path());
    if (ec) return fail("cannot read the rule folder: " + ec.message(), folder);
    std::sort(paths.begin(), paths.end());
    for (const fs::path& p : paths) {
      std::string text;
      switch (read_file_bytes(p.string(), kMaxRuleFileBytes, text)) {
        case FileRead::ok: break;
        case FileRead::too_large: return fail("rule file is larger than 1 MiB", p.string(), 1, 1);
        case FileRead::missing_or_unreadable: return fail("cannot read rule file", p.string());
      }
      files.emplace_back(p.string(), std::move(text));
    }
  }
  if (files.empty()) return fail("no rule files (*.yaml) found", folders.empty() ? "" : folders.front());
  const std::string fingerprint = PackCache::fingerprint(files).value_or("");
  if (auto snapshot = cache.find(fingerprint)) {
    // A snapshot that does not rebuild this pack (it cannot, but for a
    // file someone edited in the cache) is no reason to fail: load afresh.
    if (auto set = from_texts(files, std::move(snapshot))) return set;
  }
  PackSnapshot record;
  auto set = from_texts(files, std::nullopt, &record);
  if (set) cache.store(fingerprint, record);
  return set;
}

}  // namespace tactful::check

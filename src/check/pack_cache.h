// What a clean load of a rule pack leaves in the user's cache folder for the
// next load of the same pack: each file's YAML tree and the regexes made of
// its phrases and patterns (phrase_pattern.h), under the pack's fingerprint,
// a hash of its files' names and contents and of the running binary (so a new
// build, or a new RE2 linked into it, reads every pack afresh). YAML parsing
// and phrase conversion were half of a cold start's load; a snapshot is read
// back in a fraction of that. The pack is known to be valid too, so the load
// skips compiling patterns only to check them (PatternSet::set_known_valid).
//
// A cache, never a source of truth: a folder that cannot be read or written,
// or a snapshot that does not read back whole, only means a full load. A
// forged snapshot is a rule pack the user did not write; the cache folder is
// the user's own, like their rule folder.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/phrase_pattern.h"

namespace tactful::check {

struct PackSnapshot {
  std::vector<YAML::Node> roots;  // one per file, in load order
  // alternative_regexes' answers in the order the load asked, each with a
  // hash of what it was asked (PatternSet::alternatives).
  std::vector<std::pair<std::uint64_t, std::vector<PhraseRegex>>> alternatives;
};

class PackCache {
 public:
  // The folder from TACTFUL_CACHE_DIR (empty: no cache at all), else
  // $XDG_CACHE_HOME/tactful, else $HOME/.cache/tactful.
  static PackCache from_environment();
  // `folder` empty: a cache that holds nothing and keeps nothing.
  explicit PackCache(std::string folder) : folder_(std::move(folder)) {}

  // (file name, contents) in load order -> the pack's fingerprint; nullopt
  // when the running binary cannot be told apart from another build.
  static std::optional<std::string> fingerprint(const std::vector<std::pair<std::string, std::string>>& files);

  std::optional<PackSnapshot> find(const std::string& fingerprint) const;
  // Best effort: a failure to write is ignored. Keeps the newest snapshots only.
  void store(const std::string& fingerprint, const PackSnapshot& snapshot) const;

  const std::string& folder() const { return folder_; }

 private:
  std::string snapshots_folder() const;
  std::string folder_;
};

// A rule file's `examples` come back from a snapshot as one scalar with this
// tag, holding their tree in the snapshot's own encoding, which
// read_deferred_tree rebuilds when they are first asked for (rule_examples.h).
// Only a snapshot's trees are read so; a rule file with the tag is a bad file.
inline constexpr const char* kDeferredExamplesTag = "!tactful-snapshot-examples";
YAML::Node read_deferred_tree(std::string_view bytes);  // null when the bytes are not one tree

// A hash of an alternative_regexes question, for PackSnapshot::alternatives.
std::uint64_t alternatives_key(const std::vector<std::string>& phrases, const std::vector<std::string>& patterns);

}  // namespace tactful::check

// Shared by the fuzz targets: the seconds-since-epoch "now" every lint uses (so
// a run is reproducible), the rule pack loaded once, and FUZZ_CHECK, which
// turns a broken invariant into a crash libFuzzer reports with its input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "check/rule_set.h"
#include "support/time.h"

#define FUZZ_CHECK(condition)                                                          \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (0)

namespace tactful::fuzz {

inline Instant fixed_now() {
  Instant t;
  t.epoch = 1795334400;  // 2026-11-22T08:00:00Z
  return t;
}

// The rule pack: the source tree's, or TACTFUL_FUZZ_RULES (a folder) when a
// run needs another, such as one exported from a commit.
inline std::string rule_pack_folder() {
  const char* folder = std::getenv("TACTFUL_FUZZ_RULES");
  return folder && *folder ? folder : std::string(TACTFUL_SOURCE_DIR) + "/rules";
}

// A fuzz run without the pack would test nothing, so a pack that does not
// load stops the run at once.
inline std::shared_ptr<const check::RuleSet> rule_pack() {
  static const std::shared_ptr<const check::RuleSet> pack = [] {
    auto loaded = check::RuleSet::load({rule_pack_folder()});
    if (!loaded) {
      std::fprintf(stderr, "cannot load the rule pack: %s\n", loaded.error().to_string().c_str());
      std::abort();
    }
    return *loaded;
  }();
  return pack;
}

// Input names that steer the reader: the extension decides MIME or draft.
inline const char* input_name(unsigned char selector) {
  static const char* const kNames[] = {"draft.txt", "message.eml", "notes.md", "-", "cur/1700000000.x", "box.mbox"};
  return kNames[selector % (sizeof kNames / sizeof kNames[0])];
}

}  // namespace tactful::fuzz

// Small, careful edits of a .tactful.yaml for the server's commands: add a
// word under `words:`, turn a rule off under `rules:`. Edits the text line by
// line so the user's comments and layout survive (a YAML round trip would
// drop them), then checks the result with the config loader and refuses to
// write anything that would not load or would not have the intended effect.
#pragma once

#include <string>
#include <string_view>

#include "support/error.h"

namespace tactful::server {

// The config text with `word` added to `words:` (unchanged if it is there).
Expected<std::string> add_word_to_config(std::string_view text, std::string_view word, const std::string& path);
// The config text with `rules: {rule: off}` (replacing the rule's severity if set).
Expected<std::string> disable_rule_in_config(std::string_view text, std::string_view rule, const std::string& path);

// Reads `path` (missing: empty), applies `edit`, writes it back through a
// temporary file and a rename. Returns whether the file changed.
template <class Edit>
Expected<bool> edit_config_file(const std::string& path, Edit&& edit);

Expected<std::string> read_text_file(const std::string& path);  // missing file: ""
Expected<void> write_text_file(const std::string& path, const std::string& text);

template <class Edit>
Expected<bool> edit_config_file(const std::string& path, Edit&& edit) {
  auto old_text = read_text_file(path);
  if (!old_text) return std::unexpected(old_text.error());
  Expected<std::string> new_text = edit(*old_text);
  if (!new_text) return std::unexpected(new_text.error());
  if (*new_text == *old_text) return false;
  if (auto written = write_text_file(path, *new_text); !written) return std::unexpected(written.error());
  return true;
}

}  // namespace tactful::server

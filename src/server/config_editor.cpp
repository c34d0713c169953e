#include "server/config_editor.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "engine/config.h"

namespace tactful::server {
namespace {

struct Lines {
  std::vector<std::string> lines;
  std::string eol = "\n";
};

Lines split(std::string_view text) {
  Lines out;
  if (text.find("\r\n") != std::string_view::npos) out.eol = "\r\n";
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line(text.substr(pos, nl - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.lines.push_back(std::move(line));
    pos = nl + 1;
  }
  return out;
}

std::string join(const Lines& l) {
  std::string out;
  for (const std::string& line : l.lines) out += line + l.eol;
  return out;
}

std::size_t indentation(const std::string& line) { return line.find_first_not_of(' '); }

bool blank_or_comment(const std::string& line) {
  const std::size_t i = line.find_first_not_of(" \t");
  return i == std::string::npos || line[i] == '#';
}

// The value part after "key:" with a trailing comment removed and trimmed.
std::string value_after_colon(const std::string& line) {
  std::string v = line.substr(line.find(':') + 1);
  if (const std::size_t hash = v.find(" #"); hash != std::string::npos) v.resize(hash);
  const std::size_t b = v.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  const std::size_t e = v.find_last_not_of(" \t");
  return v.substr(b, e - b + 1);
}

// The line of the top-level `key:` or -1.
int find_top_level_key(const Lines& l, std::string_view key) {
  for (std::size_t i = 0; i < l.lines.size(); ++i) {
    const std::string& line = l.lines[i];
    // Appended, not concatenated: GCC 12 warns (-Wrestrict) wrongly on "'" + std::string(...).
    const std::string plain(key);
    for (const std::string& form : {plain, std::string("\"").append(plain).append("\""), std::string("'").append(plain).append("'")}) {
      if (line.compare(0, form.size(), form) != 0) continue;
      std::size_t j = form.size();
      while (j < line.size() && line[j] == ' ') ++j;
      if (j < line.size() && line[j] == ':') return static_cast<int>(i);
    }
  }
  return -1;
}

// The last line of the block under the top-level key at `key_line` (the key
// line itself when the block is empty), skipping trailing blank lines.
int block_end(const Lines& l, int key_line) {
  int last = key_line;
  for (std::size_t i = static_cast<std::size_t>(key_line) + 1; i < l.lines.size(); ++i) {
    const std::string& line = l.lines[i];
    if (blank_or_comment(line)) continue;
    const bool nested = line[0] == ' ' || line[0] == '\t' || line[0] == '-';
    if (!nested) break;
    last = static_cast<int>(i);
  }
  return last;
}

// A YAML scalar for `text`: plain when that is unambiguous, else double-quoted.
std::string scalar(std::string_view text) {
  bool plain = !text.empty();
  for (unsigned char c : text)
    if (!(std::isalnum(c) || c >= 0x80 || c == '-' || c == '_' || c == '.' || c == '\'')) plain = false;
  if (plain && (text.front() == '-' || text.front() == '\'' )) plain = false;
  for (std::string_view reserved : {"yes", "no", "true", "false", "on", "off", "null", "~", "y", "n"}) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == reserved) plain = false;
  }
  if (plain) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Leaves `text` unchanged if the change cannot be made safely.
Expected<std::string> checked(const std::string& text, const std::string& path, auto&& effect_present) {
  auto parsed = engine::parse_config(text, path);
  if (!parsed) return fail("the edited config would not load (" + parsed.error().message + "); edit it by hand", path);
  if (!effect_present(*parsed)) return fail("could not find a safe place for the change; edit the config by hand", path);
  return text;
}

Expected<void> loads(std::string_view text, const std::string& path) {
  if (text.empty()) return {};
  auto parsed = engine::parse_config(std::string(text), path);
  if (!parsed) return std::unexpected(parsed.error());
  return {};
}

}  // namespace

Expected<std::string> add_word_to_config(std::string_view text, std::string_view word, const std::string& path) {
  if (word.empty() || word.find_first_of("\r\n") != std::string_view::npos) return fail("not a word: '" + std::string(word) + "'");
  if (auto ok = loads(text, path); !ok) return std::unexpected(ok.error());
  if (!text.empty()) {
    auto current = engine::parse_config(std::string(text), path);
    const auto& words = current->settings.personal_words;
    if (std::find(words.begin(), words.end(), word) != words.end()) return std::string(text);
  }
  Lines l = split(text);
  const int key = find_top_level_key(l, "words");
  if (key < 0) {
    l.lines.push_back("words:");
    l.lines.push_back("  - " + scalar(word));
  } else {
    const std::string value = value_after_colon(l.lines[key]);
    if (value.empty()) {
      const int end = block_end(l, key);
      std::string indent = "  ";
      for (int i = key + 1; i <= end; ++i)
        if (!blank_or_comment(l.lines[i]) && l.lines[i].find('-') != std::string::npos) {
          indent = l.lines[i].substr(0, indentation(l.lines[i]));
          break;
        }
      l.lines.insert(l.lines.begin() + end + 1, indent + "- " + scalar(word));
    } else if (value.front() == '[' && value.back() == ']') {
      std::string& line = l.lines[key];
      const std::size_t close = line.rfind(']');
      const bool empty = value.find_first_not_of(" \t", 1) == value.size() - 1;
      line.insert(close, (empty ? "" : ", ") + scalar(word));
    } else {
      return fail("'words' is not a list this command can extend; add the word by hand", path);
    }
  }
  return checked(join(l), path, [&](const engine::Config& c) {
    const auto& words = c.settings.personal_words;
    return std::find(words.begin(), words.end(), word) != words.end();
  });
}

Expected<std::string> disable_rule_in_config(std::string_view text, std::string_view rule, const std::string& path) {
  if (rule.empty() || rule.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_.") != std::string_view::npos)
    return fail("not a rule id: '" + std::string(rule) + "'");
  if (auto ok = loads(text, path); !ok) return std::unexpected(ok.error());
  Lines l = split(text);
  const int key = find_top_level_key(l, "rules");
  const std::string entry = std::string(rule) + ": off";
  if (key < 0) {
    l.lines.push_back("rules:");
    l.lines.push_back("  " + entry);
  } else {
    const std::string value = value_after_colon(l.lines[key]);
    if (value.empty()) {
      const int end = block_end(l, key);
      std::string indent = "  ";
      bool replaced = false;
      for (int i = key + 1; i <= end && !replaced; ++i) {
        const std::string& line = l.lines[i];
        if (blank_or_comment(line)) continue;
        indent = line.substr(0, indentation(line));
        std::string name = line.substr(indent.size());
        name = name.substr(0, name.find(':'));
        while (!name.empty() && name.back() == ' ') name.pop_back();
        if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'')) name = name.substr(1, name.size() - 2);
        if (name == rule) {
          l.lines[i] = indent + entry;
          replaced = true;
        }
      }
      if (!replaced) l.lines.insert(l.lines.begin() + end + 1, indent + entry);
    } else if (value == "{}") {
      l.lines[key] = "rules:";
      l.lines.insert(l.lines.begin() + key + 1, "  " + entry);
    } else if (value.front() == '{' && value.back() == '}' && value.find(std::string(rule) + ":") == std::string::npos) {
      std::string& line = l.lines[key];
      line.insert(line.rfind('}'), ", " + entry);
    } else {
      return fail("'rules' is not a map this command can extend; turn the rule off by hand", path);
    }
  }
  return checked(join(l), path, [&](const engine::Config& c) {
    auto it = c.rules.find(std::string(rule));
    return it != c.rules.end() && !it->second.enabled;
  });
}

Expected<std::string> read_text_file(const std::string& path) {
  if (access(path.c_str(), F_OK) != 0) return std::string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read the config file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Expected<void> write_text_file(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tactful-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return fail("cannot write the config file", path);
    out << text;
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return fail("cannot write the config file", path);
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return fail("cannot replace the config file", path);
  }
  return {};
}

}  // namespace tactful::server

#include "check/pack_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "support/file_bytes.h"

namespace tactful::check {
namespace {

namespace fs = std::filesystem;

// Snapshots kept (each some hundreds of KB): one per version of a pack a
// user has run, and a rule author makes one with every edit.
constexpr std::size_t kMaxSnapshots = 16;
// A snapshot larger than this is not read (the shipped pack's is ~520 KB).
constexpr std::uintmax_t kMaxSnapshotBytes = 64 << 20;
constexpr std::string_view kMagic = "tactful pack snapshot 2\n";

// Two unrelated 64-bit hashes side by side, each a multiply-rotate over
// 8-byte words with constants of its own. Not for adversaries (see the
// header), only so that two different packs never share a name by accident.
// Word by word: the byte-at-a-time FNV-1a this replaced was 1.3 M
// instructions of a cold start, over the pack's ~300 KB of rule text.
class Fingerprint {
 public:
  void add(std::string_view bytes) {
    add_number(bytes.size());
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes.data() + i, 8);
      mix(word);
    }
    std::uint64_t tail = 0;
    if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    mix(tail);
  }
  void add_number(std::uint64_t n) { mix(n); }
  std::uint64_t value() const { return first_ ^ second_; }
  std::string hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (std::uint64_t v : {first_, second_})
      for (int shift = 60; shift >= 0; shift -= 4) out += kDigits[(v >> shift) & 0xf];
    return out;
  }

 private:
  static std::uint64_t rotate(std::uint64_t v, int by) { return (v << by) | (v >> (64 - by)); }
  void mix(std::uint64_t word) {
    first_ = rotate(first_ ^ (word * 0x9e3779b97f4a7c15ULL), 31) * 0xbf58476d1ce4e5b9ULL;
    second_ = rotate(second_ + (word ^ 0xc2b2ae3d27d4eb4fULL) * 0x94d049bb133111ebULL, 27) * 0x165667b19e3779f9ULL + 1;
  }
  std::uint64_t first_ = 0xcbf29ce484222325ULL;
  std::uint64_t second_ = 0x243f6a8885a308d3ULL;
};


// The snapshot file: kMagic, then the fingerprint, then the trees and the
// alternatives as length-prefixed fields (native byte order: a snapshot is
// only ever read by the build that wrote it, which the fingerprint names).
class Writer {
 public:
  void number(std::uint64_t n) { out_.append(reinterpret_cast<const char*>(&n), sizeof n); }
  void text(std::string_view s) {
    number(s.size());
    out_.append(s);
  }
  void node(const YAML::Node& n) {
    switch (n.Type()) {
      case YAML::NodeType::Scalar:
        number(1);
        text(n.Tag());
        text(n.Scalar());
        return;
      case YAML::NodeType::Sequence:
        number(2);
        number(n.size());
        for (const YAML::Node& item : n) node(item);
        return;
      case YAML::NodeType::Map:
        number(3);
        number(n.size());
        for (const auto& kv : n) {
          node(kv.first);
          node(kv.second);
        }
        return;
      default:  // null, or undefined (which a parsed tree does not hold)
        number(0);
        return;
    }
  }
  // A rule file's tree, its `examples` written as one scalar tagged
  // kDeferredExamplesTag that holds their tree encoded as node() does.
  void rule_root(const YAML::Node& root) {
    if (!root.IsMap()) return node(root);
    number(3);
    number(root.size());
    for (const auto& kv : root) {
      node(kv.first);
      if (kv.first.IsScalar() && kv.first.Scalar() == "examples") {
        Writer examples;
        examples.node(kv.second);
        number(1);
        text(kDeferredExamplesTag);
        text(examples.bytes());
      } else {
        node(kv.second);
      }
    }
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Reads what Writer wrote; any inconsistency (a truncated or foreign file)
// makes ok() false and the snapshot is not used.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  std::uint64_t number() {
    std::uint64_t n = 0;
    if (in_.size() - pos_ < sizeof n) return fail();
    std::memcpy(&n, in_.data() + pos_, sizeof n);
    pos_ += sizeof n;
    return n;
  }
  // A count of things each at least `min_bytes` long: never more than what is left.
  std::uint64_t count(std::size_t min_bytes) {
    const std::uint64_t n = number();
    if (n > (in_.size() - pos_) / min_bytes) return fail();
    return n;
  }
  std::string text() {
    const std::uint64_t n = number();
    if (n > in_.size() - pos_) return fail(), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A tree is built from the top down: each container joins its parent
  // while still empty, and is then filled. yaml-cpp copies a node's whole
  // bookkeeping into the parent it joins, so a subtree built first and then
  // attached was copied once per level above it (most of a cached load).
  YAML::Node node() {
    YAML::Node root;
    const std::uint64_t type = number();
    if (type == 2 || type == 3) {
      root = YAML::Node(type == 2 ? YAML::NodeType::Sequence : YAML::NodeType::Map);
      fill(root, type, 1);
    } else {
      root = leaf(type);
    }
    return root;
  }

 private:
  YAML::Node leaf(std::uint64_t type) {
    switch (type) {
      case 0:
        return YAML::Node(YAML::NodeType::Null);
      case 1: {
        std::string tag = text();
        YAML::Node scalar(text());
        scalar.SetTag(tag);
        return scalar;
      }
      default:
        return fail(), YAML::Node();
    }
  }

  // The next node, attached to `parent` by `attach` before it is filled.
  template <class Attach>
  void child(int depth, const Attach& attach) {
    const std::uint64_t type = number();
    if (type != 2 && type != 3) {
      attach(leaf(type));
      return;
    }
    YAML::Node container(type == 2 ? YAML::NodeType::Sequence : YAML::NodeType::Map);
    attach(container);
    fill(container, type, depth + 1);
  }

  void fill(YAML::Node& container, std::uint64_t type, int depth) {
    if (depth > 64) return void(fail());  // rule files are a few levels deep
    if (type == 2) {
      for (std::uint64_t i = 0, n = count(8); ok_ && i < n; ++i)
        child(depth, [&](const YAML::Node& item) { container.push_back(item); });
      return;
    }
    for (std::uint64_t i = 0, n = count(16); ok_ && i < n; ++i) {
      YAML::Node key;
      child(depth, [&](const YAML::Node& k) { key = k; });
      if (!ok_) return;
      child(depth, [&](const YAML::Node& value) { container.force_insert(key, value); });
    }
  }

  std::uint64_t fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

void write_requirements(Writer& w, const Requirements& r) {
  w.number(r.size());
  for (const auto& clause : r) {
    w.number(clause.size());
    for (const std::string& literal : clause) w.text(literal);
  }
}

Requirements read_requirements(Reader& r) {
  Requirements out;
  const std::uint64_t n = r.count(8);
  out.reserve(n);
  for (std::uint64_t i = 0; r.ok() && i < n; ++i) {
    std::vector<std::string>& clause = out.emplace_back();
    const std::uint64_t m = r.count(8);
    clause.reserve(m);
    for (std::uint64_t k = 0; r.ok() && k < m; ++k) clause.push_back(r.text());
  }
  return out;
}

}  // namespace

YAML::Node read_deferred_tree(std::string_view bytes) {
  Reader r(bytes);
  YAML::Node tree = r.node();
  if (!r.ok() || !r.at_end()) return YAML::Node();
  return tree;
}

PackCache PackCache::from_environment() {
  if (const char* dir = std::getenv("TACTFUL_CACHE_DIR")) return PackCache(dir);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return PackCache(std::string(xdg) + "/tactful");
  if (const char* home = std::getenv("HOME"); home && *home == '/') return PackCache(std::string(home) + "/.cache/tactful");
  return PackCache("");
}

std::optional<std::string> PackCache::fingerprint(const std::vector<std::pair<std::string, std::string>>& files) {
  // The binary: its size, inode and times stand for its build.
  struct stat self{};
  if (stat("/proc/self/exe", &self) != 0) return std::nullopt;
  Fingerprint f;
  f.add(kMagic);
  for (std::uint64_t n : {static_cast<std::uint64_t>(self.st_size), static_cast<std::uint64_t>(self.st_ino),
                          static_cast<std::uint64_t>(self.st_mtim.tv_sec), static_cast<std::uint64_t>(self.st_mtim.tv_nsec),
                          static_cast<std::uint64_t>(self.st_ctim.tv_sec), static_cast<std::uint64_t>(self.st_ctim.tv_nsec)})
    f.add_number(n);
  f.add_number(files.size());
  for (const auto& [name, text] : files) {
    f.add(name);
    f.add(text);
  }
  return f.hex();
}

std::uint64_t alternatives_key(const std::vector<std::string>& phrases, const std::vector<std::string>& patterns) {
  Fingerprint f;
  for (const auto* list : {&phrases, &patterns}) {
    f.add_number(list->size());
    for (const std::string& s : *list) f.add(s);
  }
  return f.value();
}

std::string PackCache::snapshots_folder() const { return folder_ + "/packs"; }

std::optional<PackSnapshot> PackCache::find(const std::string& fingerprint) const {
  if (folder_.empty() || fingerprint.empty()) return std::nullopt;
  const std::string path = snapshots_folder() + "/" + fingerprint;
  std::string bytes;
  if (read_file_bytes(path, kMaxSnapshotBytes, bytes) != FileRead::ok) return std::nullopt;

  std::string_view view(bytes);
  if (!view.starts_with(kMagic)) return std::nullopt;
  Reader r(view.substr(kMagic.size()));
  if (r.text() != fingerprint) return std::nullopt;
  PackSnapshot snapshot;
  for (std::uint64_t i = 0, n = r.count(8); r.ok() && i < n; ++i) snapshot.roots.push_back(r.node());
  for (std::uint64_t i = 0, n = r.count(16); r.ok() && i < n; ++i) {
    auto& [key, parts] = snapshot.alternatives.emplace_back();
    key = r.number();
    for (std::uint64_t k = 0, m = r.count(24); r.ok() && k < m; ++k) {
      PhraseRegex& part = parts.emplace_back();
      part.regex = r.text();
      part.required = read_requirements(r);
      part.from_phrase = r.number() != 0;
    }
  }
  if (!r.ok() || !r.at_end()) return std::nullopt;
  return snapshot;
}

void PackCache::store(const std::string& fingerprint, const PackSnapshot& snapshot) const {
  if (folder_.empty() || fingerprint.empty()) return;
  Writer w;
  w.text(fingerprint);
  w.number(snapshot.roots.size());
  for (const YAML::Node& root : snapshot.roots) w.rule_root(root);
  w.number(snapshot.alternatives.size());
  for (const auto& [key, parts] : snapshot.alternatives) {
    w.number(key);
    w.number(parts.size());
    for (const PhraseRegex& part : parts) {
      w.text(part.regex);
      write_requirements(w, part.required);
      w.number(part.from_phrase ? 1 : 0);
    }
  }

  std::error_code ec;
  const fs::path folder = snapshots_folder();
  fs::create_directories(folder, ec);
  if (ec) return;
  // Written whole under a name of its own, then renamed: a reader never
  // sees half a snapshot, and two processes storing at once do no harm.
  const fs::path final_path = folder / fingerprint;
  const fs::path temporary = folder / (fingerprint + "." + std::to_string(::getpid()) + ".tmp");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(kMagic.data(), static_cast<std::streamsize>(kMagic.size()));
    out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
    if (!out.flush()) {
      out.close();
      fs::remove(temporary, ec);
      return;
    }
  }
  fs::rename(temporary, final_path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return;
  }
  // Forget the oldest snapshots beyond the limit.
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const auto when = it->last_write_time(ec);
    if (!ec) entries.emplace_back(when, it->path());
  }
  if (entries.size() <= kMaxSnapshots) return;
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0; i + kMaxSnapshots < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

}  // namespace tactful::check

#include "check/regex_requirements.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace tactful::check {
namespace {

// One element of a sequence: a letter or digit, anything else (a class, an
// escape, '.', an anchor, punctuation), or a group with what it requires.
struct Item {
  enum class Kind { literal, other, group } kind = Kind::other;
  char c = 0;
  Requirements required;
  bool optional = false;  // ?, *, {0,n}
  bool repeated = false;  // +, {n,m}: present, but what follows may be it again
};

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  // Alternatives up to ')' or the end: all of one alternative's clauses, or
  // for several, one clause of the narrowest of each.
  Requirements alternation() {
    std::vector<Requirements> alternatives;
    while (ok_) {
      alternatives.push_back(sequence());
      if (pos_ < s_.size() && s_[pos_] == '|') {
        ++pos_;
        continue;
      }
      break;
    }
    if (!ok_) return {};
    if (alternatives.size() == 1) return alternatives.front();
    std::vector<std::string> clause;
    for (const Requirements& r : alternatives) {
      if (r.empty()) return {};
      for (const std::string& literal : narrowest_clause(r))
        if (std::find(clause.begin(), clause.end(), literal) == clause.end()) clause.push_back(literal);
    }
    return {clause};
  }

  bool at_end() const { return pos_ >= s_.size(); }
  bool ok() const { return ok_; }

 private:
  Requirements sequence() {
    std::vector<Item> items;
    while (ok_ && pos_ < s_.size() && s_[pos_] != '|' && s_[pos_] != ')') {
      const char c = s_[pos_];
      if (c == '*' || c == '+' || c == '?' || (c == '{' && quantifier_ahead())) {
        if (items.empty()) return give_up();
        quantify(items.back());
        continue;
      }
      Item item;
      if (c == '(') {
        const Group read = group(item);
        if (read == Group::failed) return give_up();
        if (read == Group::flags) continue;  // (?i) and the like match nothing
      } else if (c == '[') {
        if (!skip_class()) return give_up();
      } else if (c == '\\') {
        if (!skip_escape()) return give_up();
      } else {
        ++pos_;
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
          item.kind = Item::Kind::literal;
          item.c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
      }
      items.push_back(std::move(item));
    }
    if (!ok_) return {};
    Requirements out;
    std::string run;
    const auto flush = [&] {
      if (run.size() >= 2) out.push_back({run});
      run.clear();
    };
    for (Item& item : items) {
      if (item.optional) {
        flush();
        continue;
      }
      switch (item.kind) {
        case Item::Kind::literal:
          run += item.c;
          if (item.repeated) flush();
          break;
        case Item::Kind::other: flush(); break;
        case Item::Kind::group:
          flush();
          for (auto& clause : item.required) out.push_back(std::move(clause));
          break;
      }
    }
    flush();
    return out;
  }

  enum class Group { failed, flags, group };

  // At '(': a group of any kind, or a flag setting such as (?i).
  Group group(Item& item) {
    ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '?') {
      ++pos_;
      if (s_.substr(pos_, 2) == "P<" || (pos_ < s_.size() && s_[pos_] == '<')) {
        const std::size_t close = s_.find('>', pos_);
        if (close == std::string_view::npos) return Group::failed;
        pos_ = close + 1;
      } else {
        while (pos_ < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '-')) ++pos_;
        if (pos_ >= s_.size()) return Group::failed;
        if (s_[pos_] == ')') {
          ++pos_;
          return Group::flags;
        }
        if (s_[pos_] != ':') return Group::failed;
        ++pos_;
      }
    }
    if (++depth_ > kMaxDepth) return Group::failed;
    item.required = alternation();
    --depth_;
    if (!ok_ || pos_ >= s_.size() || s_[pos_] != ')') return Group::failed;
    ++pos_;
    item.kind = Item::Kind::group;
    return Group::group;
  }

  // At '{': whether it starts {n}, {n,} or {n,m} (else RE2 reads a literal '{').
  bool quantifier_ahead() const {
    std::size_t i = pos_ + 1;
    const std::size_t digits = i;
    while (i < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i]))) ++i;
    if (i == digits) return false;
    if (i < s_.size() && s_[i] == ',') {
      ++i;
      while (i < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i]))) ++i;
    }
    return i < s_.size() && s_[i] == '}';
  }

  void quantify(Item& item) {
    const char c = s_[pos_];
    if (c == '{') {
      const std::size_t close = s_.find('}', pos_);
      const std::string_view body = s_.substr(pos_ + 1, close - pos_ - 1);  // n, "n," or "n,m"
      const std::string_view least = body.substr(0, body.find(','));
      if (std::all_of(least.begin(), least.end(), [](char d) { return d == '0'; })) item.optional = true;
      else if (body != "1" && body != "1,1") item.repeated = true;
      pos_ = close + 1;
    } else {
      if (c == '*' || c == '?') item.optional = true;
      else item.repeated = true;
      ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == '?' || s_[pos_] == '+')) ++pos_;  // lazy or possessive
  }

  // At '[': past the matching ']'.
  bool skip_class() {
    ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '^') ++pos_;
    if (pos_ < s_.size() && s_[pos_] == ']') ++pos_;  // a leading ']' is literal
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == ']') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        if (!skip_escape()) return false;
        continue;
      }
      if (c == '[' && s_.substr(pos_, 2) == "[:") {
        const std::size_t close = s_.find(":]", pos_ + 2);
        if (close == std::string_view::npos) return false;
        pos_ = close + 2;
        continue;
      }
      ++pos_;
    }
    return false;
  }

  // At '\': past the whole escape (\x{...}, \p{...}, \pL, \d, \., octal).
  bool skip_escape() {
    if (pos_ + 1 >= s_.size()) return false;
    const char e = s_[pos_ + 1];
    pos_ += 2;
    if (e == 'Q' || e == 'E') return false;  // quoted text: not followed
    if (e == 'x' || e == 'p' || e == 'P') {
      if (pos_ < s_.size() && s_[pos_] == '{') {
        const std::size_t close = s_.find('}', pos_);
        if (close == std::string_view::npos) return false;
        pos_ = close + 1;
      } else {
        pos_ += e == 'x' ? 2 : 1;
      }
    } else if (e >= '0' && e <= '7') {
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7') ++pos_;
    }
    return pos_ <= s_.size();
  }

  Requirements give_up() {
    ok_ = false;
    return {};
  }

  static constexpr int kMaxDepth = 64;

  std::string_view s_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  bool ok_ = true;
};

}  // namespace

Requirements regex_requirements(std::string_view pattern) {
  Reader reader(pattern);
  Requirements out = reader.alternation();
  // A stray ')' or anything left over: not a pattern this reader follows.
  if (!reader.ok() || !reader.at_end()) return {};
  return out;
}

}  // namespace tactful::check

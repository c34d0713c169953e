#include "check/regex_requirements.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace tactful::check {
namespace {

// Past this many, the word pairs of two neighbours narrow too little to keep.
constexpr std::size_t kMaxWordPairs = 64;

// One element of a sequence: a letter or digit, a gap (\s, a space, a class
// of only the characters literal_view makes a space), an anchor or \b (no
// character), anything else (a class, an escape, '.', punctuation), or a
// group with what it requires.
struct Item {
  enum class Kind { literal, gap, zero_width, other, group } kind = Kind::other;
  char c = 0;
  Requirements required;
  // A group's: the runs of letters one of which starts (ends) every match,
  // when every alternative has them.
  std::vector<std::string> firsts, lasts;
  bool optional = false;  // ?, *, {0,n}
  bool repeated = false;  // +, {n,m}: present, but what follows may be it again
};

// What a sequence or an alternation requires, and the runs that start and end it.
struct Reading {
  Requirements required;
  std::vector<std::string> firsts, lasts;
};

// Whether the class text between '[' and ']' holds only gap characters: ' ',
// '\t', '-', '/', \s, \t, \n, \r, \f, \-, \/ (and no range, no negation).
bool is_gap_class(std::string_view body) {
  if (body.empty() || body.front() == '^') return false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\\') {
      if (i + 1 >= body.size() || std::string_view("stnrf-/").find(body[i + 1]) == std::string_view::npos) return false;
      ++i;
    } else if (c == '-') {
      if (i != 0 && i + 1 != body.size()) return false;  // a range
    } else if (c != ' ' && c != '\t' && c != '/') {
      return false;
    }
  }
  return true;
}

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  // Alternatives up to ')' or the end: all of one alternative's clauses, or
  // for several, one clause of the narrowest of each.
  Reading alternation() {
    std::vector<Reading> alternatives;
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
    Reading out;
    const auto add = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
      for (const std::string& w : from)
        if (std::find(to.begin(), to.end(), w) == to.end()) to.push_back(w);
    };
    bool every_first = true, every_last = true;
    for (const Reading& r : alternatives) {
      every_first = every_first && !r.firsts.empty();
      every_last = every_last && !r.lasts.empty();
      add(out.firsts, r.firsts);
      add(out.lasts, r.lasts);
    }
    if (!every_first) out.firsts.clear();
    if (!every_last) out.lasts.clear();
    std::vector<std::string> clause;
    for (const Reading& r : alternatives) {
      if (r.required.empty()) return out;
      add(clause, narrowest_clause(r.required));
    }
    out.required = {clause};
    return out;
  }

  bool at_end() const { return pos_ >= s_.size(); }
  bool ok() const { return ok_; }

 private:
  Reading sequence() {
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
        const std::size_t open = pos_;
        if (!skip_class()) return give_up();
        if (is_gap_class(s_.substr(open + 1, pos_ - open - 2))) item.kind = Item::Kind::gap;
      } else if (c == '\\') {
        const char e = pos_ + 1 < s_.size() ? s_[pos_ + 1] : 0;
        if (!skip_escape()) return give_up();
        if (e == 's') item.kind = Item::Kind::gap;
        else if (e == 'b' || e == 'B' || e == 'A' || e == 'z') item.kind = Item::Kind::zero_width;
      } else {
        ++pos_;
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
          item.kind = Item::Kind::literal;
          item.c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (c == ' ') {
          item.kind = Item::Kind::gap;
        } else if (c == '^' || c == '$') {
          item.kind = Item::Kind::zero_width;
        }
      }
      items.push_back(std::move(item));
    }
    if (!ok_) return {};
    // The sequence as units: runs of letters, gaps, groups and breaks (what
    // holds other characters or none). A run or group, a gap, and a run or
    // group again require one of their word pairs, as literal_view shows them.
    struct Unit {
      enum class Kind { run, gap, group, other } kind;
      std::vector<std::string> firsts, lasts;  // for a run: itself (lasts only when its last letter is not repeated)
    };
    Reading out;
    std::vector<Unit> units;
    std::string run;
    const auto flush = [&](bool last_repeated) {
      if (run.empty()) return;
      if (run.size() >= 2) out.required.push_back({run});
      units.push_back({Unit::Kind::run, {run}, last_repeated ? std::vector<std::string>{} : std::vector<std::string>{run}});
      run.clear();
    };
    for (Item& item : items) {
      if (item.optional) {
        flush(false);
        units.push_back({Unit::Kind::other, {}, {}});
        continue;
      }
      switch (item.kind) {
        case Item::Kind::literal:
          run += item.c;
          if (item.repeated) flush(true);
          break;
        case Item::Kind::zero_width: flush(false); break;
        case Item::Kind::gap:
          flush(false);
          units.push_back({Unit::Kind::gap, {}, {}});
          break;
        case Item::Kind::other:
          flush(false);
          units.push_back({Unit::Kind::other, {}, {}});
          break;
        case Item::Kind::group:
          flush(false);
          for (auto& clause : item.required) out.required.push_back(std::move(clause));
          units.push_back({Unit::Kind::group, std::move(item.firsts), std::move(item.lasts)});
          break;
      }
    }
    flush(false);
    for (std::size_t i = 1; i + 1 < units.size(); ++i) {
      if (units[i].kind != Unit::Kind::gap) continue;
      const auto& ending = units[i - 1].lasts;
      const auto& starting = units[i + 1].firsts;
      if (ending.empty() || starting.empty() || ending.size() * starting.size() > kMaxWordPairs) continue;
      std::vector<std::string> pairs;
      for (const std::string& a : ending)
        for (const std::string& b : starting) pairs.push_back(a + ' ' + b);
      out.required.push_back(std::move(pairs));
    }
    if (!units.empty() && (units.front().kind == Unit::Kind::run || units.front().kind == Unit::Kind::group))
      out.firsts = units.front().firsts;
    if (!units.empty() && (units.back().kind == Unit::Kind::run || units.back().kind == Unit::Kind::group))
      out.lasts = units.back().lasts;
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
    Reading read = alternation();
    item.required = std::move(read.required);
    item.firsts = std::move(read.firsts);
    item.lasts = std::move(read.lasts);
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

  Reading give_up() {
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
  Requirements out = reader.alternation().required;
  // A stray ')' or anything left over: not a pattern this reader follows.
  if (!reader.ok() || !reader.at_end()) return {};
  return out;
}

}  // namespace tactful::check

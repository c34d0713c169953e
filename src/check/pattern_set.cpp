#include "check/pattern_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdlib>
#include <algorithm>
#include <unordered_map>

namespace tactful::check {
namespace {

// Rule patterns are bounded so that a hostile rule pack cannot take the
// process's memory: RE2 itself guarantees linear-time matching.
constexpr std::size_t kMaxPatternBytes = 64 * 1024;
constexpr int64_t kRegexMemory = 8 << 20;
constexpr int64_t kSetMemory = 64 << 20;

RE2::Options options(int64_t memory) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(memory);
  return o;
}

RE2::Options literal_options() {
  RE2::Options o = options(kSetMemory);
  o.set_literal(true);
  o.set_case_sensitive(true);  // the text is lower-cased instead
  return o;
}

// Characters that RE2's (?i) folds to an ASCII letter, which lower-casing the
// text as ASCII would miss: KELVIN SIGN (k) and LATIN SMALL LETTER LONG S (s).
bool has_fold_to_ascii(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos || text.find("\xC5\xBF") != std::string_view::npos;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

struct PatternSet::Impl {
  // Raw patterns and phrases without anchors, searched as they are.
  re2::RE2::Set regexes{options(kSetMemory), RE2::UNANCHORED};
  std::vector<int> regex_owner;  // regex set index -> pattern id
  std::size_t regex_count = 0;
  // Every distinct literal of the phrases' requirements, searched in the
  // lower-cased text; per phrase, its clauses as literal indices.
  re2::RE2::Set literals{literal_options(), RE2::UNANCHORED};
  std::unordered_map<std::string, int> literal_index;
  std::vector<std::pair<int, std::vector<std::vector<int>>>> phrase_clauses;  // pattern id, clauses
};

PatternSet::PatternSet() : set_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

Expected<int> PatternSet::add(const PhraseRegex& alternative) {
  const std::string& regex = alternative.regex;
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  const int id = static_cast<int>(count_);
  Impl& impl = *set_;
  if (!alternative.required.empty()) {
    std::vector<std::vector<int>> clauses;
    for (const auto& clause : alternative.required) {
      std::vector<int>& indices = clauses.emplace_back();
      for (const std::string& literal : clause) {
        auto [it, added] = impl.literal_index.try_emplace(literal, static_cast<int>(impl.literal_index.size()));
        if (added) {
          std::string error;
          if (impl.literals.Add(literal, &error) < 0) return fail("bad phrase: " + error);
        }
        indices.push_back(it->second);
      }
    }
    impl.phrase_clauses.emplace_back(id, std::move(clauses));
  } else {
    std::string error;
    if (impl.regexes.Add(regex, &error) < 0) return fail("bad pattern: " + error);
    impl.regex_owner.push_back(id);
    ++impl.regex_count;
  }
  ++count_;
  return id;
}

Expected<void> PatternSet::compile() {
  compiled_ = false;
  if (count_ == 0) return {};
  Impl& impl = *set_;

  if (impl.regex_count > 0 && !impl.regexes.Compile())
    return fail("the rules' patterns are too large to compile together (RE2 memory limit)");
  if (!impl.literal_index.empty() && !impl.literals.Compile())
    return fail("the rules' phrases are too many to compile together (RE2 memory limit)");
  compiled_ = true;
  return {};
}

bool prefilter_disabled() {
  // Read once: the fast-path agreement test runs the binary both ways.
  static const bool disabled = [] {
    const char* env = std::getenv("TACTFUL_NO_PREFILTER");
    return env && *env && std::string_view(env) != "0";
  }();
  return disabled;
}

PatternHits PatternSet::match(std::string_view text, const std::vector<TextRange>& ranges) const {
  if (prefilter_disabled()) return PatternHits::everything();
  std::vector<bool> hits(count_, false);
  if (!compiled_) return PatternHits(std::move(hits));
  const Impl& impl = *set_;
  if (!impl.phrase_clauses.empty() && has_fold_to_ascii(text)) return PatternHits::everything();
  std::vector<bool> literal_hits(impl.literal_index.size(), false);
  std::vector<int> ids;
  // False when the set ran out of DFA memory: then every rule looks for itself.
  const auto run = [&](const re2::RE2::Set& set, std::string_view in, const auto& mark) {
    ids.clear();
    re2::RE2::Set::ErrorInfo info;
    if (!set.Match(in, &ids, &info) && info.kind != re2::RE2::Set::kNoError) return false;
    for (int i : ids) mark(static_cast<std::size_t>(i));
    return true;
  };
  for (const TextRange& r : ranges) {
    if (impl.regex_count > 0 &&
        !run(impl.regexes, r.in(text), [&](std::size_t i) { hits[static_cast<std::size_t>(impl.regex_owner[i])] = true; }))
      return PatternHits::everything();
    if (!impl.literal_index.empty() &&
        !run(impl.literals, ascii_lower(r.in(text)), [&](std::size_t i) { literal_hits[i] = true; }))
      return PatternHits::everything();
  }
  for (const auto& [id, clauses] : impl.phrase_clauses)
    hits[static_cast<std::size_t>(id)] = std::all_of(clauses.begin(), clauses.end(), [&](const std::vector<int>& clause) {
      return std::any_of(clause.begin(), clause.end(), [&](int i) { return literal_hits[static_cast<std::size_t>(i)]; });
    });
  return PatternHits(std::move(hits));
}

const re2::RE2* LazyRegex::get() const {
  std::call_once(once_, [&] {
    if (auto compiled = compile_regex(regex_)) re_ = *compiled;
  });
  return re_.get();
}

Expected<std::shared_ptr<const re2::RE2>> compile_regex(const std::string& regex) {
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  auto re = std::make_shared<const re2::RE2>(regex, options(kRegexMemory));
  if (!re->ok()) return fail("bad pattern: " + re->error());
  return re;
}

void for_each_match(const re2::RE2& re, std::string_view text, TextRange range,
                    const std::function<bool(TextRange)>& visit) {
  const re2::StringPiece input(text.data(), text.size());
  std::size_t pos = range.begin;
  const std::size_t end = std::min(range.end, text.size());
  re2::StringPiece m;
  while (pos <= end && re.Match(input, pos, end, RE2::UNANCHORED, &m, 1)) {
    const std::size_t b = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t e = b + m.size();
    if (!visit({b, e})) return;
    pos = e > b ? e : e + 1;
  }
}

std::vector<TextRange> find_all(const re2::RE2& re, std::string_view text, TextRange range) {
  std::vector<TextRange> out;
  for_each_match(re, text, range, [&](TextRange m) {
    out.push_back(m);
    return true;
  });
  return out;
}

}  // namespace tactful::check

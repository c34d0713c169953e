#include "check/pattern_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdlib>

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

}  // namespace

struct PatternSet::Impl {
  re2::RE2::Set set{options(kSetMemory), RE2::UNANCHORED};
};

PatternSet::PatternSet() : set_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

Expected<int> PatternSet::add(const std::string& regex) {
  if (regex.size() > kMaxPatternBytes) return fail("pattern is larger than 64 KiB");
  std::string error;
  const int id = set_->set.Add(regex, &error);
  if (id < 0) return fail("bad pattern: " + error);
  ++count_;
  return id;
}

Expected<void> PatternSet::compile() {
  if (count_ == 0) {
    compiled_ = false;
    return {};
  }
  if (!set_->set.Compile()) return fail("the rules' patterns are too large to compile together (RE2 memory limit)");
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
  std::vector<int> ids;
  for (const TextRange& r : ranges) {
    ids.clear();
    re2::RE2::Set::ErrorInfo info;
    if (!set_->set.Match(r.in(text), &ids, &info) && info.kind != re2::RE2::Set::kNoError) {
      return PatternHits::everything();  // out of DFA memory: let every rule look for itself
    }
    for (int id : ids) hits[static_cast<std::size_t>(id)] = true;
  }
  return PatternHits(std::move(hits));
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

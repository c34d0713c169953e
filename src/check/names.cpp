#include "check/names.h"

#include <algorithm>

#include "text/document.h"
#include "text/fold.h"

namespace tactful::check {

std::vector<std::string_view> words_of(std::string_view text) {
  const std::vector<TextRange> ranges = word_ranges(text);
  std::vector<std::string_view> out;
  out.reserve(ranges.size());
  for (const TextRange& r : ranges) out.push_back(r.in(text));
  return out;
}

Person person_of(const Address& address, const std::vector<std::string>& titles) {
  Person p = person_of(std::string_view(address.name), titles);
  p.email = address.email;
  return p;
}

Person person_of(std::string_view text, const std::vector<std::string>& titles) {
  Person p;
  if (const std::size_t lt = text.find('<'); lt != std::string_view::npos) {
    if (const std::size_t gt = text.find('>', lt); gt != std::string_view::npos) p.email = text.substr(lt + 1, gt - lt - 1);
    text = text.substr(0, lt);
  }
  // A display name that is only an address says nothing about a name.
  if (text.find('@') != std::string_view::npos) return p;
  p.display = std::string(text);
  while (!p.display.empty() && (p.display.back() == ' ' || p.display.back() == '"')) p.display.pop_back();
  while (!p.display.empty() && (p.display.front() == ' ' || p.display.front() == '"')) p.display.erase(0, 1);
  // "Lee, Ann": the given name comes after the comma.
  std::string ordered = p.display;
  if (const std::size_t comma = ordered.find(','); comma != std::string::npos && ordered.find(',', comma + 1) == std::string::npos)
    ordered = ordered.substr(comma + 1) + " " + ordered.substr(0, comma);
  for (std::string_view w : words_of(ordered)) {
    std::string f = text::fold(w);
    if (std::find(titles.begin(), titles.end(), f) != titles.end()) continue;
    p.parts.emplace_back(w);
    p.folded.push_back(std::move(f));
  }
  return p;
}

}  // namespace tactful::check

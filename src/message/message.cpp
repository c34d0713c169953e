#include "message/message.h"

#include <strings.h>

namespace tactful {

const Header* Message::header(std::string_view name) const {
  for (const Header& h : headers)
    if (h.name.size() == name.size() && strncasecmp(h.name.data(), name.data(), name.size()) == 0)
      return &h;
  return nullptr;
}

const std::vector<TextRange>& Message::regions_of(RegionKind kind) const {
  return regions_by_kind_[static_cast<std::size_t>(kind)];
}

void Message::index_regions() {
  for (auto& ranges : regions_by_kind_) ranges.clear();
  writers_regions_.clear();
  for (const Region& r : regions) {
    regions_by_kind_[static_cast<std::size_t>(r.kind)].push_back(r.range);
    if (r.kind == RegionKind::greeting || r.kind == RegionKind::new_text || r.kind == RegionKind::signature)
      writers_regions_.push_back(r.range);
  }
}

TextRange Message::whole_message_anchor() const {
  if (const Header* subject = header("Subject")) return subject->line;
  std::size_t end = source.find('\n');
  if (end == std::string::npos) end = source.size();
  if (end > 0 && source[end - 1] == '\r') --end;
  return {0, end};
}

TextRange Message::to_source(TextRange r) const {
  const std::size_t begin = map.to_source(r.begin);
  if (r.empty()) return {begin, begin};
  const std::size_t end = map.to_source(r.end - 1) + 1;
  return {begin, end < begin ? begin : end};
}

}  // namespace tactful

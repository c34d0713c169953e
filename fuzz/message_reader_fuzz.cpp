// The message readers (plain draft, header block, front matter, MIME through
// GMime, mbox splitting) on arbitrary bytes. Beyond not crashing, every range a
// reader hands on must lie inside the text it indexes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "message/reader.h"

using namespace tactful;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string name = fuzz::input_name(data[0]);
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  for (const Message& m : read_messages(name, std::move(bytes))) {
    for (const Region& r : m.regions) FUZZ_CHECK(r.range.begin <= r.range.end && r.range.end <= m.body.size());
    for (const Header& h : m.headers) {
      FUZZ_CHECK(h.line.begin <= h.line.end && h.line.end <= m.source.size());
      FUZZ_CHECK(h.value_range.end <= m.source.size());
    }
    for (const InputNotice& n : m.notices) FUZZ_CHECK(n.range.begin <= n.range.end);
    const TextRange anchor = m.whole_message_anchor();
    FUZZ_CHECK(anchor.begin <= anchor.end && anchor.end <= m.source.size());
    for (const Region& r : m.regions) {
      const TextRange s = m.to_source(r.range);
      FUZZ_CHECK(s.begin <= m.source.size() + 1);
    }
  }
  return 0;
}

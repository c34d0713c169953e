// The message readers (plain draft, header block, front matter, MIME through
// GMime or the simple reader, mbox splitting) on arbitrary bytes. Beyond not
// crashing, every range a reader hands on must lie inside the text it
// indexes, and where the simple MIME and address readers take an input they
// must read it as GMime does.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "message/header_block.h"
#include "message/mime_reader.h"
#include "message/reader.h"
#include "message/simple_address.h"
#include "message/simple_mime.h"

using namespace tactful;

namespace {

void check_simple_readers_agree_with_gmime(const std::string& bytes) {
  Message simple, gmime;
  simple.source = gmime.source = bytes;
  const HeaderBlock block = scan_header_block(simple.source, false);
  for (const RawHeader& field : block.fields)
    if (const auto addresses = parse_simple_addresses(field.raw_value)) {
      const std::vector<Address> reference = parse_addresses(field.raw_value);
      FUZZ_CHECK(addresses->size() == reference.size());
      for (std::size_t i = 0; i < reference.size(); ++i)
        FUZZ_CHECK((*addresses)[i].name == reference[i].name && (*addresses)[i].email == reference[i].email);
    }
  if (!read_simple_mime(simple, block)) return;
  FUZZ_CHECK(read_mime(gmime));
  FUZZ_CHECK(simple.body == gmime.body);
  FUZZ_CHECK(simple.map.exact() == gmime.map.exact());
  for (std::size_t i = 0; i <= simple.body.size(); ++i) FUZZ_CHECK(simple.map.to_source(i) == gmime.map.to_source(i));
  FUZZ_CHECK(gmime.attachments.empty() && simple.notices.size() == gmime.notices.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string name = fuzz::input_name(data[0]);
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  check_simple_readers_agree_with_gmime(bytes);
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

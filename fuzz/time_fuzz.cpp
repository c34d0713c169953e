// The date parsers on arbitrary text: ISO 8601 (command line, config, front
// matter), RFC 5322 Date headers, dates in reply attribution lines, and the
// calendar arithmetic and formatting applied to whatever they return.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "support/time.h"

using namespace tactful;

namespace {

void use(const std::optional<Instant>& t) {
  if (!t) return;
  format_instant(*t);
  format_day(*t);
  const CivilDate d = civil_from_days(local_day(*t));
  FUZZ_CHECK(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31 && d.weekday <= 6);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  // The first two bytes are the reader's zone, in minutes (-720..+840).
  const int offset = (data[0] << 8 | data[1]) % 1561 - 720;
  const std::string text(reinterpret_cast<const char*>(data + 2), size - 2);
  use(parse_iso8601(text));
  use(parse_rfc5322_date(text));
  use(parse_time(text));
  use(find_written_date(text, offset));
  month_from_name(text);
  weekday_from_name(text);
  return 0;
}

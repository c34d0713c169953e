// WarmUp compiles the static regexes on a thread of its own while the caller
// goes on: a message read and classified meanwhile, by as many threads as
// like, gets the answers it gets without it, and destroying a WarmUp waits
// for its thread (the sanitizer build would see a race or a leak).
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "engine/classify.h"
#include "engine/warm_up.h"
#include "message/reader.h"

using namespace tactful;

namespace {

const char* kReply =
    "Subject: Re: thank you\n\nHi Ann,\n\nThank you for taking the time to speak with me yesterday.\n\n"
    "Best,\nBo\n\nOn Mon, Nov 30, 2026 at 9:00 AM Ann Lee <ann@example.com> wrote:\n> Happy to help.\n";

std::vector<std::pair<RegionKind, std::string>> regions_of(const Message& m) {
  std::vector<std::pair<RegionKind, std::string>> out;
  for (const Region& r : m.regions) out.emplace_back(r.kind, std::string(r.range.in(m.body)));
  return out;
}

}  // namespace

TEST_CASE("messages read while the patterns warm up get the same regions and kind as without", "[engine][warm_up]") {
  const Message before = read_message("reply.eml", kReply);
  const auto expected_regions = regions_of(before);
  const MessageKind expected_kind = engine::classify(before);
  REQUIRE(expected_kind == MessageKind::thank_you);
  REQUIRE(expected_regions.size() >= 3);
  for (int round = 0; round < 3; ++round) {
    const engine::WarmUp warm_up;
    std::vector<std::thread> readers;
    std::vector<int> agreed(4, 0);
    for (std::size_t t = 0; t < agreed.size(); ++t)
      readers.emplace_back([&, t] {
        const Message m = read_message("reply.eml", kReply);
        agreed[t] = regions_of(m) == expected_regions && engine::classify(m) == expected_kind;
      });
    for (std::thread& r : readers) r.join();
    CHECK(agreed == std::vector<int>(agreed.size(), 1));
  }
}

#include "message/mbox_splitter.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

using namespace tactful;

namespace {

struct Cut {
  std::string path, bytes;
  int first_line;
  bool operator==(const Cut&) const = default;
};

std::vector<Cut> split(const std::string& text, std::size_t chunk) {
  std::size_t offset = 0;
  MboxSplitter splitter("box.mbox", [&](char* into, std::size_t room) {
    const std::size_t n = std::min(room, text.size() - offset);
    text.copy(into, n, offset);
    offset += n;
    return n;
  }, chunk);
  std::vector<Cut> out;
  while (auto entry = splitter.next()) out.push_back({entry->path, std::string(entry->bytes()), entry->first_line});
  return out;
}

// The mbox rule read line by line over the whole text: a second,
// independent statement of what the splitter must produce.
std::vector<Cut> split_by_lines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(at, end - at));
    at = end;
  }
  auto blank = [](const std::string& l) { return l == "\n" || l == "\r\n" || l.empty(); };
  std::vector<Cut> out;
  std::size_t i = 0;
  while (i < lines.size() && lines[i].back() == '\n') {  // lines[i] is a "From " line
    Cut cut{"box.mbox:" + std::to_string(out.size() + 1), "", static_cast<int>(i) + 1};
    std::size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      if (j > i + 1 && blank(lines[j - 1]) && lines[j].rfind("From ", 0) == 0) break;
      cut.bytes += lines[j];
    }
    out.push_back(cut);
    i = j;
  }
  return out;
}

const std::string kTricky =
    "From a@x Tue Dec  1 09:00:00 2026\nSubject: one\n\nHi.\nFrom the team, not a new message.\n\n"
    ">From an escaped line\n\nFrom b@x Wed Dec  2 09:00:00 2026\r\nSubject: two\r\n\r\n"
    "From c@x Wed Dec  2 10:00:00 2026\nFrom d@x right after, still message three\n\n"
    "From e@x Thu\n\nFrom f@x Fri\nno newline at the end";

}  // namespace

TEST_CASE("the mbox splitter cuts the same messages whatever the size of the pieces it reads", "[message]") {
  const std::vector<Cut> expected = split_by_lines(kTricky);
  REQUIRE(expected.size() == 5);
  CHECK(expected[1].bytes == "Subject: two\r\n\r\n");
  CHECK(expected[4].bytes == "no newline at the end");
  for (std::size_t chunk = 1; chunk <= kTricky.size() + 1; ++chunk) {
    INFO("chunk " << chunk);
    CHECK(split(kTricky, chunk) == expected);
  }
}

TEST_CASE("the mbox splitter cuts the corpus mbox as the line-by-line rule does", "[message]") {
  std::ifstream in(TACTFUL_SOURCE_DIR "/corpus/mixed/batch.mbox", std::ios::binary);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::vector<Cut> expected = split_by_lines(text.str());
  REQUIRE(expected.size() > 1);
  for (std::size_t chunk : {1, 7, 64, 4096, 1 << 16}) CHECK(split(text.str(), chunk) == expected);
}

TEST_CASE("a last From line with nothing after it is not a message, and an empty source has none", "[message]") {
  CHECK(split("", 16).empty());
  CHECK(split("From a@x Tue", 4).empty());
  const auto cuts = split("From a@x Tue\nHi.\n\nFrom b@x Wed", 3);
  REQUIRE(cuts.size() == 1);
  CHECK(cuts[0].bytes == "Hi.\n\n");
}

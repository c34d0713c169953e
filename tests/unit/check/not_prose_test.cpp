#include "check/not_prose.h"

#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <random>
#include <string>

using namespace tactful;

namespace {
bool regex_finds(const std::string& text) { return RE2::PartialMatch(text, check::not_prose()); }
}  // namespace

TEST_CASE("links, addresses, domains and inline code are not prose", "[check][spelling]") {
  const std::string text = "See https://acme.example/x, www.Acme.io, ann.lee@acme.co.uk, acme-robotics.com and `git log`.";
  const auto spans = check::not_prose_spans(text, {{0, text.size()}});
  std::vector<std::string> found;
  for (const TextRange& s : spans) found.emplace_back(s.in(text));
  CHECK(found == std::vector<std::string>{"https://acme.example/x,", "www.Acme.io,", "ann.lee@acme.co.uk", "acme-robotics.com", "`git log`"});
  for (const std::string t : {"HTTP://x", "WWW.1", "a@b.c", "x.COM", "`a`"}) {
    CAPTURE(t);
    CHECK(check::may_hold_not_prose(t));
    CHECK(regex_finds(t));
  }
}

TEST_CASE("prose without a link's characters is not searched, and holds no match", "[check][spelling]") {
  for (const std::string t : {"Thanks for your time. I hope to hear back soon!", "It was 3.5 hours: long.", "", "..."}) {
    CAPTURE(t);
    CHECK_FALSE(check::may_hold_not_prose(t));
    CHECK_FALSE(regex_finds(t));
  }
  CHECK(check::not_prose_spans("Plain words. More words.", {{0, 24}}).empty());
}

TEST_CASE("whatever may_hold_not_prose rules out, the regex finds nothing in", "[check][spelling]") {
  // Random texts over the characters the regex's alternatives are made of.
  const std::string alphabet = "abcwWmoCOM.:/@`-_+ \n1";
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(0, 14);
  int ruled_out = 0;
  for (int i = 0; i < 50000; ++i) {
    std::string t;
    for (std::size_t n = length(random); n > 0; --n) t += alphabet[pick(random)];
    if (check::may_hold_not_prose(t)) continue;
    ++ruled_out;
    CAPTURE(t);
    REQUIRE_FALSE(regex_finds(t));
  }
  CHECK(ruled_out > 1000);
}

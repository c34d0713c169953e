#include "message/reader.h"

#include <re2/re2.h>

#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

using namespace tactful;

namespace {
std::string region_text(const Message& m, RegionKind kind) {
  std::string out;
  for (const TextRange& r : m.regions_of(kind)) out += std::string(r.in(m.body));
  return out;
}
}  // namespace

TEST_CASE("a draft's header block is read and the body starts after the blank line", "[message]") {
  const Message m = read_message("d.txt", "Subject: Your path into UX research\nTo: Ann Lee <ann@x.org>\n\nDear Ann,\nHello.\n");
  REQUIRE(m.has_header_block);
  REQUIRE(m.header("subject"));
  CHECK(m.header("Subject")->value == "Your path into UX research");
  REQUIRE(m.to.size() == 1);
  CHECK(m.to[0].name == "Ann Lee");
  CHECK(m.body == "Dear Ann,\nHello.\n");
  CHECK(m.to_source({0, 4}).begin == m.source.find("Dear"));
}

TEST_CASE("a body-only draft has no header block", "[message]") {
  const Message m = read_message("d.txt", "Dear Ann,\nNote: I read your post.\n");
  CHECK_FALSE(m.has_header_block);
  CHECK(m.body == m.source);
}

TEST_CASE("front matter becomes headers", "[message]") {
  const Message m = read_message("d.md", "---\nsubject: \"Question about bridges\"\nto: Zoë Park\ninterview-date: 2026-11-17\n---\nHi Zoë,\n");
  REQUIRE(m.header("Subject"));
  CHECK(m.header("Subject")->value == "Question about bridges");
  REQUIRE(m.header("X-Interview-Date"));
  REQUIRE(m.to.size() == 1);
  CHECK(m.to[0].name == "Zoë Park");
  CHECK(m.body == "Hi Zoë,\n");
}

TEST_CASE("quoted-printable bodies decode with positions that land in the source", "[message]") {
  const std::string eml =
      "From: Jos\xC3\xA9 <j@x.org>\r\nTo: =?UTF-8?Q?Zo=C3=AB_Park?= <z@y.org>\r\nSubject: =?UTF-8?B?Q2Fmw6kgY2hhdA==?=\r\n"
      "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      "Hi Zo=C3=AB,\r\nA long line that wraps=\r\n softly and has any openings.\r\n";
  const Message m = read_message("m.eml", eml);
  CHECK(m.header("Subject")->value == "Café chat");
  REQUIRE(m.to.size() == 1);
  CHECK(m.to[0].name == "Zoë Park");
  CHECK(m.body.find("Hi Zoë,") == 0);
  const std::size_t at = m.body.find("any openings");
  REQUIRE(at != std::string::npos);
  CHECK(m.body.find("wraps softly") != std::string::npos);
  CHECK(m.source.compare(m.map.to_source(at), 12, "any openings") == 0);
}

TEST_CASE("base64 parts decode, attachments are listed with decoded names", "[message]") {
  const std::string eml =
      "From: a@x.org\nTo: b@y.org\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
      "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSGkgQW5uLAphbnkgb3BlbmluZ3M/Cg==\n"
      "--b1\nContent-Type: application/pdf\nContent-Disposition: attachment; filename*=UTF-8''CV%20%C5%81ukasz.pdf\n"
      "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n";
  const Message m = read_message("m.eml", eml);
  CHECK(m.body == "Hi Ann,\nany openings?\n");
  CHECK_FALSE(m.map.exact());
  REQUIRE(m.attachments.size() == 1);
  CHECK(m.attachments[0].file_name == "CV Łukasz.pdf");
  CHECK(m.attachments[0].content_type == "application/pdf");
  CHECK(m.attachments[0].size == 9);
}

TEST_CASE("an HTML-only message is read as its text", "[message]") {
  const std::string eml =
      "From: a@x.org\nSubject: s\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
      "<html><head><style>p{}</style></head><body><p>Hi Ann,</p><p>Any&nbsp;openings &amp; more?</p></body></html>\n";
  const Message m = read_message("m.eml", eml);
  CHECK(m.body.find("Hi Ann,") != std::string::npos);
  CHECK(m.body.find("Any openings & more?") != std::string::npos);
  CHECK(m.body.find("p{}") == std::string::npos);
}

TEST_CASE("an mbox is split into messages that count lines from the top of the file", "[message]") {
  const std::string mbox =
      "From a@x Thu Nov 19 10:00:00 2026\nSubject: one\n\nFirst.\n\nFrom b@x Thu Nov 19 11:00:00 2026\nSubject: two\n\n>From here.\n";
  const auto messages = read_messages("box.mbox", mbox);
  REQUIRE(messages.size() == 2);
  CHECK(messages[0].path == "box.mbox:1");
  CHECK(messages[1].path == "box.mbox:2");
  CHECK(messages[0].header("Subject")->value == "one");
  CHECK(messages[1].header("Subject")->value == "two");
  CHECK(messages[1].first_line == 6);
}

TEST_CASE("broken MIME and binary input are read as text with a notice, never a failure", "[message]") {
  const Message empty = read_message("e.eml", "");
  CHECK(empty.body.empty());
  const Message binary = read_message("b.txt", std::string("\0\x01\x02\xFF", 4));
  CHECK_FALSE(binary.notices.empty());
  const Message unclosed = read_message("u.eml",
      "Subject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nHello there\n");
  CHECK(unclosed.body.find("Hello there") != std::string::npos);
}

TEST_CASE("regions split greeting, new text, signature and a quoted reply", "[message]") {
  const Message m = read_message("d.txt",
      "Hi Ann, I hope you are well.\n\nCould we talk for 20 minutes?\n\nBest,\nJane Doe\n\n"
      "On Tue, Nov 17, 2026 at 9:02 AM Ann Lee <ann@x.org> wrote:\n> Are you hiring?\n");
  CHECK(region_text(m, RegionKind::greeting) == "Hi Ann, ");
  const std::string text = region_text(m, RegionKind::new_text);
  CHECK(text.find("I hope you are well.") != std::string::npos);
  CHECK(text.find("20 minutes") != std::string::npos);
  CHECK(text.find("Best") == std::string::npos);
  CHECK(region_text(m, RegionKind::signature).find("Jane Doe") != std::string::npos);
  CHECK(region_text(m, RegionKind::attribution).find("wrote:") != std::string::npos);
  CHECK(region_text(m, RegionKind::quoted).find("Are you hiring?") != std::string::npos);
}

TEST_CASE("an Outlook original-message block is quoted text", "[message]") {
  const Message m = read_message("d.txt",
      "Dear Ann,\nJust following up.\n\nThanks,\nJo\n\nFrom: Ann Lee\nSent: Tuesday, November 17, 2026 9:02 AM\nTo: Jo\n"
      "Subject: Hi\n\nAre you hiring?\n");
  CHECK(region_text(m, RegionKind::new_text).find("hiring") == std::string::npos);
  CHECK(region_text(m, RegionKind::attribution).find("Sent: Tuesday") != std::string::npos);
}

TEST_CASE("split_input cuts an mbox into entries named FILE:N with their first lines, without parsing", "[message]") {
  const auto entries = split_input("box.mbox", "From a Tue\nSubject: one\n\nHi.\n\nFrom b Wed\nSubject: two\n\n>From here\n");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].path == "box.mbox:1");
  CHECK(entries[0].bytes() == "Subject: one\n\nHi.\n\n");
  CHECK(entries[0].first_line == 1);
  CHECK(entries[1].path == "box.mbox:2");
  CHECK(entries[1].first_line == 6);
  CHECK(split_input("-", "Subject: x\n\nbody").size() == 1);
  CHECK(split_input("-", "Subject: x\n\nbody")[0].path == "-");
}

TEST_CASE("a 'Thanks!' in mid-message is not a sign-off that hides the text after it", "[message]") {
  const Message m = read_message(
      "d.txt", "Hi Ann,\n\nThanks!\nCould you refer me for the analyst opening on your team?\nJane\n");
  CHECK(region_text(m, RegionKind::new_text).find("refer me") != std::string::npos);
}

TEST_CASE("a short sentence under a sign-off stays the writer's text", "[message]") {
  const Message m = read_message("d.txt", "Hi Ann,\n\nI read your post.\n\nThanks,\nI attached my resume\nJane\n");
  CHECK(region_text(m, RegionKind::new_text).find("attached my resume") != std::string::npos);
}

TEST_CASE("a postscript under the signature is the writer's text", "[message]") {
  const Message m = read_message(
      "d.txt", "Hi Ann,\n\nI read your post.\n\nBest,\nJane Doe\nData analyst, Acme\n\nP.S. Happy to send my CV.\n");
  const std::string text = region_text(m, RegionKind::new_text);
  CHECK(text.find("P.S. Happy to send my CV.") != std::string::npos);
  CHECK(region_text(m, RegionKind::signature).find("Data analyst, Acme") != std::string::npos);
  CHECK(text.find("Jane Doe") == std::string::npos);
}

TEST_CASE("a signature of names, titles and contact lines is all signature", "[message]") {
  const Message m = read_message("d.txt",
                                 "Hi Ann,\n\nI read your post.\n\nKind regards,\nWill I. Chen\nSenior Analyst | Acme Corp\n"
                                 "+1 555 010 2030\nwill.chen@example.com\nlinkedin.com/in/willchen\n");
  CHECK(region_text(m, RegionKind::new_text).find("Chen") == std::string::npos);
  CHECK(region_text(m, RegionKind::signature).find("linkedin.com/in/willchen") != std::string::npos);
}

TEST_CASE("names after a greeting's first comma belong to the greeting", "[message]") {
  const Message m = read_message("d.txt", "Hello there, Marcus,\nI read your post.\n");
  CHECK(region_text(m, RegionKind::greeting) == "Hello there, Marcus,");
  CHECK(region_text(m, RegionKind::new_text).find("Marcus") == std::string::npos);
}

TEST_CASE("a greeting ends at its comma on a line that ends in CRLF", "[message]") {
  const Message m = read_message("d.txt", "Dear Dr. Lee,\r\n\r\nI read your post.\r\n");
  CHECK(region_text(m, RegionKind::greeting).starts_with("Dear Dr. Lee,"));
  CHECK(region_text(m, RegionKind::new_text).find("Lee") == std::string::npos);
}

TEST_CASE("a capitalised word after a greeting that already names someone is new text", "[message]") {
  const Message m = read_message("d.txt", "Hi Ann, Thanks, again, for the talk.\n");
  CHECK(region_text(m, RegionKind::greeting) == "Hi Ann, ");
}

TEST_CASE("an attribution line holds at most 200 characters of date and name, counted as characters, not bytes", "[message]") {
  const auto attribution_of = [](const std::string& lines) {
    const Message m = read_message("d.txt", "Hi Ann,\n\nThanks again.\n\nJane\n\n" + lines + "\n> Earlier text.\n");
    return region_text(m, RegionKind::attribution);
  };
  // " " + 198 characters + " " between "On" and "wrote": 200 in all.
  const std::string ascii_200 = " " + std::string(198, 'x') + " ";
  const std::string ascii_201 = " " + std::string(199, 'x') + " ";
  std::string accented_200 = " ";
  for (int i = 0; i < 198; ++i) accented_200 += "é";  // 2 bytes each: 397 bytes, 200 characters
  accented_200 += " ";
  CHECK_FALSE(attribution_of("On" + ascii_200 + "wrote:").empty());
  CHECK(attribution_of("On" + ascii_201 + "wrote:").empty());
  CHECK_FALSE(attribution_of("On" + accented_200 + "wrote:").empty());
  CHECK_FALSE(attribution_of("Le" + ascii_200 + "a écrit :").empty());
  CHECK(attribution_of("Am" + ascii_201 + "schrieb:").empty());
  // On two lines: the first after "On ", the second before "wrote:".
  CHECK_FALSE(attribution_of("On" + ascii_200 + "\n" + std::string(199, 'y') + " wrote:").empty());
  CHECK(attribution_of("On " + std::string(201, 'x') + "\nAnn wrote:").empty());
  CHECK(attribution_of("On Tuesday\n" + std::string(201, 'y') + "wrote:").empty());
}

TEST_CASE("an attribution's bound is measured from the line's ends as the regex's captured group would be", "[message]") {
  // The reference: the regexes' own groups, captured by RE2 (what regions.cpp
  // did before it measured from the line's ends), on lines around the bound
  // with blanks, accents, case and a long s ("ſ", which (?i) folds to "s").
  const RE2 one_line(R"((?i)^\s*(?:on\b(.{3,})\bwrote|le\b(.{3,})\ba écrit|am\b(.{3,})\bschrieb)\s*:\s*$)");
  const RE2 start(R"((?i)^\s*on\s(.{3,})$)");
  const RE2 end(R"((?i)^(.*)\bwrote:\s*$)");
  const auto characters = [](re2::StringPiece s) {
    return std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  };
  const auto bounded = [&](const std::string& line, const RE2& re) {
    re2::StringPiece parts[3];
    const RE2::Arg args[3] = {&parts[0], &parts[1], &parts[2]};
    const RE2::Arg* argv[3] = {&args[0], &args[1], &args[2]};
    if (!RE2::FullMatchN(line, re, argv, std::min(re.NumberOfCapturingGroups(), 3))) return false;
    return characters(parts[0]) + characters(parts[1]) + characters(parts[2]) <= 200;
  };
  const auto attributed = [](const std::string& lines) {
    const Message m = read_message("d.txt", "Hi Ann,\n\nThanks again.\n\nJane\n\n" + lines + "\n> Earlier text.\n");
    return !region_text(m, RegionKind::attribution).empty();
  };
  std::mt19937 random(7);
  const auto pick = [&](std::initializer_list<const char*> options) {
    return std::string(*(options.begin() + std::uniform_int_distribution<std::size_t>(0, options.size() - 1)(random)));
  };
  const auto filler = [&](int characters_wanted) {
    std::string out;
    for (int i = 0; i < characters_wanted; ++i) out += pick({"x", "é", " ", "Ż", ",", "1"});
    return out;
  };
  int one_line_agreed = 0, two_lines_agreed = 0, one_line_found = 0, two_lines_found = 0;
  for (int i = 0; i < 600; ++i) {
    const std::string blanks = pick({"", " ", "\t", "  "});
    const std::string lead = pick({"On", "ON", "on", "Le", "LE", "Am", "am"});
    const std::string closing = lead[0] == 'O' || lead[0] == 'o' ? pick({"wrote", "WROTE", "Wrote"})
                                : lead[0] == 'L' ? pick({"a écrit", "A ÉCRIT", "a Écrit"})
                                                 : pick({"schrieb", "SCHRIEB", "ſchrieb"});
    const int n = std::uniform_int_distribution<int>(194, 206)(random);
    const std::string line = blanks + lead + " " + filler(n - 2) + " " + closing + pick({":", " :", ":  ", "\t:\t"});
    const bool expected = bounded(line, one_line);
    one_line_found += expected;
    one_line_agreed += attributed(line) == expected;
    const std::string first = blanks + pick({"On", "ON"}) + " " + filler(n);
    const std::string second = filler(n) + " " + pick({"wrote", "WROTE"}) + pick({":", ":  "});
    const bool both = bounded(first, start) && bounded(second, end);
    two_lines_found += both;
    two_lines_agreed += attributed(first + "\n" + second) == both;
  }
  CHECK(one_line_agreed == 600);
  CHECK(two_lines_agreed == 600);
  // Both sides of the bound were tried.
  CHECK(one_line_found > 50);
  CHECK(one_line_found < 550);
  CHECK(two_lines_found > 20);
  CHECK(two_lines_found < 580);
}

TEST_CASE("attribution and quote-marker lines are found whatever their case and the blanks before them", "[message]") {
  const auto attributed = [](const std::string& lines) {
    const Message m = read_message("d.txt", "Hi Ann,\n\nThanks again.\n\nJane\n\n" + lines + "\n> Earlier text.\n");
    return !region_text(m, RegionKind::attribution).empty();
  };
  CHECK(attributed("  ON TUE, NOV 17, 2026, ANN LEE WROTE:"));
  CHECK(attributed("\tLe mar. 17 nov. 2026, Ann a écrit :"));
  CHECK(attributed(" Am 17.11.2026 schrieb Ann Lee:") == false);  // "schrieb" must end the line
  CHECK(attributed(" Am 17.11.2026, Ann Lee SCHRIEB:"));
  CHECK(attributed(" On Tuesday, Ann Lee\n<ann@x.org> wrote:"));
  CHECK_FALSE(attributed("Often I wrote: nothing."));
  // Their first word must be whole: "on" then a non-word character.
  CHECK(attributed("On\tTuesday, Ann wrote:"));
  CHECK(attributed("On, Tuesday, Ann wrote:"));
  CHECK_FALSE(attributed("Once, Ann wrote:"));
  CHECK_FALSE(attributed("On_Tuesday Ann wrote:"));
  CHECK_FALSE(attributed("Lest anyone forget, Ann a écrit :"));
  CHECK_FALSE(attributed("Amy, 17.11.2026, Ann Lee schrieb:"));
  const auto quoted_after = [](const std::string& marker) {
    const Message m = read_message("d.txt", "Hi Ann,\n\nThanks again.\n\nJane\n\n" + marker + "\nEarlier text.\n");
    return region_text(m, RegionKind::quoted).find("Earlier text.") != std::string::npos;
  };
  CHECK(quoted_after("   -----Original Message-----"));
  CHECK(quoted_after("BEGIN FORWARDED MESSAGE:"));
  CHECK(quoted_after(" ________________________________"));
  CHECK(quoted_after("  *From:* Ann Lee\n*Sent:* Tuesday"));
  CHECK(quoted_after("FROM: Ann Lee\nDATE: Tuesday"));
  CHECK_FALSE(quoted_after("Fromage is French for cheese."));
}

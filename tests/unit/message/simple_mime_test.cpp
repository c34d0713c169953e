#include "message/simple_mime.h"

#include <catch2/catch.hpp>

#include "message/header_block.h"
#include "message/mime_reader.h"
#include "message/reader.h"
#include "helpers.h"

using namespace tactful;

namespace {

std::optional<Message> read_without_gmime(const std::string& bytes) {
  Message m;
  m.source = bytes;
  if (!read_simple_mime(m, scan_header_block(m.source, false))) return std::nullopt;
  return m;
}

Message read_with_gmime(const std::string& bytes) {
  Message m;
  m.source = bytes;
  REQUIRE(read_mime(m));
  return m;
}

// The same body, the same notices and every body offset (one past the end
// included) mapped to the same source offset.
void check_same_reading(const Message& fast, const Message& gmime) {
  CHECK(fast.body == gmime.body);
  CHECK(fast.map.exact() == gmime.map.exact());
  CHECK(fast.notices.size() == gmime.notices.size());
  CHECK(fast.attachments.size() == gmime.attachments.size());
  std::size_t differing = 0;
  for (std::size_t i = 0; i <= fast.body.size(); ++i) differing += fast.map.to_source(i) != gmime.map.to_source(i);
  CHECK(differing == 0);
}

const std::string kHead = "From: Ann Lee <ann@example.org>\nTo: Raj <raj@example.com>\nSubject: A question\n";

// A multipart/alternative message with boundary `b` and these parts (each
// its headers, a blank line and its content), with `eol` line ends.
std::string alternative(const std::vector<std::string>& parts, std::string b = "b1", std::string eol = "\n",
                        std::string preamble = "", std::string epilogue = "") {
  std::string out = "From: a@b.c" + eol + "Subject: Two parts" + eol + "MIME-Version: 1.0" + eol +
                    "Content-Type: multipart/alternative; boundary=\"" + b + "\"" + eol + eol + preamble;
  for (const std::string& part : parts) out += "--" + b + eol + part + eol;
  return out + "--" + b + "--" + eol + epilogue;
}

const std::string kPlain = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nDear Raj,\nThanks.\n";
const std::string kHtml = "Content-Type: text/html; charset=utf-8\n\n<p>Dear Raj,</p><p>Thanks &amp; bye.</p>\n";

}  // namespace

TEST_CASE("one text part is read without GMime exactly as GMime reads it", "[message]") {
  const std::vector<std::string> messages = {
      kHead + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\nDear Raj,\nZoë here.\n",
      kHead + "\nNo MIME headers at all, so US-ASCII.\n",
      kHead + "MIME-Version: 1.0\nContent-Type: TEXT/PLAIN; CHARSET=\"utf-8\"; format=flowed; delsp=yes\n\nHi,\n",
      kHead + "Content-Type: text/plain;\n\tcharset=utf-8\n\nA folded Content-Type.\n",
      "From: a@b.c\r\nSubject: CRLF\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Raj,\r\nThanks.\r\n",
      kHead + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
              "Caf=C3=A9 at ten, a long line that=\n is softly broken =3D fine.\n",
      kHead + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nZo=EB\n",
      kHead + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n\x93quoted\x94 \xe9t\xe9\n",
      kHead + "Content-Type: text/plain; charset=utf-8\n\nStray bytes \xff\xfe and a cut \xc3 here.\n",
      kHead + "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\nNo final newline",
      kHead + "Content-Transfer-Encoding: binary\n\n\n\nFrom the start of a line, after blank lines.\n>From too.\n",
      kHead + "Content-Type: text/html; charset=utf-8\n\n<p>Hi &amp; bye</p>\n",
  };
  for (const std::string& bytes : messages) {
    INFO(bytes);
    const std::optional<Message> fast = read_without_gmime(bytes);
    REQUIRE(fast);
    check_same_reading(*fast, read_with_gmime(bytes));
  }
}

TEST_CASE("a multipart/alternative of text parts is read without GMime exactly as GMime reads it", "[message]") {
  std::string crlf_plain = kPlain, crlf_html = kHtml;
  for (std::string* p : {&crlf_plain, &crlf_html})
    for (std::size_t at = p->find('\n'); at != std::string::npos; at = p->find('\n', at + 2)) p->replace(at, 1, "\r\n");
  const std::vector<std::string> messages = {
      alternative({kPlain, kHtml}),
      alternative({kHtml, kPlain}),
      alternative({kHtml}),
      alternative({crlf_plain, crlf_html}, "b1", "\r\n"),
      alternative({"\nNo headers: plain US-ASCII.\n", kHtml}),
      alternative({"Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nZo=EB, soft=\n break.\n", kHtml}),
      alternative({kPlain, kHtml}, "=_alt_7f3a", "\n", "This is a multi-part message in MIME format.\n", "An epilogue.\n"),
      alternative({kPlain, kHtml}, "----=_Part_7731_1164018472.1764583200000"),
      alternative({kPlain, "Content-Type: text/plain\n\nA second plain part, not read.\n"}),
      alternative({"Content-Type: text/plain\n\nSame.\n", "Content-Type: text/plain\n\nSame.\n"}),
      alternative({"Content-Type: text/plain\n\nNo line break at the end", kHtml}),
      alternative({"Content-Type: text/plain\n\n\n\nBlank lines first and last.\n\n\n", kHtml}),
      "From: a@b.c\nContent-Type: multipart/alternative; boundary=b1\n\n--b1  \n" + kPlain + "\n--b1--\t\n",
  };
  for (const std::string& bytes : messages) {
    INFO(bytes);
    const std::optional<Message> fast = read_without_gmime(bytes);
    REQUIRE(fast);
    check_same_reading(*fast, read_with_gmime(bytes));
  }
}

TEST_CASE("a message that is neither one text part nor an alternative of them is left to GMime", "[message]") {
  const std::vector<std::string> messages = {
      kHead + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSGkK\n",
      kHead + "Content-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nHi\n",
      kHead + "Content-Type: text/plain; name=\"cv.txt\"\n\nHi\n",
      kHead + "Content-Type: text/plain; charset=iso-2022-jp\n\nHi\n",
      kHead + "Content-Type: text/plain; charset*=utf-8''x\n\nHi\n",
      kHead + "Content-Type: text/plain (a comment); charset=utf-8\n\nHi\n",
      kHead + "Content-Type: text/plain\nContent-Type: text/html\n\nTwo types.\n",
      kHead + "Content-Transfer-Encoding: x-uuencode\n\nHi\n",
      kHead + "Content-Type: text/plain;\n \nBlank continuation line.\n",
      "\xEF\xBB\xBF" + kHead + "\nA byte order mark first.\n",
      kHead + std::string("\nA NUL \0 byte.\n", 15),
      kHead + "\n",
      kHead,
      kHead + "Not a header line\n\nBody.\n",
      // multiparts
      alternative({kPlain, "Content-Type: application/pdf; name=cv.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n"}),
      alternative({kPlain, "Content-Type: text/plain\nContent-Disposition: attachment\n\nnotes\n"}),
      alternative({"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGkK\n"}),
      alternative({"Content-Type: multipart/alternative; boundary=inner\n\n--inner\n" + kPlain + "\n--inner--\n"}),
      alternative({kPlain, "Content-Type: text/enriched\n\nHi\n"}),
      alternative({kPlain + "--b1-lookalike\n", kHtml}),
      "From: a@b.c\nContent-Type: multipart/alternative; boundary=b1\n\n--b1\n" + kPlain + "\n",  // never closed
      "From: a@b.c\nContent-Type: multipart/alternative\n\n--b1\n" + kPlain + "\n--b1--\n",  // no boundary
      "From: a@b.c\nContent-Type: multipart/mixed; boundary=b1\n\n--b1\n" + kPlain + "\n--b1--\n",
      "From: a@b.c\nContent-Type: multipart/alternative; boundary=b1\nContent-Transfer-Encoding: base64\n\n--b1\n" + kPlain + "\n--b1--\n",
      "From: a@b.c\nContent-Type: multipart/alternative; boundary=b1\n\n--b1--\n",  // no parts
      alternative(std::vector<std::string>(17, kPlain)),
  };
  for (const std::string& bytes : messages) {
    INFO(bytes);
    CHECK_FALSE(read_without_gmime(bytes));
  }
}

TEST_CASE("every corpus message the simple reader takes reads as GMime reads it", "[message]") {
  std::size_t taken = 0;
  for (InputEntry& input : test::corpus_messages()) {
    const std::string bytes = input.take_bytes();
    INFO(input.path);
    const std::optional<Message> fast = read_without_gmime(bytes);
    if (!fast) continue;
    ++taken;
    check_same_reading(*fast, read_with_gmime(bytes));
  }
  CHECK(taken > 40);
}

TEST_CASE("every generated message the simple reader takes reads as GMime reads it", "[message]") {
  std::size_t taken = 0, alternatives = 0, total = 0;
  for (InputEntry& input : test::generated_messages(11, 600000)) {
    const std::string bytes = input.take_bytes();
    INFO(input.path);
    ++total;
    const std::optional<Message> fast = read_without_gmime(bytes);
    if (!fast) continue;
    ++taken;
    alternatives += bytes.find("multipart/alternative") != std::string::npos;
    check_same_reading(*fast, read_with_gmime(bytes));
  }
  CHECK(total > 300);
  CHECK(taken > total * 3 / 4);
  CHECK(alternatives > 100);
}

// Found by fuzz_message_reader: an HTML part with a <style>, <script> or
// <head> that is never closed made html_to_text skip to the end of the text
// and then read a tag name from past the end: std::out_of_range, which ended
// the process. The unclosed element now hides the rest of the part.
#include <catch2/catch.hpp>

#include "message/body_decoding.h"
#include "message/reader.h"

using namespace tactful;

TEST_CASE("an HTML part with an unclosed style, script or head element is read up to it", "[regression]") {
  for (const char* tag : {"<style>", "<script type=x>", "<HEAD>"}) {
    const std::string html = std::string("<p>Hello Ann</p>") + tag + "p { color: red }";
    const MappedText text = html_to_text(identity_mapped(html, 0));
    CHECK(text.text.find("Hello Ann") != std::string::npos);
    CHECK(text.text.find("color") == std::string::npos);
    CHECK(text.source.size() == text.text.size());
  }
}

TEST_CASE("a MIME message whose HTML body ends inside an unclosed style is read", "[regression]") {
  const std::string eml =
      "From: raj@example.org\nTo: ann@example.org\nSubject: s\nMIME-Version: 1.0\n"
      "Content-Type: text/html; charset=utf-8\n\n<html><body><div>Thank you, Ann.</div><style>div{}";
  const std::vector<Message> read = read_messages("m.eml", eml);
  REQUIRE(read.size() == 1);
  CHECK(read.front().body.find("Thank you, Ann.") != std::string::npos);
}

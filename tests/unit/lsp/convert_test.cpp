#include "lsp/convert.h"

#include <catch2/catch.hpp>

namespace tactful::lsp {

// "Zoë 😀 hi": Z o ë(2 bytes) space 😀(4 bytes, 2 UTF-16 units) space h i
TEST_CASE("positions count bytes or UTF-16 units or code points as negotiated", "[lsp][convert]") {
  const std::string text = "x\nZoë 😀 hi\n";
  const LineIndex index(text);
  const std::size_t hi = text.find("hi");
  CHECK(to_lsp_position(index, hi, PositionEncoding::utf8) == json{{"line", 1}, {"character", 10}});
  CHECK(to_lsp_position(index, hi, PositionEncoding::utf16) == json{{"line", 1}, {"character", 7}});
  CHECK(to_lsp_position(index, hi, PositionEncoding::utf32) == json{{"line", 1}, {"character", 6}});
  CHECK(to_offset(index, {1, 7}, PositionEncoding::utf16) == hi);
  CHECK(to_offset(index, {1, 10}, PositionEncoding::utf8) == hi);
  CHECK(to_offset(index, {1, 6}, PositionEncoding::utf32) == hi);
}

TEST_CASE("CRLF line ends do not shift columns and a column past the end stops before the CR", "[lsp][convert]") {
  const std::string text = "Hi,\r\nAnn here\r\n";
  const LineIndex index(text);
  CHECK(to_lsp_position(index, text.find("here"), PositionEncoding::utf16) == json{{"line", 1}, {"character", 4}});
  CHECK(to_offset(index, {0, 99}, PositionEncoding::utf16) == 3);
  CHECK(to_offset(index, {9, 0}, PositionEncoding::utf16) == text.size());
}

TEST_CASE("a reversed range is put the right way round", "[lsp][convert]") {
  const LineIndex index("abcdef");
  const TextRange r = to_text_range(index, {{0, 4}, {0, 1}}, PositionEncoding::utf16);
  CHECK(r.begin == 1);
  CHECK(r.end == 4);
}

TEST_CASE("a diagnostic carries its code and source and link and the fixes for code actions", "[lsp][convert]") {
  const std::string text = "Are you hiring?";
  Diagnostic d;
  d.rule = "no-job-request";
  d.severity = Severity::error;
  d.message = "m";
  d.range = {0, 14};
  d.excerpt = "Are you hiring";
  d.link = "https://example.com/r";
  d.fixes = {Fix{"Ask about their work", {0, 14}, "What is your work like"}};
  const json j = to_lsp_diagnostic(d, LineIndex(text), PositionEncoding::utf16);
  CHECK(j["code"] == "no-job-request");
  CHECK(j["source"] == "tactful");
  CHECK(j["severity"] == 1);
  CHECK(j["codeDescription"]["href"] == "https://example.com/r");
  CHECK(j["data"]["fixes"][0]["newText"] == "What is your work like");
  CHECK(j["data"]["fixes"][0]["range"]["end"]["character"] == 14);
}

TEST_CASE("encoding names follow LSP 3.17", "[lsp][convert]") {
  CHECK(position_encoding_from_string("utf-8") == PositionEncoding::utf8);
  CHECK(position_encoding_from_string("utf-32") == PositionEncoding::utf32);
  CHECK_FALSE(position_encoding_from_string("latin1"));
  CHECK(to_string(PositionEncoding::utf16) == "utf-16");
}

}  // namespace tactful::lsp

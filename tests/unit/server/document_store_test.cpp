#include "server/document_store.h"

#include <catch2/catch.hpp>

namespace tactful::server {
namespace {

lsp::TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, std::string text) {
  return {lsp::Range{{l1, c1}, {l2, c2}}, std::move(text)};
}

DocumentStore store_with(const std::string& text) {
  DocumentStore store;
  store.open({"file:///tmp/d.txt", "plaintext", 1, text});
  return store;
}

}  // namespace

TEST_CASE("several edits in one change apply in order and each on the text before it", "[server][document_store]") {
  DocumentStore store = store_with("Hello Ann,\nI wonder\n");
  const auto warnings = store.change("file:///tmp/d.txt", 2,
                                     {edit(1, 0, 1, 0, "😀 "), edit(1, 5, 1, 11, "ask"), edit(2, 0, 2, 0, "end\n")},
                                     lsp::PositionEncoding::utf16);
  CHECK(warnings.empty());
  const OpenDocument* d = store.find("file:///tmp/d.txt");
  REQUIRE(d);
  CHECK(d->text == "Hello Ann,\n😀 I ask\nend\n");
  CHECK(d->version == 2);
  CHECK(d->path == "/tmp/d.txt");
}

TEST_CASE("the same edit lands on the same character in every encoding", "[server][document_store]") {
  // Replace "hi" after "é😀 " (3 code points, 4 UTF-16 units, 7 bytes).
  for (auto [encoding, column] : {std::pair{lsp::PositionEncoding::utf8, 7}, std::pair{lsp::PositionEncoding::utf16, 4},
                                  std::pair{lsp::PositionEncoding::utf32, 3}}) {
    DocumentStore store = store_with("é😀 hi");
    store.change("file:///tmp/d.txt", 2, {edit(0, column, 0, column + 2, "yo")}, encoding);
    CHECK(store.find("file:///tmp/d.txt")->text == "é😀 yo");
  }
}

TEST_CASE("CRLF text: the end of a line is before its CR", "[server][document_store]") {
  DocumentStore store = store_with("one\r\ntwo\r\n");
  store.change("file:///tmp/d.txt", 2, {edit(0, 3, 0, 3, "!"), edit(0, 4, 1, 0, " ")}, lsp::PositionEncoding::utf16);
  CHECK(store.find("file:///tmp/d.txt")->text == "one! two\r\n");
}

TEST_CASE("edits outside the text are clamped with a warning", "[server][document_store]") {
  DocumentStore store = store_with("abc\n");
  auto warnings = store.change("file:///tmp/d.txt", 2, {edit(7, 0, 9, 4, "x")}, lsp::PositionEncoding::utf16);
  CHECK(store.find("file:///tmp/d.txt")->text == "abc\nx");
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("outside"));

  warnings = store.change("file:///tmp/d.txt", 3, {edit(0, 50, 0, 60, "!")}, lsp::PositionEncoding::utf16);
  CHECK(store.find("file:///tmp/d.txt")->text == "abc!\nx");
  CHECK(warnings.size() == 1);

  warnings = store.change("file:///tmp/d.txt", 4, {edit(-3, -1, 0, 0, ">")}, lsp::PositionEncoding::utf16);
  CHECK(store.find("file:///tmp/d.txt")->text == ">abc!\nx");
}

TEST_CASE("the end of the text may be given as the line after the last", "[server][document_store]") {
  DocumentStore store = store_with("abc\n");
  auto warnings = store.change("file:///tmp/d.txt", 2, {edit(1, 0, 1, 0, "def")}, lsp::PositionEncoding::utf16);
  CHECK(warnings.empty());
  warnings = store.change("file:///tmp/d.txt", 3, {edit(2, 0, 2, 0, "!")}, lsp::PositionEncoding::utf16);
  CHECK(warnings.empty());
  CHECK(store.find("file:///tmp/d.txt")->text == "abc\ndef!");
}

TEST_CASE("a change to a document that is not open changes nothing", "[server][document_store]") {
  DocumentStore store = store_with("abc");
  const auto warnings = store.change("file:///tmp/other.txt", 2, {{std::nullopt, "x"}}, lsp::PositionEncoding::utf16);
  REQUIRE(warnings.size() == 1);
  CHECK(store.find("file:///tmp/d.txt")->text == "abc");
  CHECK(store.close("file:///tmp/d.txt"));
  CHECK_FALSE(store.close("file:///tmp/d.txt"));
}

}  // namespace tactful::server

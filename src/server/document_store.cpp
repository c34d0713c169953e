#include "server/document_store.h"

#include <algorithm>

#include "support/line_index.h"

namespace tactful::server {
namespace {

// Whether `position` lies inside the text `index` covers: a column up to the
// line's end is; one past it is not. The line just after the last one at
// column 0 counts as the end of the text, as several clients send it.
bool inside(const LineIndex& index, lsp::Position position, lsp::PositionEncoding encoding) {
  if (position.line < 0 || position.character < 0) return false;
  if (position.line >= index.line_count()) return position.line == index.line_count() && position.character == 0;
  const std::size_t line_end = index.line_start(position.line) + index.line_text(position.line).size();
  return position.character <= index.position(line_end, lsp::column_unit(encoding)).column;
}

}  // namespace

std::string apply_edit(std::string& text, const lsp::Range& range, const std::string& new_text,
                       lsp::PositionEncoding encoding) {
  const LineIndex index(text);
  std::string warning;
  if (!inside(index, range.start, encoding) || !inside(index, range.end, encoding))
    warning = "an edit at " + std::to_string(range.start.line) + ":" + std::to_string(range.start.character) + "-" +
              std::to_string(range.end.line) + ":" + std::to_string(range.end.character) +
              " reaches outside the document; clamped to it";
  const TextRange bytes = lsp::to_text_range(index, range, encoding);
  text.replace(bytes.begin, bytes.end - bytes.begin, new_text);
  return warning;
}

void DocumentStore::open(const lsp::TextDocumentItem& item) {
  OpenDocument& d = documents_[item.uri];
  d.uri = item.uri;
  d.path = lsp::uri_to_path(item.uri);
  d.language_id = item.language_id;
  d.version = item.version;
  d.text = item.text;
}

bool DocumentStore::close(const std::string& uri) { return documents_.erase(uri) > 0; }

OpenDocument* DocumentStore::find(const std::string& uri) {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> DocumentStore::change(const std::string& uri, std::optional<int> version,
                                               const std::vector<lsp::TextDocumentContentChangeEvent>& changes,
                                               lsp::PositionEncoding encoding) {
  std::vector<std::string> warnings;
  OpenDocument* d = find(uri);
  if (!d) {
    warnings.push_back("didChange for a document that is not open: " + uri);
    return warnings;
  }
  for (const auto& c : changes) {
    if (!c.range) {
      if (c.text.size() > kMaxDocument) {
        warnings.push_back("a replacement text over the document size cap was ignored");
        continue;
      }
      d->text = c.text;
      continue;
    }
    if (d->text.size() + c.text.size() > kMaxDocument) {
      warnings.push_back("an edit that would grow the document past the size cap was ignored");
      continue;
    }
    if (std::string w = apply_edit(d->text, *c.range, c.text, encoding); !w.empty()) warnings.push_back(std::move(w));
  }
  if (version) d->version = *version;
  return warnings;
}

}  // namespace tactful::server

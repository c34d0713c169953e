// The open documents as the editor has them: the buffer text (never the file
// on disk), its version and language, kept current by applying the edits of
// `didChange` in order at positions in the negotiated encoding. Knows nothing
// of linting or JSON-RPC; bad edits are clamped or refused with a reason,
// never a crash.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lsp/convert.h"
#include "lsp/protocol.h"

namespace tactful::server {

struct OpenDocument {
  std::string uri;
  std::string path;         // from a file:// URI; "" for another scheme
  std::string language_id;
  int version = 0;
  std::string text;
};

class DocumentStore {
 public:
  // The largest document kept; beyond it an edit is refused.
  static constexpr std::size_t kMaxDocument = std::size_t{64} << 20;

  void open(const lsp::TextDocumentItem& item);
  bool close(const std::string& uri);
  OpenDocument* find(const std::string& uri);
  const std::map<std::string, OpenDocument>& all() const { return documents_; }

  // Applies `changes` in order. Returns warnings (an edit outside the text was
  // clamped to it; an edit that would grow the text past the cap was skipped);
  // an unknown document is one warning and no change.
  std::vector<std::string> change(const std::string& uri, std::optional<int> version,
                                  const std::vector<lsp::TextDocumentContentChangeEvent>& changes,
                                  lsp::PositionEncoding encoding);

 private:
  std::map<std::string, OpenDocument> documents_;
};

// Applies one ranged edit to `text`; returns a warning when the range was
// outside the text and had to be clamped, else "".
std::string apply_edit(std::string& text, const lsp::Range& range, const std::string& new_text,
                       lsp::PositionEncoding encoding);

}  // namespace tactful::server

#include "report/json_reporter.h"

#include <cstdio>
#include <cstring>
#include <string_view>

#include "support/byte_set.h"
#include "support/utf8.h"

#include "support/line_index.h"

namespace tactful::report {

nlohmann::ordered_json JsonReporter::file_json(const Message& message, const engine::LintResult& result) {
  const LineIndex index(message.source);
  auto place = [&](nlohmann::ordered_json& j, TextRange r) {
    const LinePosition s = index.position(r.begin, ColumnUnit::code_point);
    const LinePosition e = index.position(r.end, ColumnUnit::code_point);
    j["line"] = s.line + 1 + message.first_line;
    j["column"] = s.column + 1;
    j["end_line"] = e.line + 1 + message.first_line;
    j["end_column"] = e.column + 1;
  };
  nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
  for (const Diagnostic& d : result.diagnostics) {
    nlohmann::ordered_json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(to_string(d.severity));
    j["guideline"] = d.guideline;
    j["message"] = d.message;
    place(j, d.range);
    j["excerpt"] = d.excerpt;
    nlohmann::ordered_json suggestions = nlohmann::ordered_json::array();
    nlohmann::ordered_json fixes = nlohmann::ordered_json::array();
    for (const Fix& f : d.fixes) {
      suggestions.push_back(f.replacement);
      nlohmann::ordered_json fj{{"title", f.title}, {"replacement", f.replacement}};
      place(fj, f.range);
      fixes.push_back(std::move(fj));
    }
    j["suggestions"] = std::move(suggestions);
    j["fixes"] = std::move(fixes);
    diagnostics.push_back(std::move(j));
  }
  return {{"path", message.path},
          {"kind", std::string(to_string(result.kind))},
          {"kind_source", result.kind_source},
          {"notes", result.notes},
          {"diagnostics", std::move(diagnostics)}};
}

namespace {

// Invalid UTF-8 in an excerpt must not make the document unprintable.
std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// The text of a file's object, written directly: the bytes dump(file_json())
// gives, indented by four more spaces (a test holds the two to the same
// bytes). Building and dumping the JSON tree was a tenth of a batch's CPU.
class FileWriter {
 public:
  explicit FileWriter(std::string& out) : out_(out) {}

  void line(int depth) {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(4 + 2 * depth), ' ');
  }
  // A key on its own line: written in one append (four appends, each
  // checking the string's room, cost more than the bytes themselves).
  void key(int depth, std::string_view name) {
    const std::size_t indent = static_cast<std::size_t>(4 + 2 * depth);
    char buffer[96];
    if (indent + name.size() + 5 > sizeof buffer) {  // no key of the format is that long
      line(depth);
      out_ += '"';
      out_ += name;
      out_ += "\": ";
      return;
    }
    char* p = buffer;
    *p++ = '\n';
    std::memset(p, ' ', indent);
    p += indent;
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    std::memcpy(p, "\": ", 3);
    out_.append(buffer, static_cast<std::size_t>(p + 3 - buffer));
  }
  void string(std::string_view s) {
    if (!utf8::is_valid(s)) {  // nlohmann's own replacement of bad bytes
      out_ += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      return;
    }
    out_ += '"';
    // Runs that need no escape (nearly all of a message's text) are copied
    // whole: byte by byte, the copy was some 3 % of a batch's instructions.
    static constexpr ByteSet kEscaped = [] {
      ByteSet set = byte_set("\"\\");
      for (int c = 0; c < 0x20; ++c) set[static_cast<std::size_t>(c)] = true;
      return set;
    }();
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (!in_byte_set(kEscaped, c)) continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {  // the other control characters
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out_ += buffer;
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }
  void number(long long n) { out_ += std::to_string(n); }
  void strings(int depth, const std::vector<std::string>& items) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += ',';
      line(depth + 1);
      string(items[i]);
    }
    line(depth);
    out_ += ']';
  }
  std::string& out() { return out_; }

 private:
  std::string& out_;
};

void write_file(std::string& out, const Message& message, const engine::LintResult& result) {
  const LineIndex index(message.source);
  FileWriter w(out);
  const auto place = [&](int depth, TextRange r) {
    const LinePosition s = index.position(r.begin, ColumnUnit::code_point);
    const LinePosition e = index.position(r.end, ColumnUnit::code_point);
    w.key(depth, "line");
    w.number(s.line + 1 + message.first_line);
    out += ',';
    w.key(depth, "column");
    w.number(s.column + 1);
    out += ',';
    w.key(depth, "end_line");
    w.number(e.line + 1 + message.first_line);
    out += ',';
    w.key(depth, "end_column");
    w.number(e.column + 1);
  };
  out.append("    {");
  w.key(1, "path");
  w.string(message.path);
  out += ',';
  w.key(1, "kind");
  w.string(to_string(result.kind));
  out += ',';
  w.key(1, "kind_source");
  w.string(result.kind_source);
  out += ',';
  w.key(1, "notes");
  w.strings(1, result.notes);
  out += ',';
  w.key(1, "diagnostics");
  if (result.diagnostics.empty()) {
    out += "[]";
  } else {
    out += '[';
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
      const Diagnostic& d = result.diagnostics[i];
      if (i > 0) out += ',';
      w.line(2);
      out += '{';
      w.key(3, "rule");
      w.string(d.rule);
      out += ',';
      w.key(3, "severity");
      w.string(to_string(d.severity));
      out += ',';
      w.key(3, "guideline");
      w.string(d.guideline);
      out += ',';
      w.key(3, "message");
      w.string(d.message);
      out += ',';
      place(3, d.range);
      out += ',';
      w.key(3, "excerpt");
      w.string(d.excerpt);
      out += ',';
      w.key(3, "suggestions");
      std::vector<std::string> suggestions;
      for (const Fix& f : d.fixes) suggestions.push_back(f.replacement);
      w.strings(3, suggestions);
      out += ',';
      w.key(3, "fixes");
      if (d.fixes.empty()) {
        out += "[]";
      } else {
        out += '[';
        for (std::size_t k = 0; k < d.fixes.size(); ++k) {
          const Fix& f = d.fixes[k];
          if (k > 0) out += ',';
          w.line(4);
          out += '{';
          w.key(5, "title");
          w.string(f.title);
          out += ',';
          w.key(5, "replacement");
          w.string(f.replacement);
          out += ',';
          place(5, f.range);
          w.line(4);
          out += '}';
        }
        w.line(3);
        out += ']';
      }
      w.line(2);
      out += '}';
    }
    w.line(1);
    out += ']';
  }
  w.line(0);
  out += '}';
}

}  // namespace

std::string JsonReporter::file_text(const Message& message, const engine::LintResult& result) {
  std::string out;
  write_file(out, message, result);
  return out;
}

std::string JsonReporter::file_text_from_tree(const Message& message, const engine::LintResult& result) {
  const std::string file = dump(file_json(message, result));
  std::string indented;
  std::size_t begin = 0;
  while (begin < file.size()) {
    std::size_t end = file.find('\n', begin);
    if (end == std::string::npos) end = file.size();
    indented.append("    ").append(file, begin, end - begin);
    if (end < file.size()) indented += '\n';
    begin = end + 1;
  }
  return indented;
}

// The document is written as results come, one file at a time, so a batch of
// thousands of messages never holds its whole report in memory. The bytes are
// those of dumping {"version": 1, "files": [...]} with an indent of 2.
void JsonReporter::message(const Message& message, const engine::LintResult& result) {
  message_text(file_text(message, result));
}

void JsonReporter::message_text(std::string_view text) {
  out_ << (files_written_ == 0 ? "{\n  \"version\": 1,\n  \"files\": [\n" : ",\n");
  out_ << text;
  ++files_written_;
}

void JsonReporter::abandon() {
  if (files_written_ > 0) out_ << "\n  ]\n}\n";
  files_written_ = 0;
}

void JsonReporter::finish(const Totals&) {
  if (files_written_ == 0) out_ << dump(nlohmann::ordered_json{{"version", 1}, {"files", nlohmann::ordered_json::array()}}) << "\n";
  else out_ << "\n  ]\n}\n";
}

}  // namespace tactful::report

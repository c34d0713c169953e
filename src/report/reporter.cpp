#include "report/reporter.h"

#include <filesystem>

#include "report/human_reporter.h"
#include "report/json_reporter.h"
#include "report/lsp_reporter.h"

namespace tactful::report {
namespace {

struct Format {
  std::string_view name;
  std::unique_ptr<Reporter> (*make)(std::ostream&, const ReporterOptions&);
};

const Format kFormats[] = {
    {"human", [](std::ostream& out, const ReporterOptions& o) -> std::unique_ptr<Reporter> { return std::make_unique<HumanReporter>(out, o); }},
    {"json", [](std::ostream& out, const ReporterOptions&) -> std::unique_ptr<Reporter> { return std::make_unique<JsonReporter>(out); }},
    {"lsp", [](std::ostream& out, const ReporterOptions&) -> std::unique_ptr<Reporter> { return std::make_unique<LspReporter>(out); }},
};

}  // namespace

std::unique_ptr<Reporter> make_reporter(std::string_view format, std::ostream& out, const ReporterOptions& options) {
  for (const Format& f : kFormats)
    if (f.name == format) return f.make(out, options);
  return nullptr;
}

std::vector<std::string_view> format_names() {
  std::vector<std::string_view> names;
  for (const Format& f : kFormats) names.push_back(f.name);
  return names;
}

std::string file_uri(const std::string& path) {
  std::error_code ec;
  std::string absolute = path == "-" ? (std::filesystem::current_path(ec) / "stdin").string()
                                     : std::filesystem::absolute(path, ec).lexically_normal().string();
  std::string out = "file://";
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : absolute) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace tactful::report

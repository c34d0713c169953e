#include "cli/inputs.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace tactful::cli {
namespace fs = std::filesystem;

namespace {

bool lintable(const fs::path& p) {
  const std::string ext = p.extension().string();
  if (ext == ".eml" || ext == ".txt" || ext == ".md" || ext == ".mbox") return true;
  // Maildir messages have no extension; they live in cur/ or new/.
  const std::string parent = p.parent_path().filename().string();
  // Notes kept beside messages (".expect" files of the corpus) are not mail.
  return (parent == "cur" || parent == "new") && p.filename().string()[0] != '.' && ext != ".expect";
}

}  // namespace

Expected<std::vector<std::string>> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      if (path != "-" && !fs::exists(path, ec)) return fail("no such file or folder", path);
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (it->is_directory() && (name == "node_modules" || name == "tmp" || (name.size() > 1 && name[0] == '.'))) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && lintable(it->path())) found.push_back(it->path().string());
    }
    if (ec) return fail("cannot walk the folder: " + ec.message(), path);
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Expected<std::string> read_input(const std::string& path, std::size_t max_bytes) {
  std::string bytes;
  char buffer[65536];
  if (path == "-") {
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) {
      bytes.append(buffer, n);
      if (bytes.size() > max_bytes)
        return fail("standard input is larger than " + std::to_string(max_bytes >> 20) + " MiB; raise --max-size if it is really one message", "-");
    }
    if (std::ferror(stdin)) return fail("cannot read standard input", "-");
    return bytes;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot open the file (check that it exists and is readable)", path);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes && fs::path(path).extension() != ".mbox")
    return fail("the file is larger than " + std::to_string(max_bytes >> 20) + " MiB; raise --max-size if it is really one message", path);
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) return fail("error while reading the file", path);
  return bytes;
}

MboxFile::MboxFile(std::unique_ptr<std::ifstream> file, const std::string& path) : file_(std::move(file)) {
  std::ifstream* in = file_.get();
  splitter_ = std::make_unique<MboxSplitter>(path, [in](char* into, std::size_t room) -> std::size_t {
    in->read(into, static_cast<std::streamsize>(room));
    return static_cast<std::size_t>(in->gcount());
  });
}

Expected<std::optional<MboxFile>> MboxFile::open(const std::string& path) {
  if (path == "-") return std::nullopt;
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return fail("cannot open the file (check that it exists and is readable)", path);
  char head[5] = {};
  file->read(head, sizeof head);
  if (file->gcount() != sizeof head || !looks_like_mbox(std::string_view(head, sizeof head))) return std::nullopt;
  file->seekg(0);
  if (!*file) return fail("cannot read the file from its start again", path);
  return MboxFile(std::move(file), path);
}

}  // namespace tactful::cli

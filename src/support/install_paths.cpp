#include "support/install_paths.h"

namespace tactful {

std::filesystem::path data_folder(const std::string& name, const std::string& argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec && !argv0.empty()) exe = fs::absolute(argv0, ec);
  const fs::path dir = exe.parent_path();
  for (const fs::path& candidate : {dir / name, dir / ".." / "share" / "tactful" / name})
    if (fs::is_directory(candidate, ec)) return candidate.lexically_normal();
  return dir / name;
}

}  // namespace tactful

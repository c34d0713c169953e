// Where tactful finds the data it ships (the rule pack, the word lists):
// beside the binary in a build tree, or under ../share/tactful when installed.
#pragma once

#include <filesystem>
#include <string>

namespace tactful {

// `name` (a folder such as "rules") beside the running binary, else under
// ../share/tactful/; when neither exists, the first (so an error names it).
std::filesystem::path data_folder(const std::string& name, const std::string& argv0 = "");

}  // namespace tactful

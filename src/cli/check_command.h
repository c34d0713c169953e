// `tactful check [OPTIONS] PATH...`: lint files, folders, mbox files and
// standard input; print findings in the chosen format; exit 0, 1 or 2.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/common_options.h"

namespace tactful::cli {

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  int jobs = 0;  // 0: one worker per core
  std::size_t max_size_mib = 10;
};

CLI::App* add_check_command(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options, const std::string& argv0);

}  // namespace tactful::cli

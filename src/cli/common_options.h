// Options shared by `check` and `gate`, and turning them into a Workspace and
// LintOptions. Errors come back as Error; main.cpp maps them to exit codes.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "engine/workspace.h"
#include "message/mime_reader.h"
#include "report/reporter.h"

namespace tactful::cli {

struct CommonOptions {
  std::string format = "human";
  std::string kind = "auto";
  std::string config;
  std::string rules;
  std::string now;
  std::string interview_date;
  std::string fail_on = "error";
  bool quiet = false;
  MimeLimits mime;  // --max-mime-parts, --max-mime-depth
};

void add_common_options(CLI::App& command, CommonOptions& options);

struct Prepared {
  std::unique_ptr<engine::Workspace> workspace;
  engine::LintOptions lint;
  std::optional<Severity> fail_on;  // nullopt: never
};

Expected<Prepared> prepare(const CommonOptions& options, const std::string& argv0);
bool fails(const engine::LintResult& result, std::optional<Severity> fail_on);
report::ReporterOptions reporter_options_for(int fd, bool summary_table);

}  // namespace tactful::cli

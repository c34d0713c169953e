// Runs a command with a buffer on its standard input, for `gate`. The buffer
// is complete before the command starts; it goes through a pipe with a
// full-write loop. If gate is stopped by SIGTERM, SIGINT, SIGHUP or SIGQUIT
// while the command is still reading, the command is killed with SIGKILL
// before the pipe closes, so it never sees end-of-file after a partial
// message (a sendmail would send what it got). SIGKILL of gate itself cannot
// be caught; that one case is documented in docs/gate.md.
//
// Knows nothing of messages or linting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tactful::cli {

struct FeedResult {
  bool started = false;
  int start_errno = 0;         // when !started: why exec failed
  int status = 0;              // exit status, or 128 + signal number
  std::size_t written = 0;     // bytes the command read before it closed its input
  bool aborted = false;        // a write error: the command was killed before EOF
};

// argv[0] is looked up in PATH when it has no slash. Never throws.
FeedResult feed_command(const std::vector<std::string>& argv, std::string_view input);

}  // namespace tactful::cli

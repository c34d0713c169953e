#include "cli/command_feeder.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace tactful::cli;

namespace {
std::string temp_path(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string("tactful-feeder-") + std::to_string(getpid()) + name))
      .string();
}
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("the command receives every byte, binary and larger than a pipe buffer", "[cli][gate]") {
  std::mt19937 random(5);
  std::string input(3 * 65536 + 17, '\0');
  for (char& c : input) c = static_cast<char>(random());
  const std::string out = temp_path("out");
  const FeedResult r = feed_command({"sh", "-c", "cat > \"$0\"", out}, input);
  CHECK(r.started);
  CHECK(r.status == 0);
  CHECK(r.written == input.size());
  CHECK(slurp(out) == input);
  std::remove(out.c_str());
}

TEST_CASE("the command's exit status comes back, and 128 + N when a signal ends it", "[cli][gate]") {
  CHECK(feed_command({"sh", "-c", "cat >/dev/null; exit 7"}, "x").status == 7);
  CHECK(feed_command({"sh", "-c", "kill -9 $$"}, "x").status == 137);
}

TEST_CASE("a command that stops reading early is not an error of ours (EPIPE)", "[cli][gate]") {
  const std::string input(4 << 20, 'x');
  const FeedResult r = feed_command({"sh", "-c", "exit 3"}, input);
  CHECK(r.started);
  CHECK(r.status == 3);
  CHECK(r.written < input.size());
  CHECK_FALSE(r.aborted);
}

TEST_CASE("a command that cannot start says why and runs nothing", "[cli][gate]") {
  const FeedResult r = feed_command({"/nonexistent/tactful-no-such-command"}, "x");
  CHECK_FALSE(r.started);
  CHECK(r.start_errno == ENOENT);
  CHECK_FALSE(feed_command({}, "x").started);
}

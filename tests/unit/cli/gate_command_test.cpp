#include "cli/gate_command.h"

#include <catch2/catch.hpp>

using namespace tactful::cli;

namespace {
GateOptions parse(const std::vector<std::string>& args) {
  auto parsed = parse_gate_args(args);
  if (!parsed) FAIL("gate arguments rejected: " << parsed.error().to_string());
  return *parsed;
}
std::string rejection(const std::vector<std::string>& args) {
  auto parsed = parse_gate_args(args);
  return parsed ? std::string() : parsed.error().to_string();
}
}  // namespace

TEST_CASE("NeoMutt's flags before -- go to COMMAND right after its name, in order", "[cli][gate]") {
  const GateOptions o = parse({"-B8BITMIME", "-f", "jane@x.org", "-N", "failure", "-R", "hdrs", "--", "/usr/sbin/sendmail",
                               "-oi", "ann@y.com"});
  CHECK(o.sendmail_flags == std::vector<std::string>{"-B8BITMIME", "-f", "jane@x.org", "-N", "failure", "-R", "hdrs"});
  CHECK(gate_command_line(o) == std::vector<std::string>{"/usr/sbin/sendmail", "-B8BITMIME", "-f", "jane@x.org", "-N",
                                                         "failure", "-R", "hdrs", "-oi", "ann@y.com"});
}

TEST_CASE("gate's long options are taken out wherever they sit before --", "[cli][gate]") {
  const GateOptions o =
      parse({"-f", "jane@x.org", "--rules", "r", "--fail-on=warning", "-oi", "--quiet", "--max-size", "7", "--", "cat"});
  CHECK(o.common.rules == "r");
  CHECK(o.common.fail_on == "warning");
  CHECK(o.common.quiet);
  CHECK(o.max_size_mib == 7);
  CHECK(o.sendmail_flags == std::vector<std::string>{"-f", "jane@x.org", "-oi"});
  CHECK(gate_command_line(o) == std::vector<std::string>{"cat", "-f", "jane@x.org", "-oi"});
}

TEST_CASE("everything after the first -- belongs to COMMAND, gate-looking words included", "[cli][gate]") {
  const GateOptions o = parse({"--", "sendmail", "--rules", "x", "--", "-f", "ann@y.com"});
  CHECK(o.common.rules.empty());
  CHECK(o.command == std::vector<std::string>{"sendmail", "--rules", "x", "--", "-f", "ann@y.com"});
}

TEST_CASE("a value that looks like a sendmail flag's argument stays with its flag", "[cli][gate]") {
  // "-f" takes the next word; "-oi" does not, so "ann" after it is an error.
  CHECK(parse({"-f", "x@y", "--", "c"}).sendmail_flags.size() == 2);
  CHECK(rejection({"-oi", "ann", "--", "c"}).find("unexpected 'ann'") != std::string::npos);
}

TEST_CASE("gate refuses to guess when -- or COMMAND is missing or an option is unknown", "[cli][gate]") {
  CHECK(rejection({"/usr/sbin/sendmail", "-oi"}).find("before '--'") != std::string::npos);
  CHECK(rejection({"-oi"}).find("no command") != std::string::npos);
  CHECK(rejection({"--"}).find("no command") != std::string::npos);
  CHECK(rejection({"--bogus", "--", "c"}).find("unknown gate option '--bogus'") != std::string::npos);
  CHECK(rejection({"--rules", "--", "c"}).find("needs a value") != std::string::npos);
  CHECK(rejection({"--quiet=1", "--", "c"}).find("takes no value") != std::string::npos);
  CHECK(rejection({"--max-size", "0", "--", "c"}).find("--max-size") != std::string::npos);
}

TEST_CASE("--help needs no command", "[cli][gate]") {
  CHECK(parse({"--help"}).help);
  CHECK(gate_usage().find("-- COMMAND") != std::string::npos);
}

#include "engine/linter.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "../helpers.h"

using namespace tactful;

namespace {

// Everything a front end shows of a result, in order.
std::string rendered(const engine::LintResult& r) {
  std::ostringstream out;
  out << to_string(r.kind) << "\n";
  for (const Diagnostic& d : r.diagnostics)
    out << d.rule << " " << static_cast<int>(d.severity) << " " << d.range.begin << "-" << d.range.end << " " << d.message
        << " [" << d.excerpt << "] " << d.fixes.size() << "\n";
  for (const std::string& note : r.notes) out << "note " << note << "\n";
  return out.str();
}

}  // namespace

TEST_CASE("rules shared out with a second thread find what one thread finds, in the same order", "[engine]") {
  const auto folder = std::filesystem::path(TACTFUL_SOURCE_DIR) / "rules" / "informational-interview";
  auto rules = check::RuleSet::load({folder.string()}, check::PackCache(""));
  REQUIRE(rules);
  const engine::Linter linter(*rules);
  std::vector<InputEntry> inputs = test::corpus_messages();
  for (InputEntry& generated : test::generated_messages(11, 64 << 10)) inputs.push_back(std::move(generated));
  std::size_t messages = 0, findings = 0, notes = 0;
  for (const InputEntry& entry : inputs) {
    const Message message = read_message(entry.path, std::string(entry.bytes()));
    engine::LintOptions one_thread, two_threads;
    two_threads.split_rules = true;
    const engine::LintResult expected = linter.lint(message, engine::Config{}, one_thread);
    const engine::LintResult got = linter.lint(message, engine::Config{}, two_threads);
    INFO(entry.path);
    REQUIRE(rendered(got) == rendered(expected));
    ++messages;
    findings += expected.diagnostics.size();
    notes += expected.notes.size();
  }
  INFO(messages << " messages, " << findings << " findings, " << notes << " notes");
  CHECK(messages > 200);
  CHECK(findings > 300);  // the comparison saw findings from many rules, not only clean mail
  CHECK(notes > 0);
}

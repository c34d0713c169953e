// The golden corpus run: lints every message under corpus/ with the real
// binary (--format json) and compares the findings with the `.expect` file
// written beside each message by hand (see corpus/README.md). Only rules the
// loaded pack has are compared, so a pack that lacks a rule cannot pass by
// accident: a missing rule is listed at the end.
//
//   golden_driver TACTFUL_BINARY CORPUS_DIR [--rules DIR]
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Expectation {
  std::map<std::string, std::string> kind;          // message key -> kind
  std::set<std::pair<std::string, std::string>> findings;  // (message key + line, rule); one per line
};

std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 65536> buffer;
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  pclose(pipe);
  return out;
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// "kind K", "LINE RULE", "N: kind K", "N: LINE RULE"; '#' comments.
Expectation read_expect(const fs::path& path) {
  Expectation e;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::istringstream words(line);
    std::string first;
    if (!(words >> first)) continue;
    std::string message = "1";
    if (first.back() == ':') {
      message = first.substr(0, first.size() - 1);
      if (!(words >> first)) continue;
    }
    std::string second;
    words >> second;
    if (first == "kind") e.kind[message] = second;
    else e.findings.insert({message + ":" + first, second});
  }
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: golden_driver TACTFUL CORPUS [--rules DIR]\n";
    return 2;
  }
  const std::string binary = argv[1];
  const fs::path corpus = argv[2];
  std::string extra;
  for (int i = 3; i < argc; ++i) extra += " " + quote(argv[i]);

  // Which rules the binary has.
  std::set<std::string> loaded;
  const std::string rules_json = run(quote(binary) + " rules --format json" + extra);
  try {
    const nlohmann::json listing = nlohmann::json::parse(rules_json);
    for (const auto& r : listing.at("rules")) loaded.insert(r.at("id").get<std::string>());
  } catch (const std::exception& ex) {
    std::cerr << "cannot list rules: " << ex.what() << "\n";
    return 2;
  }

  int passed = 0, failed = 0;
  std::set<std::string> expected_but_not_loaded;
  std::vector<fs::path> expects;
  for (const auto& entry : fs::recursive_directory_iterator(corpus))
    if (entry.path().extension() == ".expect") expects.push_back(entry.path());
  std::sort(expects.begin(), expects.end());

  for (const fs::path& expect_path : expects) {
    fs::path message_path = expect_path;
    message_path.replace_extension();  // strip ".expect"
    if (!fs::exists(message_path)) {
      std::cerr << "FAIL " << expect_path.string() << ": no message beside it\n";
      ++failed;
      continue;
    }
    const Expectation want = read_expect(expect_path);
    const std::string output = run(quote(binary) + " check --format json --fail-on never " + extra + " " +
                                   quote(message_path.string()) + " 2>&1");
    nlohmann::json doc;
    try {
      doc = nlohmann::json::parse(output);
    } catch (const std::exception&) {
      std::cerr << "FAIL " << message_path.string() << ": output is not JSON:\n" << output << "\n";
      ++failed;
      continue;
    }
    std::set<std::pair<std::string, std::string>> got;
    std::map<std::string, std::string> got_kind;
    int number = 0;
    for (const auto& file : doc["files"]) {
      ++number;
      const std::string key = std::to_string(number);
      got_kind[key] = file["kind"].get<std::string>();
      for (const auto& d : file["diagnostics"]) {
        const std::string rule = d["rule"].get<std::string>();
        if (rule == "input") continue;  // notices about odd input are not rule findings
        got.insert({key + ":" + std::to_string(d["line"].get<int>()), rule});
      }
    }
    std::set<std::pair<std::string, std::string>> want_loaded;
    for (const auto& f : want.findings) {
      if (loaded.count(f.second)) want_loaded.insert(f);
      else expected_but_not_loaded.insert(f.second);
    }
    std::vector<std::string> problems;
    for (const auto& [key, kind] : want.kind)
      if (got_kind[key] != kind) problems.push_back("message " + key + ": kind " + got_kind[key] + ", expected " + kind);
    for (const auto& f : want_loaded)
      if (!got.count(f))
        problems.push_back("missing " + f.second + " at " + f.first);
    for (const auto& f : got)
      if (!want_loaded.count(f)) problems.push_back("unexpected " + f.second + " at " + f.first);
    std::sort(problems.begin(), problems.end());
    problems.erase(std::unique(problems.begin(), problems.end()), problems.end());
    if (problems.empty()) {
      ++passed;
    } else {
      ++failed;
      std::cerr << "FAIL " << message_path.string() << "\n";
      for (const auto& p : problems) std::cerr << "    " << p << "\n";
    }
  }
  if (!expected_but_not_loaded.empty()) {
    std::cerr << "rules the corpus expects that the pack does not have:";
    for (const auto& r : expected_but_not_loaded) std::cerr << " " << r;
    std::cerr << "\n";
  }
  std::cout << "golden: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 && passed > 0 ? 0 : 1;
}

// Runs `tactful lsp` against protocol transcripts (tests/lsp/*.test), one
// server per transcript, in a fresh temporary folder:
//
//   lsp_driver TACTFUL RULES_DIR TRANSCRIPT...
//
// A transcript is a script of what the client sends and what the server must
// answer, one directive a line ("#" starts a comment):
//
//   --> {json}          send a framed message (continuation lines may follow)
//   <-- {json}          the next message that is not window/logMessage must
//                       contain this JSON: objects by subset, arrays element by
//                       element with the same length, "*" matches anything,
//                       "$absent" requires the key to be missing and
//                       "$contains:TEXT" a string holding TEXT
//   %raw TEXT           send bytes as they are (\r \n \t \\ \xNN escapes)
//   %frame N TEXT       send TEXT framed with a Content-Length of N (right or wrong)
//   %log TEXT           some window/logMessage so far contains TEXT
//   %silence MS         no other message arrives within MS milliseconds
//   %file NAME ... %end write a file into the folder (before the server starts
//                       if it comes first, else at that point)
//   %expect-file NAME ... %end   the file holds exactly these lines
//   %args ARGS          extra arguments for `tactful lsp` (before any send)
//   %close              close the server's standard input
//   %exit N             the server exits with status N within the time limit
//
// ${DIR} and ${URI} stand for the folder's path and its file:// URI.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr int kTimeoutMs = 15000;

struct Step {
  int line = 0;
  std::string op;    // "send", "expect", "raw", "log", "silence", "file", "expect-file", "args", "close", "exit"
  std::string arg;   // the JSON, text or name
  std::string body;  // file contents
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) s.replace(pos, from.size(), to);
  return s;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    if (c == 'r') out += '\r';
    else if (c == 'n') out += '\n';
    else if (c == 't') out += '\t';
    else if (c == 'x' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else out += c;
  }
  return out;
}

std::vector<Step> parse_transcript(const std::string& text) {
  std::vector<Step> steps;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  Step* open_block = nullptr;
  Step* open_json = nullptr;
  while (std::getline(in, line)) {
    ++number;
    if (open_block) {
      if (line == "%end") open_block = nullptr;
      else open_block->body += line + "\n";
      continue;
    }
    const bool directive = line.starts_with("-->") || line.starts_with("<--") || line.starts_with("%") ||
                           line.starts_with("#") || line.empty();
    if (!directive && open_json) {
      open_json->arg += "\n" + line;
      continue;
    }
    open_json = nullptr;
    if (line.empty() || line.starts_with("#")) continue;
    Step s;
    s.line = number;
    if (line.starts_with("-->") || line.starts_with("<--")) {
      s.op = line.starts_with("-->") ? "send" : "expect";
      s.arg = line.substr(3);
      steps.push_back(s);
      open_json = &steps.back();
      continue;
    }
    const std::size_t space = line.find(' ');
    s.op = line.substr(1, space == std::string::npos ? std::string::npos : space - 1);
    s.arg = space == std::string::npos ? "" : line.substr(space + 1);
    steps.push_back(s);
    if (s.op == "file" || s.op == "expect-file") open_block = &steps.back();
  }
  return steps;
}

bool matches(const json& expected, const json& actual, std::string& where) {
  if (expected.is_string() && expected == "*") return true;
  if (expected.is_string() && expected.get<std::string>().starts_with("$contains:")) {
    const std::string needle = expected.get<std::string>().substr(10);
    return actual.is_string() && actual.get<std::string>().find(needle) != std::string::npos;
  }
  if (expected.is_object()) {
    if (!actual.is_object()) return false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (it.value().is_string() && it.value() == "$absent") {
        if (actual.contains(it.key())) {
          where = it.key() + " should be absent";
          return false;
        }
        continue;
      }
      if (!actual.contains(it.key())) {
        where = "missing key " + it.key();
        return false;
      }
      if (!matches(it.value(), actual[it.key()], where)) {
        where = it.key() + (where.empty() ? "" : "." + where);
        return false;
      }
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) {
      where = "array of " + std::to_string(actual.is_array() ? actual.size() : 0) + " items, expected " +
              std::to_string(expected.size());
      return false;
    }
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (!matches(expected[i], actual[i], where)) {
        where = "[" + std::to_string(i) + "]" + (where.empty() ? "" : "." + where);
        return false;
      }
    return true;
  }
  return expected == actual;
}

class Server {
 public:
  bool start(const std::string& binary, const std::vector<std::string>& args, const std::string& cwd) {
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0) return false;
    pid_ = fork();
    if (pid_ < 0) return false;
    if (pid_ == 0) {
      dup2(in[0], 0);
      dup2(out[1], 1);
      close(in[0]), close(in[1]), close(out[0]), close(out[1]);
      if (chdir(cwd.c_str()) != 0) _exit(126);
      std::vector<char*> argv;
      argv.push_back(const_cast<char*>(binary.c_str()));
      for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
    return true;
  }

  bool write_bytes(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(to_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }
  void close_input() {
    if (to_ >= 0) close(to_);
    to_ = -1;
  }

  // The next framed message, or nullopt after `timeout_ms`.
  std::optional<json> next(int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
      if (auto m = take_frame()) return m;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
      if (left <= 0 || eof_) return std::nullopt;
      pollfd p{from_, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left)) <= 0) continue;
      char chunk[65536];
      const ssize_t n = ::read(from_, chunk, sizeof chunk);
      if (n <= 0) eof_ = true;
      else buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  std::optional<int> wait_exit(int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        if (WIFEXITED(status)) return WEXITSTATUS(status);
        return 128 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return std::nullopt;
  }

  ~Server() {
    close_input();
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (from_ >= 0) close(from_);
  }

  std::string problem;

 private:
  std::optional<json> take_frame() {
    const std::size_t end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos) return std::nullopt;
    const std::string header = buffer_.substr(0, end);
    if (!header.starts_with("Content-Length: ")) {
      problem = "bad frame header from the server: " + header.substr(0, 80);
      buffer_.clear();
      return json{{"driver-error", problem}};
    }
    const std::size_t length = std::stoul(header.substr(16));
    if (buffer_.size() < end + 4 + length) return std::nullopt;
    const std::string body = buffer_.substr(end + 4, length);
    buffer_.erase(0, end + 4 + length);
    json j = json::parse(body, nullptr, false);
    if (j.is_discarded()) return json{{"driver-error", "server sent invalid JSON: " + body.substr(0, 200)}};
    return j;
  }

  pid_t pid_ = -1;
  int to_ = -1, from_ = -1;
  bool eof_ = false;
  std::string buffer_;
};

std::string frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

bool is_log(const json& m) { return m.is_object() && m.value("method", "") == "window/logMessage"; }

bool run(const std::string& binary, const std::string& rules, const fs::path& transcript) {
  char pattern[] = "/tmp/tactful-lsp-XXXXXX";
  if (!mkdtemp(pattern)) return false;
  const fs::path dir = fs::canonical(pattern);
  std::ifstream in(transcript);
  std::stringstream text;
  text << in.rdbuf();
  std::string uri = "file://" + dir.string();
  const std::vector<Step> steps =
      parse_transcript(replace_all(replace_all(text.str(), "${URI}", uri), "${DIR}", dir.string()));
  const std::string name = transcript.filename().string();
  auto failure = [&](const Step& s, const std::string& why) {
    std::cerr << "FAIL " << name << ":" << s.line << ": " << why << "\n";
    return false;
  };

  std::vector<std::string> args = {"lsp", "--rules", rules};
  std::size_t i = 0;
  for (; i < steps.size() && (steps[i].op == "file" || steps[i].op == "args"); ++i) {
    if (steps[i].op == "file") {
      fs::create_directories((dir / steps[i].arg).parent_path());
      std::ofstream(dir / steps[i].arg, std::ios::binary) << steps[i].body;
    } else {
      std::istringstream extra(steps[i].arg);
      for (std::string a; extra >> a;) args.push_back(a);
    }
  }
  Server server;
  if (!server.start(binary, args, dir.string())) {
    std::cerr << "FAIL " << name << ": cannot start " << binary << "\n";
    return false;
  }
  std::vector<json> logs;
  bool ok = true;
  for (; i < steps.size() && ok; ++i) {
    const Step& s = steps[i];
    if (s.op == "send") {
      json j = json::parse(s.arg, nullptr, false);
      if (j.is_discarded()) return failure(s, "the transcript's JSON does not parse");
      if (!server.write_bytes(frame(j.dump()))) ok = failure(s, "the server stopped reading");
    } else if (s.op == "frame") {
      const std::size_t space = s.arg.find(' ');
      const std::string body = s.arg.substr(space + 1);
      if (!server.write_bytes("Content-Length: " + s.arg.substr(0, space) + "\r\n\r\n" + body))
        ok = failure(s, "the server stopped reading");
    } else if (s.op == "raw") {
      if (!server.write_bytes(unescape(s.arg))) ok = failure(s, "the server stopped reading");
    } else if (s.op == "expect") {
      json expected = json::parse(s.arg, nullptr, false);
      if (expected.is_discarded()) return failure(s, "the transcript's JSON does not parse");
      for (;;) {
        std::optional<json> m = server.next(kTimeoutMs);
        if (!m) {
          ok = failure(s, "no message from the server; expected " + expected.dump());
          break;
        }
        if (is_log(*m) && !is_log(expected)) {
          logs.push_back(*m);
          continue;
        }
        std::string where;
        if (!matches(expected, *m, where)) ok = failure(s, "mismatch at " + where + "\n  expected " + expected.dump() + "\n  got      " + m->dump());
        break;
      }
    } else if (s.op == "log") {
      bool found = false;
      for (const json& l : logs) found = found || l["params"].value("message", "").find(s.arg) != std::string::npos;
      while (!found) {
        std::optional<json> m = server.next(kTimeoutMs);
        if (!m) break;
        if (!is_log(*m)) {
          ok = failure(s, "expected a log containing '" + s.arg + "', got " + m->dump());
          break;
        }
        logs.push_back(*m);
        found = (*m)["params"].value("message", "").find(s.arg) != std::string::npos;
      }
      if (ok && !found) ok = failure(s, "no window/logMessage containing '" + s.arg + "'");
    } else if (s.op == "silence") {
      const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::stoi(s.arg));
      for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()).count();
        if (left <= 0) break;
        std::optional<json> m = server.next(static_cast<int>(left));
        if (!m) break;
        if (is_log(*m)) {
          logs.push_back(*m);
          continue;
        }
        ok = failure(s, "expected silence, got " + m->dump());
        break;
      }
    } else if (s.op == "file") {
      std::ofstream(dir / s.arg, std::ios::binary | std::ios::trunc) << s.body;
    } else if (s.op == "expect-file") {
      std::ifstream f(dir / s.arg, std::ios::binary);
      std::stringstream got;
      got << f.rdbuf();
      if (!f && !fs::exists(dir / s.arg)) ok = failure(s, s.arg + " does not exist");
      else if (got.str() != s.body) ok = failure(s, s.arg + " holds:\n" + got.str() + "expected:\n" + s.body);
    } else if (s.op == "close") {
      server.close_input();
    } else if (s.op == "exit") {
      const std::optional<int> status = server.wait_exit(kTimeoutMs);
      if (!status) ok = failure(s, "the server did not exit");
      else if (*status != std::stoi(s.arg)) ok = failure(s, "exit status " + std::to_string(*status) + ", expected " + s.arg);
    } else {
      ok = failure(s, "unknown directive %" + s.op);
    }
  }
  std::error_code ec;
  if (ok) fs::remove_all(dir, ec);
  else std::cerr << "  (folder kept: " << dir << ")\n";
  std::cout << (ok ? "PASS " : "FAIL ") << name << "\n";
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: lsp_driver TACTFUL RULES_DIR TRANSCRIPT...\n";
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  int failed = 0, passed = 0;
  for (int i = 3; i < argc; ++i) {
    std::vector<fs::path> files;
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::directory_iterator(argv[i]))
        if (e.path().extension() == ".test") files.push_back(e.path());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(argv[i]);
    }
    // The server runs in the transcript's folder: make the paths absolute.
    const std::string binary = fs::absolute(argv[1]).string(), rules = fs::absolute(argv[2]).string();
    for (const fs::path& f : files) (run(binary, rules, f) ? passed : failed)++;
  }
  std::cout << "lsp transcripts: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 && passed > 0 ? 0 : 1;
}

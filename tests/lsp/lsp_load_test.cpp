// `tactful lsp` under load and when the client goes away (issue 7), driven
// over real pipes against the real binary:
//
//   lsp_load_test TACTFUL RULES_DIR rapid-edits | hang-up | hang-up-mid-message
//
// rapid-edits   opens a ~1.5 KB outreach draft and sends 1,000 didChange
//               notifications without waiting (typing and deleting at UTF-16
//               positions, non-ASCII text, a CRLF line, several changes in
//               one notification, a malformed one last), with hover and
//               pull-diagnostic requests in between, most of them cancelled.
//               Then: the last pushed diagnostics are for the final version
//               and equal those of a fresh server (and of `tactful check
//               --format lsp`) for the final text, every request got exactly
//               one answer (a result, or RequestCancelled -32800 for a
//               cancelled one), and shutdown/exit still ends with status 0.
// hang-up       a client that closes the pipe (its end of the server's
//               input, or both ends) without shutdown/exit, while the server
//               starts or with a long backlog queued: the server exits with
//               status 1 within kExitTimeout. A client that hangs up right
//               after shutdown/exit, or writes on after exit: status 0.
// hang-up-mid-message   the same hang-ups, with the input ending inside a
//               header or inside a Content-Length body.
//
// The edits come from a seeded generator (TACTFUL_LOAD_SEED overrides the
// seed), so a failure can be replayed; TACTFUL_LOAD_KEEP=1 keeps the folder
// with the final text.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kAnswerTimeout = std::chrono::seconds(60);   // the whole backlog, on a busy machine
// "Promptly" after a hang-up or exit: at most the one lint in progress, plus
// the time to exit; up to 0.4 s on an idle two-core machine, 1.5 s with three
// busy loops beside it. A server that works through what was queued first
// takes over 10 s for the backlogs below.
constexpr auto kExitTimeout = std::chrono::seconds(10);
constexpr int kEdits = 1000;

int failures = 0;

void check(bool ok, const std::string& what) {
  std::cout << (ok ? "ok: " : "FAIL: ") << what << "\n";
  if (!ok) ++failures;
}

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

std::string frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

// --- the server process ----------------------------------------------------

// `tactful lsp` on two pipes. A reader thread drains its output into a list
// of messages, so the server never blocks writing while we flood its input.
class Server {
 public:
  Server(const std::string& binary, const std::vector<std::string>& args, const std::string& cwd) {
    int in[2], out[2];
    // Close-on-exec: a second server must not hold this one's pipes open.
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(wake_, O_CLOEXEC) != 0)
      throw std::runtime_error("pipe failed");
    std::vector<char*> argv{const_cast<char*>(binary.c_str())};  // before fork: no malloc in the child
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      dup2(in[0], 0);
      dup2(out[1], 1);
      if (chdir(cwd.c_str()) != 0) _exit(126);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
    reader_ = std::thread([this] { read_loop(); });
  }

  ~Server() {
    close_input();
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    close_output();
    close(wake_[0]);
    close(wake_[1]);
  }

  bool send(const json& message) { return write_raw(frame(message.dump())); }
  bool write_raw(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(to_, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }
  void close_input() {
    if (to_ >= 0) close(to_);
    to_ = -1;
  }
  // As if the client process died: its end of the server's output is gone too.
  void close_output() {
    if (!reader_.joinable()) return;
    {
      std::lock_guard lock(mutex_);
      shutdown_reader_ = true;
    }
    (void)!::write(wake_[1], "x", 1);
    reader_.join();
  }

  // Waits until `done(messages)` holds or the time is up.
  bool wait_for(const std::function<bool(const std::vector<json>&)>& done, Clock::duration timeout) {
    std::unique_lock lock(mutex_);
    return arrived_.wait_for(lock, timeout, [&] { return done(messages_) || eof_; }) && done(messages_);
  }
  std::optional<json> wait_for_response(const json& id, Clock::duration timeout) {
    std::optional<json> found;
    wait_for(
        [&](const std::vector<json>& all) {
          for (const json& m : all)
            if (!m.contains("method") && m.contains("id") && m["id"] == id) found = m;
          return found.has_value();
        },
        timeout);
    return found;
  }
  std::vector<json> messages() {
    std::lock_guard lock(mutex_);
    return messages_;
  }
  bool output_ended() {
    std::lock_guard lock(mutex_);
    return eof_;
  }

  // The exit status (128 + signal for a crash), or nullopt if it is still running.
  std::optional<int> wait_exit(Clock::duration timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      }
      if (Clock::now() >= deadline) return std::nullopt;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

 private:
  void read_loop() {
    std::string buffer;
    for (;;) {
      pollfd p[2] = {{from_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
      if (poll(p, 2, -1) < 0 && errno == EINTR) continue;
      {
        std::lock_guard lock(mutex_);
        if (shutdown_reader_) break;
      }
      char chunk[65536];
      const ssize_t n = ::read(from_, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      buffer.append(chunk, static_cast<std::size_t>(n));
      for (;;) {
        const std::size_t end = buffer.find("\r\n\r\n");
        if (end == std::string::npos) break;
        const std::size_t length = std::stoul(buffer.substr(buffer.find(':') + 1, end));
        if (buffer.size() < end + 4 + length) break;
        json m = json::parse(buffer.substr(end + 4, length), nullptr, false);
        buffer.erase(0, end + 4 + length);
        std::lock_guard lock(mutex_);
        messages_.push_back(m.is_discarded() ? json{{"driver-error", "the server sent invalid JSON"}} : std::move(m));
        arrived_.notify_all();
      }
    }
    std::lock_guard lock(mutex_);
    close(from_);
    from_ = -1;
    eof_ = true;
    arrived_.notify_all();
  }

  pid_t pid_ = -1;
  int to_ = -1, from_ = -1;
  int wake_[2] = {-1, -1};
  std::thread reader_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<json> messages_;
  bool eof_ = false;
  bool shutdown_reader_ = false;
};

json request(const json& id, const std::string& method, const json& params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
json notification(const std::string& method, const json& params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}
json initialize() { return request(0, "initialize", {{"processId", nullptr}, {"capabilities", json::object()}}); }

bool is_publish_for(const json& m, const std::string& uri) {
  return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"].value("uri", "") == uri;
}

// --- the document, in UTF-16 as the client counts it -------------------------

std::u16string to_utf16(const std::string& s) {
  std::u16string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += static_cast<std::size_t>(n);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

std::string to_utf8(const std::u16string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t cp = s[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < s.size()) cp = 0x10000 + ((cp - 0xD800) << 10) + (s[++i] - 0xDC00);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// An outreach draft with findings in it, non-ASCII names, an emoji (two UTF-16
// units) and one line that ends in CRLF, as a pasted line can.
const char* const kDraft =
    "From: Zoë Oyelaran <zoe@example.com>\n"
    "To: José Núñez <jose.nunez@example.com>\n"
    "Subject: Supply chain planning: twenty minutes of your advice?\n"
    "Date: Thu, 19 Nov 2026 16:05:00 -0600\n"
    "\n"
    "Hi José,\n"
    "\n"
    "A former colleague of yours at Alcorá Foods, Tamsin Greer, mentioned that you moved from "
    "sales into supply chain planning a few years ago. After six years selling packaging "
    "equipment in Łódź and Zürich, I'm considering a move into planning myself 😀.\r\n"
    "\n"
    "Would you be willing to give me an hour on the phone in early December, at a time that "
    "suits you? I have attached my résumé so you can see my background. Are you hiring this "
    "year? If any openings come up on your team, I'd love to be considered.\n"
    "\n"
    "I'd like to hear what surprised you in your first year — and what you would do "
    "differently. Your path is very unique and I think I'm a natural fit for the field.\n"
    "\n"
    "I have read your interview with the regional logistics council, where you said that "
    "the best planners spend half their week on the warehouse floor. That stayed with me, "
    "because my own work has always been close to the customer and far from the forecast.\n"
    "\n"
    "My questions are simple: how did you learn demand forecasting on the job, which tools did "
    "you have to pick up first, and what do you wish someone had told you before you started?\n"
    "\n"
    "Any week in December would suit me, whenever is convenient for you. I know you are busy, "
    "so even a short note would help; I can work around your calendar, mornings or evenings.\n"
    "\n"
    "Thanks for reading,\n"
    "Zoë Oyelaran\n"
    "Packaging sales, Łódź office · +48 600 000 000\n";

struct Change {
  std::size_t begin, end;  // UTF-16 offsets into the text before the change
  std::u16string text;
};

class Document {
 public:
  explicit Document(const std::string& utf8) : text_(to_utf16(utf8)) {}

  const std::u16string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }

  json position(std::size_t offset) const {
    std::size_t line = 0, line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
      if (text_[i] == u'\n') ++line, line_start = i + 1;
    return {{"line", line}, {"character", offset - line_start}};
  }
  // The LSP change event for `c`; applies it.
  json apply(const Change& c) {
    const std::size_t line_end = text_.find(u'\n', c.begin);
    crlf_changes_ += line_end != std::u16string::npos && line_end > 0 && text_[line_end - 1] == u'\r';
    json event = {{"range", {{"start", position(c.begin)}, {"end", position(c.end)}}}, {"text", to_utf8(c.text)}};
    text_.replace(c.begin, c.end - c.begin, c.text);
    return event;
  }

  // Where an edit may start or end: not inside a surrogate pair, and not
  // between the "\r" and "\n" of a CRLF (that "\r" belongs to no column).
  bool boundary(std::size_t offset) const {
    if (offset == 0 || offset >= text_.size()) return offset <= text_.size();
    const char16_t c = text_[offset];
    if (c >= 0xDC00 && c < 0xE000) return false;
    return !(text_[offset - 1] == u'\r');
  }
  int crlf_changes() const { return crlf_changes_; }
  // Deleting [begin, end) must leave no lone "\r".
  bool deletable(std::size_t begin, std::size_t end) const {
    if (!boundary(begin) || !boundary(end)) return false;
    for (std::size_t i = begin; i < end; ++i)
      if (text_[i] == u'\r') return false;
    return true;
  }

 private:
  std::u16string text_;
  int crlf_changes_ = 0;  // changes on a line that ends in CRLF
};

// Edits like a person's: typing words a character at a time, backspacing
// and retyping, jumping to the start of another word, deleting a word,
// pasting a phrase, starting a new line. Words stay whole (fragments would
// make every lint a long hunt for spelling suggestions), so the text stays a
// draft while its positions keep moving.
class Typist {
 public:
  explicit Typist(unsigned seed) : random_(seed) {}

  Change next(const Document& d) {
    if (cursor_ > d.size() || !d.boundary(cursor_)) jump(d);
    const int roll = pick(100);
    if (!typed_.empty() && roll < 15) {  // backspace: the character goes back to be typed again
      const std::size_t n = typed_.size() >= 2 && typed_.back() >= 0xDC00 && typed_.back() < 0xE000 ? 2 : 1;
      word_.insert(0, typed_.substr(typed_.size() - n));
      typed_.resize(typed_.size() - n);
      cursor_ -= n;
      return {cursor_, cursor_ + n, u""};
    }
    if (word_.empty()) {  // between words
      const bool too_long = d.size() > 1900, too_short = d.size() < 1200;
      if (roll < 6) jump(d);
      if ((roll >= 20 && roll < 30 && !too_short) || too_long) {  // delete the next word and its space
        std::size_t end = cursor_;
        while (end < d.size() && d.text()[end] != u' ' && d.text()[end] != u'\n' && d.text()[end] != u'\r') ++end;
        while (end < d.size() && d.text()[end] == u' ') ++end;
        if (end > cursor_ && d.deletable(cursor_, end)) return {cursor_, end, u""};
      }
      if (roll >= 30 && roll < 37) {  // paste a phrase
        static const char* const phrases[] = {"Are you hiring? ", "very unique ", "I'd love to be considered, ",
                                              "Zoë and José ", "😀👍 ", "for an hour ", "naïve café façade ", "my résumé "};
        return insert(to_utf16(phrases[pick(static_cast<int>(std::size(phrases)))]));
      }
      if (roll >= 37 && roll < 40) return insert(u"\n");
      static const char* const words[] = {"the ", "planning ", "advice ", "café ", "Zoë ", "naïve ", "Łódź ",
                                          "résumé ", "😀 ", "— ", "déjà vu ", "a ", "question ", "José "};
      word_ = to_utf16(words[pick(static_cast<int>(std::size(words)))]);
    }
    // Type the next character of the word.
    const std::size_t n = word_[0] >= 0xD800 && word_[0] < 0xDC00 ? 2 : 1;
    const std::u16string key = word_.substr(0, n);
    word_.erase(0, n);
    typed_ += key;
    if (word_.empty()) typed_.clear();  // done: its trailing space is typed
    return insert(key);
  }

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

 private:
  Change insert(const std::u16string& text) {
    Change c{cursor_, cursor_, text};
    cursor_ += text.size();
    return c;
  }
  // To the start of a word (or a line) somewhere in the text.
  void jump(const Document& d) {
    for (;;) {
      const std::size_t at = static_cast<std::size_t>(pick(static_cast<int>(d.size()) + 1));
      const bool word_start = at == 0 || d.text()[at - 1] == u' ' || d.text()[at - 1] == u'\n';
      if (word_start && d.boundary(at)) {
        cursor_ = at;
        break;
      }
    }
    typed_.clear();
    word_.clear();
  }

  std::mt19937 random_;
  std::size_t cursor_ = 0;
  std::u16string typed_;  // the part of the current word typed so far
  std::u16string word_;   // what is left of it to type
};

unsigned seed() {
  if (const char* s = std::getenv("TACTFUL_LOAD_SEED")) return static_cast<unsigned>(std::strtoul(s, nullptr, 10));
  return 20261119;
}

std::string temp_folder() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/tactful-load-XXXXXX";
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return fs::canonical(pattern).string();
}

// The diagnostics a brand-new server publishes for `text` opened as `uri`.
std::optional<json> fresh_server_diagnostics(const std::string& binary, const std::vector<std::string>& args,
                                             const std::string& dir, const std::string& uri, const std::string& text,
                                             int version) {
  Server fresh(binary, args, dir);
  fresh.send(initialize());
  fresh.send(notification("initialized", json::object()));
  fresh.send(notification("textDocument/didOpen",
                          {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", version}, {"text", text}}}}));
  std::optional<json> found;
  fresh.wait_for(
      [&](const std::vector<json>& all) {
        for (const json& m : all)
          if (is_publish_for(m, uri)) found = m["params"]["diagnostics"];
        return found.has_value();
      },
      kAnswerTimeout);
  fresh.send(request(1, "shutdown", nullptr));
  fresh.send(notification("exit", json::object()));
  fresh.wait_exit(kExitTimeout);
  return found;
}

// `tactful check --format lsp` on the file: its diagnostics, or nullopt.
std::optional<json> check_command_diagnostics(const std::string& binary, const std::string& rules,
                                              const std::string& path) {
  const std::string out = path + ".lsp.json";
  const std::string command = "'" + binary + "' check --format lsp --fail-on never --rules '" + rules + "' '" + path +
                              "' > '" + out + "'";
  if (std::system(command.c_str()) != 0) return std::nullopt;
  std::ifstream in(out);
  json all = json::parse(in, nullptr, false);
  fs::remove(out);
  if (!all.is_array() || all.size() != 1) return std::nullopt;
  return all[0]["diagnostics"];
}

// --- scenarios --------------------------------------------------------------

int rapid_edits(const std::string& binary, const std::string& rules) {
  const std::string dir = temp_folder();
  const std::string path = dir + "/draft.txt", uri = "file://" + path;
  const std::vector<std::string> args = {"lsp", "--rules", rules};
  Document document(kDraft);
  Typist typist(seed());
  std::cout << "seed " << seed() << "; a draft of " << std::strlen(kDraft) << " bytes\n";

  const auto start = Clock::now();
  Server server(binary, args, dir);
  server.send(initialize());
  server.send(notification("initialized", json::object()));
  int version = 1;
  server.send(notification("textDocument/didOpen",
                           {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", version}, {"text", kDraft}}}}));

  struct Sent {
    std::string method;
    bool cancelled = false;
  };
  std::map<int, Sent> requests;
  std::vector<int> uncancelled;  // sent, not yet cancelled: candidates for a late cancel
  int next_id = 100, multi_change = 0;
  for (int i = 0; i < kEdits; ++i) {
    json changes = json::array();
    const int count = typist.pick(100) < 15 ? 2 + typist.pick(2) : 1;
    multi_change += count > 1;
    for (int k = 0; k < count; ++k) changes.push_back(document.apply(typist.next(document)));
    // One bundle per write: the server's reader sees these together, as it
    // does from a fast client.
    std::string bytes = frame(notification("textDocument/didChange",
                                           {{"textDocument", {{"uri", uri}, {"version", ++version}}}, {"contentChanges", changes}})
                                  .dump());
    if (typist.pick(100) < 12) {
      const int id = next_id++;
      const bool hover = typist.pick(2) == 0;
      const std::string method = hover ? "textDocument/hover" : "textDocument/diagnostic";
      json params = {{"textDocument", {{"uri", uri}}}};
      if (hover) params["position"] = document.position(document.size() / 2);
      bytes += frame(request(id, method, params).dump());
      requests[id] = {method};
      if (typist.pick(2) == 0) {  // cancelled at once, while it most likely still waits
        bytes += frame(notification("$/cancelRequest", {{"id", id}}).dump());
        requests[id].cancelled = true;
      } else {
        uncancelled.push_back(id);
      }
    }
    if (!uncancelled.empty() && typist.pick(100) < 4) {  // cancelled later, maybe after its answer
      bytes += frame(notification("$/cancelRequest", {{"id", uncancelled.front()}}).dump());
      requests[uncancelled.front()].cancelled = true;
      uncancelled.erase(uncancelled.begin());
    }
    if (i == kEdits / 2)  // never sent: must not be answered
      bytes += frame(notification("$/cancelRequest", {{"id", 99999}}).dump());
    // A malformed change right behind the last one: the server skips linting
    // a text that a waiting change replaces, but this one replaces nothing.
    if (i == kEdits - 1)
      bytes += frame(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", version + 1}}},
                                                             {"contentChanges", "not a list"}})
                         .dump());
    if (!server.write_raw(bytes)) {
      check(false, "the server stopped reading at edit " + std::to_string(i));
      return 1;
    }
  }
  const long long sent_ms = ms_since(start);
  // Answered only after everything before it: the backlog is done.
  server.send(request("final", "textDocument/diagnostic", {{"textDocument", {{"uri", uri}}}}));
  const std::optional<json> final_pull = server.wait_for_response("final", kAnswerTimeout);
  const long long done_ms = ms_since(start);
  check(final_pull.has_value(), "the server answered a request sent after 1,000 edits");
  if (!final_pull) return 1;
  std::cout << "sent " << kEdits << " didChange (" << multi_change << " with several changes, "
            << document.crlf_changes() << " changes on a CRLF line) and " << requests.size() << " requests in "
            << sent_ms << " ms; all handled after " << done_ms << " ms\n";

  const std::vector<json> messages = server.messages();
  std::map<int, std::vector<json>> answers;
  std::vector<json> publishes, problems;
  int ignored_changes = 0;
  for (const json& m : messages) {
    if (m.contains("driver-error")) problems.push_back(m);
    else if (is_publish_for(m, uri)) publishes.push_back(m["params"]);
    else if (m.contains("method") && m["method"] == "window/logMessage" &&
             m["params"].value("message", "").find("ignored textDocument/didChange") != std::string::npos)
      ++ignored_changes;
    else if (m.contains("method") && m["method"] == "window/logMessage" && m["params"].value("type", 4) <= 2)
      problems.push_back(m);
    else if (!m.contains("method") && m.contains("id") && m["id"].is_number_integer() && m["id"] != 0)
      answers[m["id"].get<int>()].push_back(m);
    else if (!m.contains("method") && m.contains("id") && m["id"] != 0 && m["id"] != "final")
      problems.push_back(m);
  }
  check(problems.empty() && ignored_changes == 1,
        "no warnings, errors or unexpected messages from the server but one about the malformed change" +
            (problems.empty() ? std::string() : ": " + problems.front().dump().substr(0, 300)));

  int exactly_once = 0, results = 0, cancelled_errors = 0, wrong = 0;
  for (const auto& [id, sent] : requests) {
    const auto it = answers.find(id);
    if (it == answers.end() || it->second.size() != 1) continue;
    ++exactly_once;
    const json& a = it->second.front();
    if (a.contains("result") && !a.contains("error")) ++results;
    else if (sent.cancelled && a.contains("error") && a["error"].value("code", 0) == -32800) ++cancelled_errors;
    else {
      ++wrong;
      std::cout << "  unexpected answer to " << sent.method << " " << id << ": " << a.dump().substr(0, 300) << "\n";
    }
  }
  int cancelled = 0;
  for (const auto& [id, sent] : requests) cancelled += sent.cancelled;
  check(exactly_once == static_cast<int>(requests.size()) && answers.size() == requests.size(),
        "each of the " + std::to_string(requests.size()) + " requests got exactly one answer (" +
            std::to_string(exactly_once) + " did; " + std::to_string(answers.size()) + " ids answered)");
  check(wrong == 0, std::to_string(results) + " results and " + std::to_string(cancelled_errors) +
                        " RequestCancelled errors (" + std::to_string(cancelled) + " requests were cancelled), nothing else");

  bool ordered = true;
  for (std::size_t i = 1; i < publishes.size(); ++i)
    ordered = ordered && publishes[i].value("version", 0) >= publishes[i - 1].value("version", 0);
  check(!publishes.empty() && ordered, std::to_string(publishes.size()) + " publishDiagnostics, in version order");
  if (publishes.empty()) return 1;
  const json& last = publishes.back();
  check(last.value("version", 0) == version,
        "the last publishDiagnostics is for the final version " + std::to_string(version) + " (it has " +
            std::to_string(last.value("version", 0)) + ")");

  const std::string final_text = to_utf8(document.text());
  std::ofstream(path, std::ios::binary) << final_text;
  auto step = Clock::now();
  const std::optional<json> fresh = fresh_server_diagnostics(binary, args, dir, uri, final_text, version);
  std::cout << "a fresh server took " << ms_since(step) << " ms\n";
  check(fresh.has_value() && !fresh->empty(), "a fresh server finds " +
                                                  std::to_string(fresh ? fresh->size() : 0) + " things in the final text");
  if (!fresh) return 1;
  const bool same_push = last["diagnostics"] == *fresh;
  check(same_push, "the last pushed diagnostics equal the fresh server's");
  if (!same_push)
    std::cout << "  pushed: " << last["diagnostics"].dump().substr(0, 600) << "\n  fresh:  " << fresh->dump().substr(0, 600)
              << "\n";
  check((*final_pull)["result"]["items"] == *fresh, "the pulled diagnostics equal the fresh server's");
  step = Clock::now();
  const std::optional<json> cli = check_command_diagnostics(binary, rules, path);
  std::cout << "tactful check took " << ms_since(step) << " ms\n";
  check(cli.has_value() && *cli == *fresh, "tactful check --format lsp reports the same for the final text");

  check(!server.output_ended(), "the server is still running");
  server.send(request(1, "shutdown", nullptr));
  check(server.wait_for_response(1, kAnswerTimeout).has_value(), "shutdown is answered");
  server.send(notification("exit", json::object()));
  const std::optional<int> status = server.wait_exit(kExitTimeout);
  check(status == 0, "exit after shutdown ends with status 0 (got " + (status ? std::to_string(*status) : "none") + ")");
  std::cout << "rapid-edits took " << ms_since(start) << " ms\n";
  if (failures == 0 && !std::getenv("TACTFUL_LOAD_KEEP")) fs::remove_all(dir);
  else std::cout << "(folder kept: " << dir << ")\n";
  return failures == 0 ? 0 : 1;
}

struct Ending {
  std::optional<int> status;  // nullopt: still running after kExitTimeout
  long long ms = 0;           // from the hang-up to the exit
};

void check_ending(const Ending& e, const std::string& what, int expected_status) {
  if (!e.status)
    check(false, what + ": the server is still running " + std::to_string(e.ms) + " ms later");
  else
    check(*e.status == expected_status, what + ": the server exited with status " + std::to_string(*e.status) +
                                            " (expected " + std::to_string(expected_status) + ") after " +
                                            std::to_string(e.ms) + " ms");
}

// Starts a server and opens the draft; with `warm`, waits for its first
// diagnostics (the rule pack is loaded), else hangs up while it starts.
// Queues `edits` changes and a hover after every second, without waiting for
// any of it, then hangs up with `hang_up`.
Ending exit_after_hang_up(const std::string& binary, const std::string& rules, int edits, bool warm,
                          const std::function<void(Server&)>& hang_up) {
  const std::string dir = temp_folder();
  const std::string uri = "file://" + dir + "/draft.txt";
  Server server(binary, {"lsp", "--rules", rules}, dir);
  server.send(initialize());
  server.send(notification("textDocument/didOpen",
                           {{"textDocument", {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", kDraft}}}}));
  if (warm)
    server.wait_for(
        [&](const std::vector<json>& all) {
          return std::any_of(all.begin(), all.end(), [&](const json& m) { return is_publish_for(m, uri); });
        },
        kAnswerTimeout);
  Document document(kDraft);
  Typist typist(seed());
  std::string bytes;
  for (int i = 0; i < edits; ++i) {
    json changes = json::array({document.apply(typist.next(document))});
    bytes += frame(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", i + 2}}},
                                                            {"contentChanges", changes}})
                       .dump());
    if (i % 2 == 0)
      bytes += frame(request(i + 10, "textDocument/hover",
                             {{"textDocument", {{"uri", uri}}}, {"position", document.position(document.size() / 3)}})
                         .dump());
  }
  server.write_raw(bytes);
  const auto start = Clock::now();
  hang_up(server);
  Ending e;
  e.status = server.wait_exit(kExitTimeout);
  e.ms = ms_since(start);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return e;
}

// Without shutdown: status 1. A backlog is queued once the server is warm,
// so that the time measured is the backlog's, not the rule pack's loading.
void expect_exit_after_hang_up(const std::string& binary, const std::string& rules, const std::string& what,
                               int edits, const std::function<void(Server&)>& hang_up) {
  check_ending(exit_after_hang_up(binary, rules, edits, edits > 0, hang_up), what, 1);
}

// The same `what`, `rounds` times: one line for all of them.
void expect_exits(const std::string& what, int rounds, int expected_status, const std::function<Ending()>& run) {
  int right = 0;
  long long slowest = 0;
  for (int round = 0; round < rounds; ++round) {
    const Ending e = run();
    slowest = std::max(slowest, e.ms);
    if (e.status == expected_status) {
      ++right;
    } else {
      check_ending(e, what + " (round " + std::to_string(round + 1) + ")", expected_status);
      return;
    }
  }
  check(right == rounds, what + ": status " + std::to_string(expected_status) + " in all " + std::to_string(right) +
                  " rounds, the slowest after " + std::to_string(slowest) + " ms");
}

int hang_up(const std::string& binary, const std::string& rules) {
  for (int edits : {0, 2000}) {
    const std::string queued = edits == 0 ? " while it starts"
                                          : " with " + std::to_string(edits) + " edits and " +
                                                std::to_string(edits / 2) + " hovers queued";
    expect_exit_after_hang_up(binary, rules, "the client closes the server's input" + queued, edits,
                              [](Server& s) { s.close_input(); });
    expect_exit_after_hang_up(binary, rules, "the client dies (both pipes close)" + queued, edits, [](Server& s) {
      s.close_output();
      s.close_input();
    });
  }
  // A client that hangs up right after exit: the queued edits may be dropped,
  // initialize, shutdown and exit may not.
  expect_exits("shutdown, exit and an immediate hang-up", 10, 0, [&] {
    return exit_after_hang_up(binary, rules, 20, false, [](Server& s) {
      s.write_raw(frame(request(2, "shutdown", nullptr).dump()) + frame(notification("exit", json::object()).dump()));
      s.close_input();
    });
  });
  // A client that goes on writing after exit, then hangs up, while the server
  // is on its way out: its reader thread must not touch freed memory (it
  // used to, and crashed about one run in fifty).
  expect_exits("the client writes on after exit", 40, 0, [&] {
    const std::string dir = temp_folder();
    Server server(binary, {"lsp", "--rules", rules}, dir);
    server.write_raw(frame(initialize().dump()) + frame(request(2, "shutdown", nullptr).dump()) +
                     frame(notification("exit", json::object()).dump()));
    server.wait_for_response(2, kAnswerTimeout);
    const auto start = Clock::now();
    while (Clock::now() - start < kExitTimeout && server.write_raw("Content-Length: 2\r\n\r\n{}")) {
    }
    server.close_input();
    Ending e;
    e.status = server.wait_exit(kExitTimeout);
    e.ms = ms_since(start);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return e;
  });
  return failures == 0 ? 0 : 1;
}

int hang_up_mid_message(const std::string& binary, const std::string& rules) {
  const std::string body = notification("textDocument/didChange", {{"textDocument", {{"uri", "file:///x/draft.txt"}, {"version", 9}}},
                                                                    {"contentChanges", json::array({{{"text", "Hello"}}})}})
                               .dump();
  const std::string half_body = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, body.size() / 2);
  for (int edits : {0, 2000}) {
    const std::string queued = edits == 0 ? " while it starts" : " with " + std::to_string(edits) + " edits queued";
    expect_exit_after_hang_up(binary, rules, "the input ends inside a Content-Length body" + queued, edits,
                              [&](Server& s) {
                                s.write_raw(half_body);
                                s.close_input();
                              });
    expect_exit_after_hang_up(binary, rules, "the input ends inside a header" + queued, edits, [](Server& s) {
      s.write_raw("Content-Len");
      s.close_input();
    });
    expect_exit_after_hang_up(binary, rules, "the client dies inside a Content-Length body" + queued, edits,
                              [&](Server& s) {
                                s.write_raw(half_body);
                                s.close_output();
                                s.close_input();
                              });
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: lsp_load_test TACTFUL RULES_DIR rapid-edits|hang-up|hang-up-mid-message\n";
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  const std::string binary = fs::absolute(argv[1]).string(), rules = fs::absolute(argv[2]).string();
  const std::string scenario = argv[3];
  try {
    if (scenario == "rapid-edits") return rapid_edits(binary, rules);
    if (scenario == "hang-up") return hang_up(binary, rules);
    if (scenario == "hang-up-mid-message") return hang_up_mid_message(binary, rules);
  } catch (const std::exception& e) {
    std::cerr << "lsp_load_test: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "unknown scenario " << scenario << "\n";
  return 2;
}

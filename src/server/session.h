// Runs a language server over a transport: one thread reads and parses frames
// into a queue, the calling thread hands them to the LspServer in order. The
// queue is what makes $/cancelRequest meaningful (a request cancelled while it
// waits is answered RequestCancelled without running) and lets the server skip
// linting a text that a newer didChange already replaces.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "lsp/protocol.h"
#include "lsp/transport.h"
#include "server/lsp_server.h"

namespace tactful::server {

class MessageQueue {
 public:
  struct Item {
    enum class Kind { message, bad_frame, warning, end } kind = Kind::end;
    lsp::json message;
    lsp::ErrorCode code = lsp::ErrorCode::parse_error;
    std::string text;
  };

  void push(Item item);
  Item pop();  // blocks until an item is there
  // The input ended: the client has hung up. What waits is dropped, except
  // initialize, shutdown and exit (they decide the exit status): nobody is
  // left to read an answer or a diagnostic, and working through a long
  // backlog would keep the server alive for seconds after its client is
  // gone. Then the `end` item, carrying `problem` (a message cut off, or "").
  void end_of_input(std::string problem);
  // Called for every $/cancelRequest as it is read.
  void cancel(const lsp::json& id);
  // True (once) if `id` was cancelled; forgets it.
  bool take_cancelled(const lsp::json& id);
  bool has_change_for(const std::string& uri);

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Item> items_;
  std::set<std::string> cancelled_;  // ids as dumped JSON
};

// Serves until `exit` or the end of input; returns the exit status. The reader
// thread is left running at `exit` (it may be blocked reading the input), so
// it shares ownership of the transport: the caller's copy may go away first.
int serve(std::shared_ptr<lsp::Transport> transport, LspServer& server);

}  // namespace tactful::server
